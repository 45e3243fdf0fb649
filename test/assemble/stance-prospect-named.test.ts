import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A thing named only as a prospect, with no verb ("signalled a possible peace treaty", "raised the
 * potential return of the monitors"), is foretold: other, not told.
 */
describe('a thing named only as a prospect', () => {
  /** [reporting verb, words, the stance]. */
  const cases: [string, string, Stance][] = [
    ['signalled', 'a possible future trade deal with Sylvania', 'other'],
    ['raised', 'the potential return of the monitors to the border', 'other'],
    ['pointed to', 'an eventual settlement of the dispute', 'other'],
    // A clause that tells what happened to the thing is told.
    ['said', 'a possible attack was foiled by the navy', 'confirms'],
    ['said', 'the possible escape routes were closed by the army', 'confirms'],
    ['said', 'a future deal with Sylvania was signed on Monday', 'confirms'],
  ];
  it.each(cases)('%s %s', (verb, words, expected) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
