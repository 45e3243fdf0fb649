import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Each statement of the paragraphs: its speaker (actor id, else the description), its government and verb. */
const read = (...paragraphs: string[]) => statements(paragraphs).map((m) => [m.speaker.actor ?? m.speaker.description, m.government, m.verb]);

describe('a letter speaks for the author it was introduced with, and a document "from" someone is theirs', () => {
  it.each([
    // "the letter" after a quotation is a speaker: the author named after "from" or "by".
    [['Anna Berg delivered a letter from Defence Minister Tomas Ruhl to the mayor.', '“We will stand with you,” the letter said.'], [['tomas-ruhl', 'sylvania', 'said']]],
    [['Anna Berg delivered a letter from Tomas Ruhl on Monday.', '“We will stand with you,” the letter read.'], [['tomas-ruhl', 'sylvania', 'read']]],
    // Any document told with its author is the author's, not the one's named before who handed it over.
    [['Anna Berg handed over a statement by Tomas Ruhl on Monday.', '“We will stand with you,” the statement said.'], [['tomas-ruhl', 'sylvania', 'said']]],
    [['Tomas Ruhl read out a statement from the Defence Ministry.', '“We will stand with you,” the statement said.'], [['freedonia-defence-ministry', 'freedonia', 'said']]],
  ])('%s', (paragraphs, expected) => {
    expect(read(...paragraphs)).toEqual(expected);
  });

  it.each([
    // An author the topic data does not name: the one who received it did not write it.
    [['Tomas Ruhl received a letter from the Freedonian president.', '“We will stand with you,” the letter said.'], [['the letter', null, 'said']]],
    [
      ['The Defence Ministry said that the port was closed.', 'Tomas Ruhl received a statement from the Freedonian president.', '“We will stand with you,” the statement said.'],
      [['freedonia-defence-ministry', 'freedonia', 'said'], ['the statement', null, 'said']],
    ],
    // No author told: one who wrote, published or told of a letter may not be its writer.
    [['The Defence Ministry published a letter found on a soldier.', '“We will stand with you,” the letter read.'], [['the letter', null, 'read']]],
    [['Anna Berg said two soldiers wrote a letter in October.', '“We will stand with you,” the letter said.'], [['anna-berg', 'freedonia', 'said'], ['the letter', null, 'said']]],
    // Whom it is addressed to is no author, nor is a name after lower-case words following "from".
    [['Anna Berg delivered a letter to Tomas Ruhl.', '“We will stand with you,” the letter said.'], [['the letter', null, 'said']]],
  ])('near miss: %s', (paragraphs, expected) => {
    expect(read(...paragraphs)).toEqual(expected);
  });
});
