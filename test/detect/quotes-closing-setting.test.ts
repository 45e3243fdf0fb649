import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

const credits = (sentence: string) => statements([sentence]).map((m) => [m.speaker.actor, m.reported ?? m.quote]);

describe('a day or a trip after a verb that follows its words tells when or where, not what', () => {
  it.each([
    'The port will reopen in May, the Courier quoted Tomas Ruhl as saying on Tuesday.',
    'The port will reopen in May, Tomas Ruhl was quoted as saying late on Monday.',
    'The port will reopen in May, Tomas Ruhl said on Tuesday on a trip to Marsh City.',
    'The port will reopen in May, Tomas Ruhl said on a visit to Fredonburg.',
  ])('reads the words before the verb as what was said: %s', (sentence) => {
    expect(credits(sentence)).toContainEqual(['tomas-ruhl', 'The port will reopen in May']);
  });

  it.each([
    // A clause after the setting is what was said.
    ['Tomas Ruhl said on a trip to Marsh City that the port would reopen.', 'the port would reopen'],
    // "as saying" with a clause after its day: the clause is what was said.
    ['The Courier quoted Tomas Ruhl as saying on Tuesday that the port would reopen.', 'the port would reopen'],
  ])('keeps the clause after the verb: %s', (sentence, content) => {
    expect(credits(sentence).map((c) => c[1]).join(' | ')).toContain(content);
    expect(credits(sentence).map((c) => c[1])).not.toContain('The Courier');
  });
});
