import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * Force foretold to go on threatens in the gerund as in the infinitive ("will continue attacking", as
 * "will continue to attack"); other things foretold to go on do not.
 */

/** [the words reported of a side's own forces, the stance]. */
type Case = [string, Stance];

describe('force foretold to go on', () => {
  const cases: Case[] = [
    ['Sylvanian forces will continue attacking ships in the gulf until the blockade is lifted', 'threatens'],
    ['the group will continue targeting vessels linked to the enemy', 'threatens'],
    ['the navy would continue striking the launch sites', 'threatens'],
    // Not force: a forecast, and watching.
    ['prices will continue rising through the winter', 'other'],
    ['the agency will continue monitoring attacks on shipping', 'other'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(stance);
  });
});
