import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * The character of a bond between sides ("relations between them have a special character", "ties had
 * taken on a trusting and friendly character") describes it, as "close ties" and "relations are at their
 * peak" do: other. A character or a nature given to a thing that is no bond, or a bond's act told, stays
 * confirms.
 */
describe('the character of a bond described', () => {
  /** [words reported with "said" by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['relations between Sylvania and Ruritania have a special character', 'other'],
    ['ties between the two countries had taken on a special, trusting and friendly character', 'other'],
    ['the partnership with Freedonia has acquired a strategic nature', 'other'],
    ['cooperation between the two navies now has an allied character', 'other'],
    // No bond, or a bond's act told: told.
    ['the talks had a technical character', 'confirms'],
    ['the cooperation agreement had a clause on fishing rights', 'confirms'],
    ['the partnership has delivered two frigates to the port', 'confirms'],
    ['the delegations had a long meeting in Marsh City', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
