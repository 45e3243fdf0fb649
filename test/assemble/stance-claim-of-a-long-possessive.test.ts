import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of a quote's `words`, said by a side. */
function quoted(words: string): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true });
}

describe('a claim called false, named with a possessive of several words', () => {
  /** [the words quoted, the stance]. */
  const cases: [string, Stance][] = [
    // The possessive that names whose claim it is may run to four words, and a word may follow it.
    ["The Ostmark-backed rebel fighters' report of an alleged successful attack on the tanker is patently false", 'denies'],
    ["The Freedonian defence ministry's claim of a strike on the port is baseless", 'denies'],
    ["The rebel movement's latest report of a hit on the frigate was untrue", 'denies'],
    ["Sylvania's state media's claims about the convoy are false", 'denies'],
    // Near misses: the same claims told or called true, or something else called false.
    ["The Ostmark-backed rebel fighters' report of an attack on the tanker reached us on Monday", 'confirms'],
    ["The Freedonian defence ministry's claim of a strike on the port is accurate", 'confirms'],
    ["The rebel movement's latest report says the frigate was hit", 'confirms'],
    ["The Freedonian defence ministry's old radar gave a false alarm", 'confirms'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(quoted(words)).toBe(stance);
  });
});
