import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** [the reported words, the stance]. */
type Case = [string, Stance];

/** The stance of `words` reported from a side, with "said". */
function saidBySide(words: string): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
}

describe('"was determined to be": a thing judged, not resolve', () => {
  const cases: Case[] = [
    ['the missile, which was determined to be an imminent threat to the ships, was destroyed', 'confirms'],
    ['the object was determined to be a weather balloon', 'confirms'],
    // Resolve stays a pledge.
    ['Sylvania is determined to defend its sailors', 'pledges'],
    ['we are determined to be a reliable partner for the region', 'pledges'],
    ['the government was determined to finish the bridge this year', 'pledges'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(saidBySide(words)).toBe(stance);
  });
});
