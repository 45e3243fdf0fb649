import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Each quote's speaker (as described or named) and government. */
function quotes(text: string): Array<[string, string | null]> {
  return statements([text])
    .filter((s) => s.kind === 'quote')
    .map((s) => [s.speaker.description || s.speaker.name || '', s.government]);
}

describe('a quoted question another asked, inside a report, is the asker’s', () => {
  it.each([
    // Someone described, not named, who asked: the question in quotation marks is theirs, not the reporter's.
    ['Anna Berg said that the sailor asked if he could “go home to his family soon.”', [['the sailor', null]]],
    ['Anna Berg also said the captain asked whether the crew would be able to “leave the port by Friday”.', [['the captain', null]]],
    ['The Ostmark agency reported that the prisoner asked whether he would be allowed to “call his family”.', [['the prisoner', null]]],
    // "… and asked if …" again, its subject left out: the same asker's second question.
    ['Anna Berg said that the sailor asked if he could “go home” and asked if he could “see his mother there”.', [['the sailor', null], ['the sailor', null]]],
  ])('gives the quoted question to the asker: %s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });

  it.each([
    // No speech verb of the other's: the reporter's own partial quote.
    ['Anna Berg said that the sailor wanted to live a “normal life” at home.', [['Anna Berg', 'freedonia']]],
    // A report, not a question, of someone described: the relaying report's own partial quote.
    ['Anna Berg said that the captain reported that the “port side was hit by a missile.”', [['Anna Berg', 'freedonia']]],
    // The reporter asks herself.
    ['Anna Berg asked if the sailor could “go home to his family soon.”', [['Anna Berg', 'freedonia']]],
    ['Anna Berg said she had asked to “leave the port by Friday.”', [['Anna Berg', 'freedonia']]],
    // A different verb after "and" goes on with the sentence's subject.
    ['Anna Berg said that the sailor asked if he could leave and said the port was “a prison”.', [['Anna Berg', 'freedonia']]],
    // A clause break before "and asked": the sentence's subject asks.
    ['Anna Berg said the sailor asked to leave, and asked if the crew could “stay a week”.', [['Anna Berg', 'freedonia']]],
  ])('leaves the quotation the reporter’s: %s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
