import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/** A maritime agency or a side's office, in reported words. */
const AGENCY: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };

describe('"advised" in the sense of "informed"', () => {
  /** [words after "advised", the stance]. */
  const cases: [string, Stance][] = [
    // A happening told in the past: the agency informs; the words decide.
    ['that a bulk carrier, the 55,257-dwt Sea Falcon, owned by Marsh Shipping, had been hit by a drone, which caused a small fire', 'confirms'],
    ['that the port was closed on Monday', 'confirms'],
    ['that two tankers were boarded overnight', 'confirms'],
    // Advice given: a call.
    ['that ships avoid the strait', 'calls-for'],
    ['that crews should stay below deck while the vessel was near the coast', 'calls-for'],
    ['that vessels were to keep clear of the area', 'calls-for'],
    ['vessels to transit with caution', 'calls-for'],
    ['that ships, which have been warned twice, avoid the strait', 'calls-for'],
  ];
  it.each(cases)('advised %s', (words, stance) => {
    expect(stanceOf({ verb: 'advised', negated: false, denial: false }, words, AGENCY)).toBe(stance);
  });
});
