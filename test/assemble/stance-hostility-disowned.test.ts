import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * An act said not to be a hostile one, or not aimed at a party ("the ratification is by no means an
 * unfriendly act against Sylvania", "our drills are in no way directed against Freedonia"): a charge
 * rejected: denies. An act said to be hostile, an aim told, and a friendly act denied stay as they were.
 */
describe('hostility disowned', () => {
  /** [the quoted words of a side, the stance]. */
  const cases: [string, Stance][] = [
    ['The ratification of the treaty is by no means an unfriendly act against Sylvania', 'denies'],
    ['The ratification of the Ostmark Court Statute is not an unfriendly act against Sylvania or its president', 'denies'],
    ['Our drills near Marsh City are in no way directed against Freedonia', 'denies'],
    ['The new base is not a hostile step towards anyone', 'denies'],
    ['The sanctions were not aimed against the people of Ruritania', 'denies'],
    // Hostility charged, an aim told, a friendly act denied: as before.
    ['The ratification of the treaty is an unfriendly act against Sylvania', 'other'],
    ['The drills were directed against the rebel units in the hills', 'confirms'],
    ['The vote is a hostile step that we condemn', 'condemns'],
    ['The new base is part of the plan agreed in May', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true })).toBe(expected);
  });
});
