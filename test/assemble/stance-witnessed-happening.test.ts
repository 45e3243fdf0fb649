import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A witness's own account describes what they lived through (other); what they saw befall others, or the
 * violence that broke out around them, is a happening told (confirms).
 */
describe("what a witness saw befall others or break out around them", () => {
  /** [words a private person said, reported or not, the stance]. */
  const cases: [string, boolean, Stance][] = [
    ['There were nine of us in the boat, and six of them died', false, 'confirms'],
    ['my two brothers were killed when we reached the bridge', false, 'confirms'],
    ['her son was arrested by the police in Marsh City as we tried to leave', true, 'confirms'],
    ['We were in the kitchen when the shelling began', false, 'confirms'],
    ['I woke up and heard that a war had broken out in Fredonburg', false, 'confirms'],
    ['We hid in the cellar. There was shelling on all sides of our street', false, 'confirms'],
    ['I was arrested at the checkpoint and my brother was killed', false, 'confirms'],
  ];
  /** What the witness lived through themselves: their experience described. */
  const nearMisses: [string, boolean][] = [
    ['A shell fragment went through my leg and I fainted', false],
    ['I was arrested at the border and held for two days', false],
    ['he was detained by the Ostmark guards for a week', true],
    ['I have lived through three wars in my life', false],
    ['We packed what we could and left Fredonburg in the night', false],
    ['As soon as we heard the road was open, we left our village', false],
  ];
  const stance = (words: string, reported: boolean): Stance => stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: true, reported });
  it.each(cases)('%s', (words, reported, expected) => {
    expect(stance(words, reported)).toBe(expected);
  });
  it.each(nearMisses)('%s', (words, reported) => {
    expect(stance(words, reported)).toBe('other');
  });
});
