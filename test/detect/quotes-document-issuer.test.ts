import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Speaker actor and government of the last statement found. */
function lastCredit(paragraphs: string[]): [string | null, string | null] {
  const last = statements(paragraphs).at(-1);
  return [last?.speaker.actor ?? null, last?.government ?? null];
}

describe('a document introduced by a speech verb is its speaker’s, not the last-quoted one’s', () => {
  it.each([
    [['Anna Berg said in a statement that Ruhl emphasized "the need for restraint."', '"He called on the port to reopen," the statement read.'], ['anna-berg', 'freedonia']],
    [['Berg said on Monday in a statement that Ruhl had stressed "the importance of talks."', 'The statement added that the boats had left.'], ['anna-berg', 'freedonia']],
    [['The Defence Ministry said in a brief statement that Ruhl had "no plans to visit."', '"The border stays closed," the statement said.'], ['freedonia-defence-ministry', 'freedonia']],
    [['Ruhl said in a written statement that Berg had promised "an answer within days."', 'The statement also said that the boats had left.'], ['tomas-ruhl', 'sylvania']],
  ])('%j', (paragraphs, expected) => {
    expect(lastCredit(paragraphs)).toEqual(expected);
  });

  it.each([
    // The document is the quoted speaker's own: "Ruhl emphasized in a statement".
    [['Anna Berg said Ruhl emphasized in a statement "the need for restraint."', '"He called on the port to reopen," the statement read.'], ['tomas-ruhl', 'sylvania']],
    // No verb introduces the document: the sentence's last speaker issued it, as before.
    [['In a statement, Berg said Ruhl had stressed "the importance of talks."', '"The border stays closed," the statement said.'], ['tomas-ruhl', 'sylvania']],
    // "in a meeting" is no document.
    [['Berg said in a meeting that Ruhl had stressed "the importance of talks."', '"The border stays closed," he said.'], ['tomas-ruhl', 'sylvania']],
    // An interview is no document: "he" goes on with the last-quoted speaker.
    [['Berg said in an interview that Ruhl had stressed "the importance of talks."', '"The border stays closed," he added.'], ['tomas-ruhl', 'sylvania']],
  ])('not the verb’s speaker: %j', (paragraphs, expected) => {
    expect(lastCredit(paragraphs)).toEqual(expected);
  });
});

describe('a document cited for a side’s words ("…, according to a press release") is that side’s', () => {
  it.each([
    [['Sylvania claims that Freedonia is arming the rebels, according to a press release.', 'The press release added that the talks had failed.'], ['sylvania', 'sylvania']],
    [['The Sylvanian government says Freedonia is arming the rebels, according to a press release.', 'The press release added that the talks had failed.'], ['sylvania', 'sylvania']],
    [['Freedonia said Sylvania had closed the port, according to a statement.', '"The boats cannot leave," the statement read.'], ['freedonia', 'freedonia']],
  ])('%j', (paragraphs, expected) => {
    expect(lastCredit(paragraphs)).toEqual(expected);
  });

  it.each([
    // The document names its issuer: "a statement from Freedonia".
    [['The rebels attacked a Sylvanian ship on Monday, according to a statement from Freedonia.', 'The statement added that the talks had failed.'], ['freedonia', 'freedonia']],
    // A document made by one side about another, with no words cited from it, stays the maker's.
    [['At the Council, Freedonia made a statement on Sylvania.', 'The statement added that the talks had failed.'], ['freedonia', 'freedonia']],
  ])('the issuer it names or its maker: %j', (paragraphs, expected) => {
    expect(lastCredit(paragraphs)).toEqual(expected);
  });
});
