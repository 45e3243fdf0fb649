import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * "cited" and "credited" say nothing of their own; what is cited decides. Those who found a happening,
 * a place cited as where one took place, and a party's acts cited pass the happening on, as a finding
 * cited does; a deed a party is credited with is told. A reason, a concern or a cause cited gives grounds.
 */
describe('a happening cited or a deed credited', () => {
  /** [verb, words reported from a side, the stance]. */
  const cases: [string, string, Stance][] = [
    ['cited', 'Freedonian officials who have detected signs that Sylvania has sent 300 more sailors to the islands', 'confirms'],
    ['citing', 'sources who said the convoy had left Marsh City on Monday', 'confirms'],
    ['cited', 'the two ports as sites where Sylvania loaded the boats with fuel', 'confirms'],
    ['cited', 'the bridge as the route through which the troops crossed into Fredonburg', 'confirms'],
    ['cited', '“sporadic” shelling, reconnaissance flights and the build-up of troops by the militia', 'confirms'],
    ['citing', 'repeated incursions by Sylvanian boats into the bay', 'confirms'],
    ['credited', 'the Ostmark crews with rescuing the sailors from the burning tanker', 'confirms'],
    ['crediting', 'them with helping to free the port of Marsh City', 'confirms'],
  ];
  /** A reason, a concern or a cause cited; a cause credited: no happening passed on. */
  const nearMisses: [string, string][] = [
    ['cited', 'concerns among officials about the safety of the crews'],
    ['cited', 'the lack of time as the reason'],
    ['cited', 'the attacks on the ferries as the reason for the detour'],
    ['cited', 'the heavy losses as the result of poor training'],
    ['citing', 'the storms in the strait'],
    ['credited', 'the rescue to the discipline of the crews'],
    ['crediting', 'the victory to the unity of the people'],
    ['cited', 'officials’ worries over the talks'],
  ];
  const stance = (verb: string, words: string): Stance => stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
  it.each(cases)('%s %s', (verb, words, expected) => {
    expect(stance(verb, words)).toBe(expected);
  });
  it.each(nearMisses)('%s %s', (verb, words) => {
    expect(stance(verb, words)).toBe('other');
  });
});
