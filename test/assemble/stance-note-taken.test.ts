import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A thing taken note of ("we take note of the court's ruling", "has taken careful note of the statement")
 * is heard, neither accepted nor rejected: other. Notes taken, and a thing told beside it, are read as before.
 */
describe('a thing taken note of', () => {
  /** [words reported with "said" by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['we take note of the court’s ruling on the fishing grounds', 'other'],
    ['the ministry has taken careful note of the statement by the rebel council', 'other'],
    ['In any case, Sylvania takes note of the proposal and of its acceptance by the port authority', 'other'],
    // Notes taken, a thing noted as told: not a thing taken note of.
    ['the inspectors took notes on the damage at the dam', 'confirms'],
    ['the rebels took control of the port on Tuesday', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
