import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A verb of effect in the infinitive ("the sites were being used to enable the attacks", "the depots were built
 * to facilitate the supply") gives what a told act was for; the clause's verb is the one before it, and the
 * clause tells, `confirms`. The same verbs as the clause's own, in the present, weigh an effect, `other`.
 */
describe('a verb of effect in the infinitive', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['these sites were being used to enable the continued attacks on shipping in the strait', 'confirms'],
    ['the depots near Marsh City were built to facilitate the supply of the front', 'confirms'],
    ['the rebels laid the mines to hamper the advance of the Sylvanian column', 'confirms'],
    // The verb of effect as the clause's own: an effect weighed.
    ['these sites enable the continued attacks on shipping in the strait', 'other'],
    ['the depots near Marsh City facilitate the supply of the front', 'other'],
    ['the mines hamper the advance of the Sylvanian column', 'other'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
