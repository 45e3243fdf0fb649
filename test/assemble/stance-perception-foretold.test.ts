import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

const SAID = { verb: 'said', negated: false, denial: false };
/** A side's own words, and a side's words reported. */
const OWN: StanceSpeaker = { forThemselves: false, reported: false, forASide: true, ownSideFirst: true };
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };

describe('what someone will come to see or learn is foretold, not promised', () => {
  /** [words after "said", the speaker, the stance]. */
  const cases: [string, StanceSpeaker, Stance][] = [
    ['one day we will simply wake up and see that the company is gone', REPORTED, 'other'],
    ['We will wake up one morning and find that the river has dried up', OWN, 'other'],
    ['we will see whether the truce holds', OWN, 'other'],
    ['We will soon realise how much the old rules protected us', OWN, 'other'],
    ["you'll find that the market has recovered", OWN, 'other'],
    // Must not fire: the side undertakes something.
    ['we will find a solution together', OWN, 'pledges'],
    ['we will see to it that every family gets a shelter', OWN, 'pledges'],
    ['we will learn from this and do better', OWN, 'pledges'],
  ];
  it.each(cases)('said %s', (words, speaker, stance) => {
    expect(stanceOf(SAID, words, speaker)).toBe(stance);
  });
});
