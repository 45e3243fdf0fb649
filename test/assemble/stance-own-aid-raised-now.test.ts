import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * The speaker's own side, named first, said to be raising its aid now ("(Berg said) Freedonia is increasing
 * its humanitarian assistance for the displaced", "Sylvania is stepping up its support"): an undertaking
 * under way, as "will increase its assistance" is. Aid told as raised in the past, another's growth
 * ("prices are increasing"), and what grows on its own stay as they were.
 */

/** [the reported words, the stance]. */
const cases: [string, Stance][] = [
  ['Freedonia is increasing its humanitarian assistance for the displaced persons', 'pledges'],
  ['Sylvania is stepping up its support to the shelters in Marsh City', 'pledges'],
  ['Ruritania and Sylvania are also expanding their aid to the refugees', 'pledges'],
  ['Freedonia is now doubling its funding for the field hospitals', 'pledges'],
  ['Ruritania is boosting its contributions to the relief fund', 'pledges'],
  // The past told, a growth that is no aid, aid not its own: as before.
  ['Freedonia increased its humanitarian assistance for the displaced last month', 'confirms'],
  ['Freedonia has doubled its funding for the field hospitals', 'confirms'],
  ['Freedonia is increasing its troop presence near the border', 'confirms'],
  ['prices are increasing across Marsh City', 'confirms'],
  ['Freedonia is expanding the port of Fredonburg', 'confirms'],
];

describe('the own side raising its aid now', () => {
  it.each(cases)('%s', (words, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true, ownSideFirst: true })).toBe(stance);
  });
});
