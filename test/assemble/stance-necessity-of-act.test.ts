import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

const SAID = { verb: 'said', negated: false, denial: false };
/** A side's own words, and a side's words reported. */
const OWN: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };

describe('an act called necessary, with its degree or its moment, is a call', () => {
  /** [words after "said", the speaker, the stance]. */
  const cases: [string, StanceSpeaker, Stance][] = [
    ['it is very important to take concrete steps now', OWN, 'calls-for'],
    ['it is crucial now to take concrete steps to prevent further escalation', OWN, 'calls-for'],
    ['Prices keep rising, and it is crucial now to take steps to protect families', OWN, 'calls-for'],
    ["It's essential to reopen the road", OWN, 'calls-for'],
    ['it is so important for both sides to return to the table', OWN, 'calls-for'],
    // Must not fire: a value or a good named, not an act.
    ['it is very important to me', OWN, 'other'],
    ["it's essential to the economy of the region", OWN, 'other'],
    ['it was very important to them that the school stayed open', REPORTED, 'other'],
  ];
  it.each(cases)('said %s', (words, speaker, stance) => {
    expect(stanceOf(SAID, words, speaker)).toBe(stance);
  });
});
