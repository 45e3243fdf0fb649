import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A breach supposed, not charged ("the centre is informed of any case of violation of the ceasefire")
 * condemns no one; a breach named or judged still condemns.
 */

/** [the reported words, the stance]. */
const cases: [string, Stance][] = [
  ['that a joint monitoring centre is still operating and is informed of any case of violation of the truce', 'confirms'],
  ['the office logs every instance of a breach of the rules', 'confirms'],
  // A breach named, or judged.
  ['the raid was a flagrant violation of the ceasefire', 'condemns'],
  ['each violation of the truce is a crime', 'condemns'],
];

describe('a breach supposed', () => {
  it.each(cases)('%s', (words, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(stance);
  });
});
