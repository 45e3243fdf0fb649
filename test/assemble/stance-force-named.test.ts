import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/** A side's spokesperson, in reported words. */
const SIDE: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };

describe('force named as what is promised', () => {
  /** [reporting verb, words, the stance]. */
  const cases: [string, string, Stance][] = [
    // The promise's object is the speaker's own force, named with no verb of its own: a threat.
    ['pledged', 'continued attacks on ships bound for the port until the siege ends', 'threatens'],
    ['vowed', 'further strikes on the militia bases', 'threatens'],
    ['promised', 'fresh raids on the smugglers’ camps', 'threatens'],
    ['vowing', 'to “confront escalation with escalation”', 'threatens'],
    ['vowed', 'to meet escalation with escalation', 'threatens'],
    // Help, support or a relief operation promised is no force.
    ['pledged', 'continued support for the refugees', 'pledges'],
    ['pledged', 'further humanitarian operations in the north', 'pledges'],
    ['promised', 'more aid deliveries next week', 'pledges'],
    ['vowed', 'to avoid any escalation', 'pledges'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, SIDE)).toBe(stance);
  });
});
