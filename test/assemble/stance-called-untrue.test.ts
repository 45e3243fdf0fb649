import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

const SAID = { verb: 'said', negated: false, denial: false };
/** A side's own words, and a side's words reported. */
const OWN: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };

describe('words called untrue are denied, as words called "not true" are, whatever noun names them', () => {
  /** [words after "said", the speaker, the stance]. */
  const cases: [string, StanceSpeaker, Stance][] = [
    ['The information beyond that is untrue and unverified. We do not possess any such information', OWN, 'denies'],
    ['the information about a withdrawal from Marsh City is completely untrue', REPORTED, 'denies'],
    ['the story of a massacre in Fredonburg was untrue', OWN, 'denies'],
    ['this is untrue', OWN, 'denies'],
    // Must not fire: no word called untrue, or truth asserted.
    ['the information beyond that was passed to the Ostmark agency', OWN, 'confirms'],
    ['the information about a withdrawal from Marsh City is true', REPORTED, 'confirms'],
    ['the untrue reports had caused panic in Fredonburg', OWN, 'confirms'],
    ['the figures do not reflect the full scale of the losses', REPORTED, 'confirms'],
  ];
  it.each(cases)('said %s', (words, speaker, stance) => {
    expect(stanceOf(SAID, words, speaker)).toBe(stance);
  });
});
