import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * Being "struck" by what one saw, quoted or not ("the mission said it was “struck” by the exodus", "struck
 * by the suffering of the families"), is a feeling (`other`), as "struck by the sudden manner in which …"
 * is; struck by a weapon or a storm is a happening told.
 */

/** [the reported words, the stance]. */
const cases: [string, Stance][] = [
  ['it was “struck” by the exodus from the valley', 'other'],
  ['it was "struck" by the exodus from the valley', 'other'],
  ['the team was struck by the suffering of the families', 'other'],
  // A happening.
  ['the ferry was struck by a missile', 'confirms'],
  ['the town was struck by the storm', 'confirms'],
  ['the convoy was struck by the drones', 'confirms'],
];

describe('struck by what one saw', () => {
  it.each(cases)('%s', (words, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(stance);
  });
});
