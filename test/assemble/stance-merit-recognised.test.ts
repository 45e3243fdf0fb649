import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A party's merit recognised ("acknowledged the “unexpected political competence” displayed by
 * Sylvania", "appreciated the restraint shown by the navy", "noted the constructive role of Freedonia")
 * praises it, other, as "praised" does; the same verbs before a fact, a happening or a role without
 * praise affirm as before.
 */
describe('a merit recognised', () => {
  /** [verb, words reported by a side, the stance]. */
  const cases: [string, string, Stance][] = [
    ['acknowledged', 'the “unexpected political competence” displayed by Sylvania', 'other'],
    ['appreciated', 'the restraint shown by the Freedonian navy', 'other'],
    ['noted', 'the constructive role of Ruritania in the talks', 'other'],
    ['recognised', 'the professionalism of the Ostmark crews', 'other'],
    ['highlighted', 'the significant contribution made by the Marsh City volunteers', 'other'],
    // A fact, a happening or a role in a wrong: the verb affirms as before.
    ['acknowledged', 'the losses suffered by the Sylvanian army', 'confirms'],
    ['noted', 'that active efforts are underway to organise the transport', 'confirms'],
    ['acknowledged', 'the role of its forces in the shelling of Fredonburg', 'confirms'],
    ['recognised', 'the independence of Freedonia in 1991', 'confirms'],
    ['acknowledged', 'that the restraint had failed', 'confirms'],
  ];
  it.each(cases)('%s %s', (verb, words, expected) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
