import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/** A side's words, reported by the writer. */
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };

/** [reporting verb, words, the stance]. */
type Case = [string, string, Stance];

describe('a side’s own agreement or vow, told after "that", as without it', () => {
  const cases: Case[] = [
    ['announced', 'that they agreed to lay down their arms and negotiate their future', 'pledges'],
    ['said', 'they agreed to lay down their arms and negotiate their future', 'pledges'],
    ['said', 'that we agreed to release the prisoners', 'pledges'],
    ['said', 'that it has vowed to rebuild the bridge', 'pledges'],
    // Another party's agreement or vow, told, is affirmed, "that" or not.
    ['said', 'that the rebels agreed to lay down their arms', 'confirms'],
    ['said', 'the rebels agreed to lay down their arms', 'confirms'],
    ['said', 'that some rebel units have vowed to fight on', 'confirms'],
  ];
  it.each(cases)('%s %s', (verb, words, want) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, REPORTED)).toBe(want);
  });
});
