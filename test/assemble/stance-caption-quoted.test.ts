import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/** A named person who speaks for themselves, quoted. */
const WITNESS: StanceSpeaker = { forThemselves: true, reported: false };

describe('verbless words quoted whole, as sentences of their own', () => {
  /** [reporting verb, words, the stance]. */
  const cases: [string | null, string, Stance][] = [
    // Two sentences or more, quoted whole: a caption of what the witness saw.
    [null, 'Scenes at the border crossing. An endless stream of cars from the valley.', 'confirms'],
    [null, 'Long queues at the only bakery in town. No bread since Tuesday.', 'confirms'],
    // A phrase quoted alone names or judges; so does one verbless sentence.
    ['said', 'a tiny patch, practically nothing', 'other'],
    ['said', 'limited', 'other'],
    [null, 'A tiny patch, practically nothing.', 'other'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, WITNESS)).toBe(stance);
  });
});
