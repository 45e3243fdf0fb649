import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A side's promise that the attacks will go on or grow ("promised the attacks would not only continue but
 * expand") threatens, as a vow in a threat's words does; a promise of talks or help going on, another's
 * attacks, attacks that stop, and the same words merely said do not.
 */

const SIDE: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };
const verb = (v: string) => ({ verb: v, negated: false, denial: false });

const cases: [string, string, Stance][] = [
  ['promised', 'the attacks would not only continue but expand and escalate', 'threatens'],
  ['vowed', 'its strikes would continue and intensify', 'threatens'],
  ['pledged', 'their naval operations will continue', 'threatens'],
  ['promised', 'our raids on the Freedonian ports would widen', 'threatens'],
  ['promised', 'the talks with Sylvania would continue', 'pledges'],
  ['vowed', 'the rescue operations would continue', 'pledges'],
  ['pledged', 'the attacks on our ships will continue', 'pledges'],
  ['promised', 'the attacks would stop once the siege is lifted', 'pledges'],
];

describe('a side’s promise that its attacks go on or grow', () => {
  it.each(cases)('%s "%s" → %s', (v, words, stance) => {
    expect(stanceOf(verb(v), words, SIDE)).toBe(stance);
  });
  it('the same words said, not promised, are no promise', () => {
    expect(stanceOf(verb('said'), 'the attacks would continue', SIDE)).not.toBe('threatens');
  });
});
