import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The speaker, verb and words of each statement made with a form of "refute". */
const refutations = (sentence: string) =>
  statements([sentence])
    .filter((m) => /^refut/.test(m.verb ?? ''))
    .map((m) => [m.speaker.actor, m.verb, m.reported]);

describe('"refuted <a short object>" takes a position, as "denied" and "rejected" do', () => {
  it.each([
    ['Anna Berg refuted the claim.', [['anna-berg', 'refuted', 'the claim']]],
    ['Anna Berg refuted this account.', [['anna-berg', 'refuted', 'this account']]],
    ['Freedonia refutes involvement.', [['freedonia', 'refutes', 'involvement']]],
    ['Tomas Ruhl has refuted the allegations.', [['tomas-ruhl', 'refuted', 'the allegations']]],
  ])('%s', (sentence, expected) => {
    expect(refutations(sentence)).toEqual(expected);
  });

  it.each([
    // An adjective, a passive with no one refuting, a verb with nothing refuted: no statement.
    'The refuted claims were repeated by the Courier.',
    'Anna Berg said the report had been refuted.',
    'Anna Berg refuted.',
    'Freedonia offered no refutation of the claim.',
  ])('no refutation: %s', (sentence) => {
    expect(refutations(sentence)).toEqual([]);
  });
});
