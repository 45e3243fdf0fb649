import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * What something does to the course of things, weighed in the present ("their disregard for safety
 * complicates the defenders' tasks", "the victory creates conditions for further advances", "brings closer
 * the end of the war", "the defence is being made more challenging by …"), assesses an effect: `other`.
 * An effect told in the past, an act, and a count stay told.
 */
describe('an effect weighed in the present', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['their disregard for personal safety complicates the tasks of the Sylvanian defenders', 'other'],
    ['the defence of Marsh City is being made more challenging by the raiders’ disregard for their own safety', 'other'],
    ['The full defeat of the enemy in the border region creates conditions for further successful actions by our forces', 'other'],
    ['brings closer the defeat of the Freedonian regime', 'other'],
    ['the rain makes the mountain roads harder to use', 'other'],
    // An effect told in the past, an act, a count: still told.
    ['the storm complicated the rescue of the crew on Monday', 'confirms'],
    ['the army creates a buffer zone along the border with Ruritania', 'confirms'],
    ['the ministry makes more than 300 flights a week to the islands', 'confirms'],
    ['the troops fought harder after the attack on the convoy', 'confirms'],
    ['the navy made the crossing safer for the ferries last month', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
