import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

const SAID = { verb: 'said', negated: false, denial: false };
/** A side's words reported. */
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };

describe('a meeting or a talk a side will hold, reported, is an agenda, not a pledge', () => {
  /** [words after "said", the stance]. */
  const cases: [string, Stance][] = [
    ['at the start of her trip that she will “speak directly with those affected by the floods.”', 'other'],
    ['she will speak directly with the families of the missing', 'other'],
    ['the envoy would meet with the fishermen in the harbour', 'other'],
    ['he will talk to the farmers about their losses', 'other'],
    // Must not fire: an undertaking, or a meeting on a set date (told).
    ['the ministry will meet its obligations to the farmers', 'pledges'],
    ['the minister will meet with her counterpart on Thursday', 'confirms'],
  ];
  it.each(cases)('said %s', (words, stance) => {
    expect(stanceOf(SAID, words, REPORTED)).toBe(stance);
  });
});
