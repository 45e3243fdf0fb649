import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** [the reported words, the stance]. */
type Case = [string, Stance];

/** The stance of `words` reported from a side, with "said". */
function saidBySide(words: string): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
}

describe('a danger named only as the matter of a meeting or a settlement', () => {
  const cases: Case[] = [
    // The meeting or the talks are told; the danger only names what they are about.
    ['A meeting of the council will be held on Thursday in connection with the escalation in the valley', 'confirms'],
    ['the ministers met on Monday to discuss the crisis in the valley', 'confirms'],
    ['envoys arrived in the capital to resolve the escalating conflict', 'confirms'],
    // A danger flagged still warns.
    ['the fighting risks an escalating conflict across the region', 'warns'],
    ['it was worried about the escalation in the valley', 'warns'],
    ['the escalating conflict threatens millions of people', 'warns'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(saidBySide(words)).toBe(stance);
  });
});
