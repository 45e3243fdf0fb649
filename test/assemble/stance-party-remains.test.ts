import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * "(Berg stressed that) the Marsh Canal will remain the shortest route": a named thing's future state,
 * with a linking verb and a noun phrase after it, foretells what it will be (`other`); it is no plan of
 * a party, as "Sylvania will send …" is (told, `confirms`).
 */

/** [the words reported, the verb, the stance]. */
type Case = [string, string, Stance];

function reported(words: string, verb: string): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
}

describe('a named thing that will remain or become something: a forecast, not a plan', () => {
  const cases: Case[] = [
    ['that the Marsh Canal will remain the fastest and shortest route for the ships', 'stressed'],
    ['the Ostmark Strait will stay the main route between the two seas', 'said'],
    ['that the Marsh Canal will become the busiest route in the region', 'said'],
    ['that the Ostmark Canal will remain the main link for the region', 'noted'],
  ].map(([words, verb]) => [words, verb, 'other'] as Case);
  const nearMisses: Case[] = [
    // A plan: an act the named party will carry out, where it will stay, a state it keeps a thing in.
    ['that the Ostmark Agency will close the strait on Monday', 'said', 'confirms'],
    ['that the Ostmark Agency will remain in the coalition', 'stressed', 'confirms'],
    ['that the Marsh Canal will remain under the control of the agency', 'said', 'confirms'],
    ['that the Marsh Canal will remain open to all ships', 'noted', 'confirms'],
  ];
  it.each([...cases, ...nearMisses])('%s (%s)', (words, verb, stance) => {
    expect(reported(words, verb)).toBe(stance);
  });
});
