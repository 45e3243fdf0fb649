import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** [the words said, whether they are the writer's report (else a quotation), the stance]. */
type Case = [string, boolean, Stance];

/** The stance of `words` said by a side, with "said". */
function said(words: string, reported: boolean): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported, forASide: true });
}

describe('a happening told first, then a judgement joined by "and"', () => {
  const cases: Case[] = [
    // The happening the side tells first is affirmed; the judgement after it does not undo that.
    ['We delivered the letter privately and we’re confident we’re well prepared', false, 'confirms'],
    ['they crossed the river and they are very tired', true, 'confirms'],
    ['We evacuated the village and we are proud of the crews', false, 'confirms'],
    // A judgement first, or a judgement alone, is still one.
    ['We are tired and hungry', false, 'other'],
    ['the talks were long and we are pleased', true, 'other'],
    ['it was very difficult', true, 'other'],
  ];
  it.each(cases)('%s', (words, reported, stance) => {
    expect(said(words, reported)).toBe(stance);
  });
});
