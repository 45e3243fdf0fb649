import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A prospect told as opened ("the victory has opened a “window of opportunity” to normalise relations") is
 * a prospect (`other`); with a call after it ("This opportunity must not be missed") the statement calls;
 * a thing opened is told.
 */

/** [the words, whether they are quoted, the stance]. */
const cases: [string, boolean, Stance][] = [
  ['the league’s swift win in the final has opened a “window of opportunity” to normalise relations between the clubs', false, 'other'],
  ['the ceasefire created a new opportunity for talks', false, 'other'],
  // A call after it; a thing opened.
  ['The window of opportunity has opened to settle the dispute. This opportunity must not be missed', true, 'calls-for'],
  ['the city opened a new office in the port', false, 'confirms'],
  ['the guards opened the border crossing', false, 'confirms'],
];

describe('a prospect opened', () => {
  it.each(cases)('%s', (words, quoted, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: !quoted, forASide: true })).toBe(stance);
  });
});
