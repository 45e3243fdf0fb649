import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

const SAID = { verb: 'said', negated: false, denial: false };
/** A side's own words, and a side's words reported. */
const OWN: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };

describe('what something goes on being ("continues to be a …") is described, not told', () => {
  /** [words after "said", the speaker, the stance]. */
  const cases: [string, StanceSpeaker, Stance][] = [
    ['The port continues to be a lifeline for the island', OWN, 'other'],
    ['Sylvania continues to be a reliable partner', REPORTED, 'other'],
    ['the diaspora continues to be a source of strength in my own country', OWN, 'other'],
    ['the army continues to be one of the largest in the region', REPORTED, 'other'],
    // Must not fire: how things stand in fact, or what is there.
    ['the bridge continues to be closed', REPORTED, 'confirms'],
    ['there continues to be a risk of floods', OWN, 'warns'],
  ];
  it.each(cases)('said %s', (words, speaker, stance) => {
    expect(stanceOf(SAID, words, speaker)).toBe(stance);
  });
});
