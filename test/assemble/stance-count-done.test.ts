import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/** Unnamed estimates or reports: no side, a finding. */
const ESTIMATES: StanceSpeaker = { forThemselves: false, reported: true, forASide: false, finding: true };
/** Analysts of no side, who weigh what they tell. */
const ANALYSTS: StanceSpeaker = { forThemselves: false, reported: true, forASide: false, assesses: true };

describe('a count suggested as done to it: the count as the subject', () => {
  /** [reported words after "estimates suggest", the stance]. */
  const cases: [string, Stance][] = [
    ['at least 600 Sylvanian sailors have died and several hundred more have been wounded', 'confirms'],
    ['around 600 have perished', 'confirms'],
    ['more than 300 of the crew were killed in the fighting', 'confirms'],
    ['some 40 of the villagers lost their lives', 'confirms'],
    // A count hedged, foreseen or feared, or no count at all: the suggestion stays a guess.
    ['600 sailors could die in the coming weeks', 'other'],
    ['600 sailors were expected to arrive in Marsh City', 'other'],
    ['about 300 of the crew were feared dead', 'other'],
    ['the sailors have died in great numbers', 'other'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(stanceOf({ verb: 'suggest', negated: false, denial: false }, words, ESTIMATES)).toBe(stance);
  });
});

describe('a count told as done by analysts', () => {
  /** [reported words after "analysts say", the stance]. */
  const cases: [string, Stance][] = [
    ['Sylvania dispatched about 14,000 sailors to support the Freedonian navy', 'confirms'],
    ['Freedonia has lost some 2,000 soldiers in the region', 'confirms'],
    ['more than 500 Ruritanian troops were killed during the fighting', 'confirms'],
    // A count hedged or foreseen, or a state weighed with no count: analysts weigh it.
    ['Sylvania may have dispatched about 14,000 sailors', 'other'],
    ['Sylvania is likely to send 3,000 more sailors', 'other'],
    ['the sailors were able to learn new tactics quickly', 'other'],
    ['Sylvania is seeking closer ties with Freedonia', 'other'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(stanceOf({ verb: 'say', negated: false, denial: false }, words, ANALYSTS)).toBe(stance);
  });
});
