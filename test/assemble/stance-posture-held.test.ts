import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A side's attention or attitude held ("we are focused on …", "we take … very seriously", "attaches great
 * importance to …") describe a posture: other, not told.
 */
describe('a posture held', () => {
  /** [words reported with "said" by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['On this visit, of course, we are focused on the needs of the flood victims', 'other'],
    ['the ministry remains focused on the talks in the capital', 'other'],
    ['we take very seriously, of course, our duty to shelter the displaced', 'other'],
    ['we take these reports very seriously', 'other'],
    ['Sylvania attaches great importance to the accord', 'other'],
    ['we pay close attention to the situation in the strait', 'other'],
    // An act focused, a thing taken, the seriously injured, a danger told: not a posture.
    ['the strikes focused on radar sites and launchers', 'confirms'],
    ['the army concentrated its forces on the northern front', 'confirms'],
    ['the rescuers took seriously injured people to the hospital', 'confirms'],
    ['the situation is dangerous and we are monitoring it', 'warns'],
    ['we are deeply worried about the developments', 'warns'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
