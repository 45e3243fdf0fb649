import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

const SAID = { verb: 'said', negated: false, denial: false };
/** A side's own words, and a side's words reported. */
const OWN: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };

describe("blame disclaimed for a party denies it; it calls for nothing", () => {
  /** [words after "said", the speaker, the stance]. */
  const cases: [string, StanceSpeaker, Stance][] = [
    ['Sylvania should not be blamed or held responsible for the decisions taken in the capital', REPORTED, 'denies'],
    ['Our crews should not be blamed for the delays at the port', OWN, 'denies'],
    ['the company cannot be held responsible for the decisions of the regulator', REPORTED, 'denies'],
    ['the workers are not to blame', REPORTED, 'denies'],
    // Must not fire: blame called for, or withheld for now by no one in particular.
    ['those responsible should be held accountable', OWN, 'calls-for'],
    ['nobody should be blamed before the inquiry ends', OWN, 'calls-for'],
  ];
  it.each(cases)('said %s', (words, speaker, stance) => {
    expect(stanceOf(SAID, words, speaker)).toBe(stance);
  });
});
