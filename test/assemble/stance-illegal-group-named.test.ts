import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * "illegal armed groups" is the usual label of a side's units, also with the side's name between
 * ("illegal Sylvanian armed groups"): a clause that tells what happened to them is told, not condemned.
 */
describe('a side’s units named by the usual label, its name between', () => {
  /** [words reported with "said" by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['the disarming of illegal Sylvanian armed groups in the valley is in progress', 'confirms'],
    ['illegal Freedonian military units handed over their heavy weapons on Monday', 'confirms'],
    ['the withdrawal of illegal Sylvanian formations from the pass was completed', 'confirms'],
    // An act called illegal, or an offence named, still condemns.
    ['Sylvanian forces carried out an illegal attack on our positions', 'condemns'],
    ['the illegal Sylvanian shelling of the town killed two civilians', 'condemns'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
