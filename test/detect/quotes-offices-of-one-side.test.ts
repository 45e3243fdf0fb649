import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Speaker description and government of the one statement of a sentence. */
function credit(sentence: string): [string | null, string | null] {
  const found = statements([sentence])[0];
  return [found ? (found.speaker.actor ?? found.speaker.description) : null, found?.government ?? null];
}

describe('a side’s possessive opens two offices joined by "and": both are that side’s ("Sylvania’s prosecutor and security service said")', () => {
  it.each([
    ['Freedonia’s prosecutor general and security service said that the man had been charged.', 'freedonia'],
    ['In a joint statement, Sylvania’s foreign ministry and interior ministry said that the border was calm.', 'sylvania'],
    ['Marsh City’s defence office and press service said on Monday that the port had reopened.', 'sylvania'],
  ])('%j', (sentence, government) => {
    expect(credit(sentence)[1]).toEqual(government);
  });

  it.each([
    // No side opens the phrase: the two offices may be anyone's.
    ['The prosecutor general and security service said that the man had been charged.', null],
    // The second office has a determiner of its own: not the possessor's.
    ['Freedonia’s prosecutor general and the security service said that the man had been charged.', null],
    // Kin are no offices: "Ruhl’s wife and son" are private people.
    ['Ruhl’s wife and son said that the man had been charged.', null],
    // Several people after "and": another voice than the office before it.
    ['Freedonia’s prosecutor general and security officials said that the man had been charged.', null],
  ])('not the possessor’s: %j', (sentence, government) => {
    expect(credit(sentence)[1]).toEqual(government);
  });
});
