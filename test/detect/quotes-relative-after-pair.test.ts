import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Actor and government of each statement the sentence gives. */
function credits(sentence: string): Array<[string | null, string | null]> {
  return statements([sentence]).map((s) => [s.speaker.actor, s.government]);
}

describe('"A and a title, Name, who said …": the name set off before "who" speaks, not the first of the pair', () => {
  it.each([
    'It followed talks between Anna Berg and Head of the Council, Tomas Ruhl, who said the port would reopen.',
    'It followed talks between Anna Berg and the Defence Minister, Tomas Ruhl, who said the port would reopen.',
    'It followed talks between Freedonia and Chief of the General Staff, Tomas Ruhl, who said the port would reopen.',
    'The news came during a call between Anna Berg and Chief of the General Staff, Tomas Ruhl, who praised the crews for their courage.',
  ])('%s', (sentence) => {
    expect(credits(sentence)).toEqual([['tomas-ruhl', 'sylvania']]);
  });

  it.each([
    // The name comes first and its description after it: the name speaks, as before.
    ['It followed talks between Anna Berg and Tomas Ruhl, the Sylvanian defence minister, who said the port would reopen.', ['tomas-ruhl']],
    // What is set off before "which" is no person's name.
    ['It followed talks between Anna Berg and the Sylvanian navy, the NC, which said the port would reopen.', ['northern-council']],
    // One person, named and then described, before the relative clause.
    ['Tomas Ruhl, the Sylvanian defence minister, who praised the crews, said the port was closed.', ['tomas-ruhl']],
    // No relative clause: the subject and its appositive, as before.
    ['Anna Berg and Head of the Council, Tomas Ruhl, said the port would reopen.', ['tomas-ruhl']],
  ])('not read so: %s', (sentence, actors) => {
    expect(statements([sentence]).map((s) => s.speaker.actor)).toEqual(actors);
  });
});
