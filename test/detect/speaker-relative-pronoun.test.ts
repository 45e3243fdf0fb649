import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

const BEFORE = 'The State Bureau said Tomas Ruhl had left the port.';
const lastCredit = (sentence: string) => statements([BEFORE, sentence]).map((s) => [s.speaker.actor, s.government]).at(-1);

describe('"he" or "she" right after a relative pronoun is the person its own sentence named before it', () => {
  it.each([
    'The statement follows Anna Berg on Monday praising the crews, who she said “held the line for weeks”.',
    'Freedonia’s deputy spokesperson, Anna Berg, thanked the sailors, whom she described as “the bravest of all”.',
  ])('reads the pronoun as that person, not one an earlier sentence named: %s', (sentence) => {
    expect(lastCredit(sentence)).toEqual(['anna-berg', 'freedonia']);
  });

  it.each([
    // A fronted clause: the pronoun may mean the subject named after it.
    'Asked about Anna Berg, who he called “a fine negotiator”, the minister said the talks would go on.',
    // Two persons before the pronoun: either may be meant.
    'The talks followed Anna Berg meeting Tomas Ruhl, who she said had “agreed to a truce”.',
    // Someone of the person's, not the person.
    'The visit came after Anna Berg’s aide toured the port, where the crews, who she said “held the line”, waited.',
    // A clause on a speech event after a preposition is read by the rule for its author.
    'Then came a statement read out by an aide to Anna Berg, in which she said that the port would close.',
  ])('does not take the person named when another may be meant: %s', (sentence) => {
    expect(lastCredit(sentence)?.[0]).not.toBe('anna-berg');
  });
});
