import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../src/lib/detect/quotes/attributions.ts';
import { tokenize } from '../../src/lib/detect/quotes/tokens.ts';

/** The verbs of a sentence's attributions. */
function verbs(text: string): string[] {
  const view = { text, masked: text, start: 0, end: text.length, tokens: tokenize(text, 0, text.length), quotes: [] };
  return findAttributions(view).map((a) => a.verb);
}

describe('"repeated" before an act is no speech', () => {
  it.each([
    'The rebels repeated attacks on the port overnight.',
    'The rebels repeated their drone and missile strikes on the port.',
    'Freedonia and Sylvania retaliated for the rebels repeated raids on the harbour.',
    'The navy repeated its live-fire drills near the strait.',
  ])('%s', (text) => {
    expect(verbs(text)).toEqual([]);
  });

  it.each([
    'The rebels repeated their demand for talks.',
    'Sylvania repeated its call for a ceasefire.',
    'Ruhl repeated calls for attacks on the port to stop.',
    'Ruhl repeated that the port was closed.',
  ])('words repeated are still speech: %s', (text) => {
    expect(verbs(text)).toEqual(['repeated']);
  });
});
