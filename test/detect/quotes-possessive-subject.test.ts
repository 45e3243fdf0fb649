import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Each statement's speaker words. */
const speakers = (text: string) => statements([text]).map((s) => s.speaker.name ?? s.speaker.description);

describe('a possessive opening the sentence is no speaker for a later "they say"', () => {
  it.each([
    ['His visit came as ties between Freedonia and Sylvania, who are drawing closer in the face of what they say is a hostile neighbour, grow.'],
    ['Her trip came as the two capitals, drawing closer in what they say is a time of danger, signed a pact.'],
  ])('%s', (text) => {
    expect(speakers(text)).not.toContain('His');
    expect(speakers(text)).not.toContain('Her');
  });

  it('still reads a subject with its noun', () => {
    expect(speakers('The Freedonian sailors have crossed the strait in what they say is a response to the blockade.')).toEqual(['The Freedonian sailors']);
  });
});
