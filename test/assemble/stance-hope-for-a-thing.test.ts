import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` reported of a side with `verb`. */
function reported(verb: string, words: string): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
}

describe('a hope for a thing, told of someone named first, is a hope: other (corpus README: "other … predicts")', () => {
  /** [the verb, the words reported, the stance]. */
  const cases: [string, string, Stance][] = [
    ['said', 'he hoped for more direct contacts in future', 'other'],
    ['said', 'Berg hoped for a peaceful settlement of the dispute', 'other'],
    ['said', 'she also hoped for the release of the crew', 'other'],
    ['added', 'Weiss hoped for an early end to the fighting', 'other'],
    ['said', 'Ruhl still hoped for talks with Freedonia before the winter', 'other'],
    // What was hoped for, told as come about or named as a thing, is told.
    ['said', 'the aid they hoped for arrived on Tuesday', 'confirms'],
    ['said', 'the hoped-for talks took place in Marsh City', 'confirms'],
    ['said', 'the deal Berg had hoped for was signed on Monday', 'confirms'],
    ['said', 'the convoy the villagers hoped for reached Fredonburg', 'confirms'],
    ['said', 'the truce the envoys hoped for held through the night', 'confirms'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(reported(verb, words)).toBe(stance);
  });
});
