import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * The dead honoured now ("Today the republic commemorates all our compatriots who died in the war") is a
 * rite held, which tells nothing at issue (`other`); a commemoration planned or promised, and one told as
 * past, are read as before.
 */

/** [the reported words, whether the speaker's own side is named first, the stance]. */
const cases: [string, boolean, Stance][] = [
  ['Today the Republic of Sylvania commemorates all our compatriots who died in the war and after it', false, 'other'],
  ['we mourn the victims of the flood', false, 'other'],
  ['the nation pays tribute to the fallen miners', false, 'other'],
  // Planned, promised, past.
  ['Sylvania plans to commemorate the soldiers by naming streets', true, 'pledges'],
  ['the town commemorated the victims on Sunday', false, 'confirms'],
];

describe('the dead honoured now', () => {
  it.each(cases)('%s', (words, ownSideFirst, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true, ownSideFirst })).toBe(stance);
  });
});
