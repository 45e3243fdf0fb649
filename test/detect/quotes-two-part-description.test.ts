import { describe, expect, it } from 'vitest';
import { sentenceSubject } from '../../src/lib/detect/quotes/attributions.ts';
import { tokenize } from '../../src/lib/detect/quotes/tokens.ts';

/** The sentence's own subject as written, or null. */
function subject(text: string): string | null {
  const view = { text, masked: text, start: 0, end: text.length, tokens: tokenize(text, 0, text.length), quotes: [] };
  const span = sentenceSubject(view);
  return span ? text.slice(span.start, span.end) : null;
}

describe('a subject described in two parts set off by commas, the second a name again', () => {
  it.each([
    ['Ansar Marsh, better known by the name of its founders, the Rovers, has been seizing boats.', 'Ansar Marsh'],
    ['Tomas Ruhl, the minister of the interior, Sylvania’s strongman, has visited the port.', 'Tomas Ruhl'],
    ['Lind, the envoy of the council, the Northern Council, met Berg in May.', 'Lind'],
    ['Rover Lines, the operator of the ferry, Marsh Star, has rerouted its boats.', 'Rover Lines'],
  ])('%s', (text, expected) => {
    expect(subject(text)).toBe(expected);
  });

  it.each([
    // A list of two described speakers, not one subject.
    'Ruhl, the minister, and Berg, the spokesperson, have visited the port.',
    // The second part is a place or a time, not a name.
    'Lind, in the capital, on Tuesday, met Berg.',
    'Marsh Rovers, the rebel group, in a rare move, has released the crew.',
    // A lower-case subject is no name to describe.
    'The rebels, in a rare move, the Rovers, have released the crew.',
  ])('no subject: %s', (text) => {
    expect(subject(text)).toBeNull();
  });
});
