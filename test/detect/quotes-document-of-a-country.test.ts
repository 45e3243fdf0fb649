import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Speaker actor and government of the last statement found. */
function lastCredit(paragraphs: string[]): [string | null, string | null] {
  const last = statements(paragraphs).at(-1);
  return [last?.speaker.actor ?? null, last?.government ?? null];
}

describe('a document whose issuer is a demonym alone ("the Sylvanian assessment") is that country’s', () => {
  it.each([
    [['The Sylvanian assessment said that the port would reopen.'], ['sylvania', 'sylvania']],
    [['The Freedonian assessment highlighted that the Sylvanian navy can supply "fuel and food".'], ['freedonia', 'freedonia']],
    [['A Freedonian statement said the boats had left the port.'], ['freedonia', 'freedonia']],
    [['The Sylvanian update also mentions that the ships are being refitted.'], ['sylvania', 'sylvania']],
  ])('%j', (paragraphs, expected) => {
    expect(lastCredit(paragraphs)).toEqual(expected);
  });

  it.each([
    // A demonym used as a noun names one national, who speaks for no one.
    [['The Sylvanian said that the port would reopen.'], [null, null]],
    // A role after the demonym is an official of the country, read as before.
    [['The Sylvanian official said that the port would reopen.'], [null, 'sylvania']],
    // Two countries' demonyms: a joint document is no one country's.
    [['The Sylvanian-Freedonian statement said that the port would reopen.'], [null, null]],
    // A body the topic data lists by the words before the noun is that body, as before.
    [['The Freedonian Defence Ministry statement said that the port would reopen.'], ['freedonia-defence-ministry', 'freedonia']],
  ])('not the country alone: %j', (paragraphs, expected) => {
    expect(lastCredit(paragraphs)).toEqual(expected);
  });
});

describe('a later "the document" goes on with the country whose document spoke', () => {
  it.each([
    [
      ['About 300 sailors will arrive in Freedonia, the Courier reported, citing a Sylvanian intelligence assessment.', 'However, Freedonian officials estimate that 40 sailors were hurt.', 'The Sylvanian assessment said the navy can supply more fuel.', 'The document adds "there is a great possibility" of more ships.'],
      ['sylvania', 'sylvania'],
    ],
    [
      ['About 300 sailors will arrive in Freedonia, the Courier reported, citing a Sylvanian intelligence assessment.', 'However, Freedonian officials estimate that 40 sailors were hurt.', 'The Sylvanian assessment said the navy can supply more fuel.', 'The assessment also says there are signs of new ships.'],
      ['sylvania', 'sylvania'],
    ],
  ])('%j', (paragraphs, expected) => {
    expect(lastCredit(paragraphs)).toEqual(expected);
  });

  it.each([
    // A document introduced after it ("in a statement") is the one "the statement" means.
    [
      ['The Sylvanian assessment said the navy can supply more fuel.', 'The Defence Ministry said in a statement that the port had closed.', 'The statement added that the talks had failed.'],
      ['freedonia-defence-ministry', 'freedonia'],
    ],
    // No document spoke: "the statement" is still the one its sentence introduced.
    [
      ['Freedonia said Sylvania had closed the port, according to a statement.', 'The Sylvanian official said the navy can supply more fuel.', '"The boats cannot leave," the statement read.'],
      ['freedonia', 'freedonia'],
    ],
  ])('another document: %j', (paragraphs, expected) => {
    expect(lastCredit(paragraphs)).toEqual(expected);
  });
});
