import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

const BEFORE = 'Sylvania said the port was closed.';

/** Speaker name (or description) and government of the second paragraph's statement. */
function credit(text: string): [string, string | null] | undefined {
  const found = statements([BEFORE, text]).find((s) => s.paragraph === 2);
  return found ? [found.speaker.name ?? found.speaker.description, found.government] : undefined;
}

describe('an occasion after an appositive ("Berg, the envoy, in a statement said") is no speaker', () => {
  it.each([
    ['Anna Berg, Freedonia’s envoy to the Council, in a statement said that the port is open.', ['Anna Berg', 'freedonia']],
    ['Tomas Ruhl, the Sylvanian minister, in an interview said that the port is open.', ['Tomas Ruhl', 'sylvania']],
    ['Anna Berg, Freedonia’s envoy, in a post on X said that the port is open.', ['Anna Berg', 'freedonia']],
    ['Max Ober, a security analyst, in a briefing said that the port is open.', ['Max Ober', null]],
  ])('%s', (text, expected) => {
    expect(credit(text)).toEqual(expected);
  });

  it.each([
    // No appositive, or the occasion set off by commas of its own: read as before.
    ['Berg in a statement said that the port is open.', ['Anna Berg', 'freedonia']],
    ['Ruhl, in a statement, said that the port is open.', ['Tomas Ruhl', 'sylvania']],
    ['The port, in a statement Berg said, is open.', ['Anna Berg', 'freedonia']],
    ['Anna Berg, Freedonia’s envoy, said in a statement that the port is open.', ['Anna Berg', 'freedonia']],
  ])('unchanged: %s', (text, expected) => {
    expect(credit(text)).toEqual(expected);
  });
});
