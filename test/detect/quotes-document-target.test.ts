import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Actor and government of "the statement" (or resolution) speaking in the second paragraph. */
function issuer(paragraphs: string[]): [string | null, string | null] | undefined {
  const found = statements(paragraphs).find((s) => s.paragraph === 2);
  return found ? [found.speaker.actor, found.government] : undefined;
}

describe('a side a document acts on ("a resolution demanding Sylvania …") did not issue it', () => {
  it.each([
    ['A resolution demanding Sylvania stop the attacks was adopted on Monday.', 'The resolution noted that the port was closed.'],
    ['A statement condemning Freedonia was read out at the talks.', 'The statement said the port was closed.'],
    ['A statement accusing the Palace of lying was read out.', 'The statement said the port was closed.'],
  ])('%s', (...paragraphs) => {
    expect(issuer(paragraphs)).toEqual([null, null]);
  });

  it.each([
    // An agent after the document issued it.
    [['A statement was published by the Defence Ministry on Monday.', 'The statement said the port was closed.'], ['freedonia-defence-ministry', 'freedonia']],
    [['A statement released on Monday by Sylvania condemned the attacks.', 'The statement said the port was closed.'], ['sylvania', 'sylvania']],
    [['A resolution drafted by Freedonia was adopted.', 'The resolution said the port was closed.'], ['freedonia', 'freedonia']],
    [['A statement from Marsh City was read out.', 'The statement said the port was closed.'], ['sylvania', 'sylvania']],
  ])('still the issuer: %j', (paragraphs, expected) => {
    expect(issuer(paragraphs)).toEqual(expected);
  });
});
