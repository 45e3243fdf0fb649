import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * What something is, told with "is" contracted ("it’s a strange sight", "she’s a nurse"), describes as
 * "it is a …" does; it tells no happening. The table holds look-alikes that still tell one.
 */

/** A side's own words, quoted. */
const QUOTED: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };

const reporting = (verb: string) => ({ verb, negated: false, denial: false });

describe('what something is, with "is" contracted', () => {
  /** [words, the stance]. */
  const cases: [string, Stance][] = [
    ['It’s a strange sight, the whole harbour empty', 'other'],
    ["That's an unusual way to run a port", 'other'],
    ['She’s a nurse from the northern district', 'other'],
    ['It’s a shame nobody came', 'other'],
    // What is present, or what has happened, is told.
    ['There’s a convoy waiting at the bridge', 'confirms'],
    ['It’s been shelled three times this week', 'confirms'],
  ];
  it.each(cases)('%s → %s', (words, stance) => {
    expect(stanceOf(reporting('said'), words, QUOTED)).toBe(stance);
  });
});
