import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/** An outlet or a body that tells, in reported words, what another did. */
const TELLER: StanceSpeaker = { forThemselves: false, reported: true, forASide: false };

describe('a named party’s thanks or praise, told by another', () => {
  /** [reporting verb, words, the stance]. */
  const cases: [string, string, Stance][] = [
    // Told by another, the thanks are a happening, whatever words of praise they hold.
    ['according to', 'The Freedonian president also congratulated and expressed gratitude to the military units involved in the operation', 'confirms'],
    ['said', 'Berg thanked the rescue teams for their bravery', 'confirms'],
    ['reported', 'The minister later expressed his deep gratitude to the heroic crews', 'confirms'],
    // The speaker's own thanks, praise received in the passive, or praise itself are no happening told.
    ['said', 'I thanked them for their courage', 'other'],
    ['said', 'The heroism of the soldiers was also praised', 'other'],
    ['said', 'The bravery of the crews is an example to us all', 'other'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, TELLER)).toBe(stance);
  });
});
