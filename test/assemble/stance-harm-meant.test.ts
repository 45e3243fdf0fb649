import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * Another party charged with harm done on purpose ("(the opposition noted) such a step deliberately
 * jeopardized the relations with Sylvania", "the rebels intentionally targeted the hospital"): the intent is
 * the charge: condemns. The speaker's own deliberate act, a deliberate act that names no harm, and harm
 * told without intent stay as they were.
 */
describe('harm charged as meant', () => {
  /** [the reported words, the stance]. */
  const cases: [string, Stance][] = [
    ['such a step deliberately jeopardized the allied relations with Sylvania', 'condemns'],
    ['the rebels intentionally targeted the hospital in Marsh City', 'condemns'],
    ['Sylvania is deliberately escalating the conflict', 'condemns'],
    ['the Ostmark agency knowingly misled the council about the convoy', 'condemns'],
    // The own act, no harm named, harm without intent: as before.
    ['we deliberately chose a quiet route through the strait', 'confirms'],
    ['the convoy deliberately slowed down near the port', 'confirms'],
    ['the shelling damaged the hospital in Marsh City', 'confirms'],
    ['the ferry was deliberately moored away from the pier', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'noted', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
