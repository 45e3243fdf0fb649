import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** [the reported words, the stance]. */
type Case = [string, Stance];

/** The stance of `words` reported from a side, with "said". */
function saidBySide(words: string): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
}

describe('a danger a thing "represented" or "constituted", told as past, is described', () => {
  const cases: Case[] = [
    ['the drone represented a threat to the convoy', 'confirms'],
    ['the boat constituted a grave danger to the crew', 'confirms'],
    // In the present it is warned of; to a common good, reported, it is warned of too.
    ['the drone represents a threat to the convoy', 'warns'],
    ['the militias represented a danger to regional stability', 'warns'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(saidBySide(words)).toBe(stance);
  });
});
