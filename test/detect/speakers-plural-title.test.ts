import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The last statement's speaker: the name when known, else the words. */
const lastSpeaker = (paragraphs: string[]) => {
  const last = statements(paragraphs).at(-1);
  return last?.speaker.name ?? last?.speaker.description;
};

describe('a plural office before names ("Lawmakers Karl Weiss and Jan Lind") is no part of the first name', () => {
  it.each([
    [['Lawmakers Karl Weiss of the Green Party and Jan Lind of the Blue Party relayed the findings.', '“Fighting has eased,” said Rep. Weiss.'], 'Karl Weiss'],
    [['Lawmakers Karl Weiss and Jan Lind briefed reporters after the meeting.', '“The boats are lost,” Weiss said.'], 'Karl Weiss'],
    [['Senators Karl Weiss and Jan Lind visited Marsh City on Monday.', '“The port is shut,” said Weiss.'], 'Karl Weiss'],
    [['Ministers Karl Weiss and Jan Lind met in Fredonburg.', '“The talks have stalled,” Weiss told reporters.'], 'Karl Weiss'],
    [['Ambassadors Karl Weiss and Jan Lind signed the letter.', '“We ask for calm,” said Weiss.'], 'Karl Weiss'],
  ])('%j', (paragraphs, expected) => {
    expect(lastSpeaker(paragraphs)).toBe(expected);
  });

  it.each([
    // The plural alone, or before words that are no name, is still who speaks.
    [['Lawmakers said the talks had stalled.'], 'Lawmakers'],
    [['Senators from Sylvania said the port was shut.'], 'Senators from Sylvania'],
    // A singular title before a name was already no part of it.
    [['Lawmaker Karl Weiss relayed the findings.', '“Fighting has eased,” said Weiss.'], 'Karl Weiss'],
    [['Karl Weiss, a lawmaker, relayed the findings.', '“Fighting has eased,” said Weiss.'], 'Karl Weiss'],
    [['Minister Karl Weiss met Jan Lind in Fredonburg.', '“The talks have stalled,” Weiss told reporters.'], 'Karl Weiss'],
  ])('near miss: %j', (paragraphs, expected) => {
    expect(lastSpeaker(paragraphs)).toBe(expected);
  });
});
