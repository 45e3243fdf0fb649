import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

const SAID = { verb: 'said', negated: false, denial: false };
/** A side's own words, and a side's words reported. */
const OWN: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };

describe('meddling in internal affairs, charged with the verb, condemns as "interference" does', () => {
  /** [words after "said", the speaker, the stance]. */
  const cases: [string, StanceSpeaker, Stance][] = [
    ['Freedonia is rudely interfering in the internal affairs of our country', OWN, 'condemns'],
    ['Sylvania keeps interfering in our internal affairs', OWN, 'condemns'],
    ['the neighbours had interfered in its domestic affairs for years', REPORTED, 'condemns'],
  ];
  it.each(cases)('said %s', (words, speaker, stance) => {
    expect(stanceOf(SAID, words, speaker)).toBe(stance);
  });

  /** Must not fire: a principle or a denial, or interference of another kind. [words after "said", the speaker]. */
  const notCharged: [string, StanceSpeaker][] = [
    ['we do not interfere in the internal affairs of other states', OWN],
    ['Freedonia has never interfered in the internal affairs of its neighbours', REPORTED],
    ['the storm interfered with the radio signals', REPORTED],
  ];
  it.each(notCharged)('said %s: no condemnation', (words, speaker) => {
    expect(stanceOf(SAID, words, speaker)).not.toBe('condemns');
  });
});
