import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Speaker description and government of the statement whose words start with "the port". */
function credit(text: string): [string, string | null] | undefined {
  const found = statements([text]).find((s) => (s.reported ?? s.quote ?? '').replace(/^that /, '').startsWith('the port'));
  return found ? [found.speaker.name ?? found.speaker.description, found.government] : undefined;
}

describe('a side a subject is against or about does not speak', () => {
  it.each([
    ['The resolution against Sylvania noted that the port was closed.', 'The resolution'],
    ['The key provision of the resolution against Sylvania noted that the port was closed.', 'the resolution'],
    ['The coalition against Sylvania said the port was closed.', 'The coalition'],
    ['Protesters against Freedonia said the port was closed.', 'Protesters'],
    ['The statement about Sylvania said the port was closed.', 'The statement'],
  ])('%s', (text, speaker) => {
    expect(credit(text)).toEqual([speaker, null]);
  });

  it.each([
    // A side that is the subject, or named after a preposition of place, still speaks.
    ['The Defence Ministry said the port was closed after a vote against Sylvania.', 'freedonia'],
    ['Officials in Sylvania said the port was closed.', 'sylvania'],
    ['Sylvania said the port was closed after protests against Freedonia.', 'sylvania'],
    ['Anger towards Sylvania grew, and Berg said the port was closed.', 'freedonia'],
    ['Berg, who has campaigned against Sylvania, said the port was closed.', 'freedonia'],
  ])('still the side that speaks: %s', (text, government) => {
    expect(credit(text)?.[1]).toBe(government);
  });
});
