import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** [the words quoted, the stance]. */
type Case = [string, Stance];

/** The stance of `words` quoted from a side, with "said". */
function saidBySide(words: string): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true });
}

describe('a short adverb or phrase fronted before the main clause, with its comma', () => {
  const cases: Case[] = [
    // What the main clause assesses or describes is read past the fronted words.
    ['Unfortunately, the talks were not constructive', 'other'],
    ['In our view, the agreement is a good step', 'other'],
    ['Of course, this is a difficult moment for everyone', 'other'],
    ['Today, the border region is calm', 'other'],
    ['At the moment, the situation along the river remains tense', 'other'],
    ['As you know, relations between our two countries are very strong', 'other'],
    ['Frankly, the harvest this year is very poor', 'other'],
    // A happening told after the fronted words is still affirmed.
    ['Of course, 20 soldiers were killed', 'confirms'],
    ['Unfortunately, three civilians died in the shelling', 'confirms'],
    ['Yesterday, the convoy arrived in the town', 'confirms'],
    ['In total, 300 people were evacuated', 'confirms'],
    // A name or a number before the comma is no fronted phrase.
    ['Italy, Spain and France have sent rescue teams', 'confirms'],
    ['At least 20 people, most of them children, were injured', 'confirms'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(saidBySide(words)).toBe(stance);
  });
});
