import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * Analysts and experts of no side weigh what they tell (other), except an act of force or supply they
 * pass on as done, with no hedge: that tells a happening (confirms).
 */
describe('an act of force told as done by an analyst', () => {
  /** [words an expert said, the stance]. */
  const cases: [string, Stance][] = [
    ['two other tankers in the strait were also attacked, but the drones missed', 'confirms'],
    ['Sylvanian forces have also used Freedonian shells', 'confirms'],
    ['the militia had fired four missiles at the port of Marsh City', 'confirms'],
    ['a Freedonian freighter was seized off the coast on Monday', 'confirms'],
    ['Ruritania has already shipped rockets to the islands', 'confirms'],
  ];
  /** A hedge, a state weighed or a purpose: the analyst still weighs. */
  const nearMisses = [
    'Sylvanian forces may have used Freedonian shells',
    'the militia appears to have fired four missiles at the port',
    'the crews have gained valuable experience',
    'the strikes were designed to degrade the militia',
    'the sailors were able to learn new tactics quickly',
  ];
  const stance = (words: string): Stance => stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, assesses: true });
  it.each(cases)('%s', (words, expected) => {
    expect(stance(words)).toBe(expected);
  });
  it.each(nearMisses)('%s', (words) => {
    expect(stance(words)).toBe('other');
  });
});
