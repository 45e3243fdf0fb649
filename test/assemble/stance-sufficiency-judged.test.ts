import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

const SAID = { verb: 'said', negated: false, denial: false };
/** A side's words, reported and its own. */
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };
const OWN: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };

describe('whether something suffices is judged, not told', () => {
  /** [words after "said", the speaker, the stance]. */
  const cases: [string, StanceSpeaker, Stance][] = [
    ["that the existing alliances and the old treaty are not enough to ensure the country's security", REPORTED, 'other'],
    ['the sanctions were not sufficient to stop the flow of arms', REPORTED, 'other'],
    ['The aid is insufficient to meet the needs of the displaced', OWN, 'other'],
    ['that current funding is not adequate to cover the winter', REPORTED, 'other'],
    ['the two battalions were enough to hold the line', REPORTED, 'other'],
    // Must not fire: a shortage or a happening told.
    ['there was not enough water in the camp', REPORTED, 'confirms'],
    ['the convoy delivered enough flour for a month', REPORTED, 'confirms'],
  ];
  it.each(cases)('said %s', (words, speaker, stance) => {
    expect(stanceOf(SAID, words, speaker)).toBe(stance);
  });
});
