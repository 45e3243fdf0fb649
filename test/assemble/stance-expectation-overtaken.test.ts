import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of a quotation said by a side, with "said". */
function quoted(words: string): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true });
}

describe("the speaker's own expectation or plan, told as overtaken", () => {
  /** [the words quoted, the stance]. */
  const cases: [string, Stance][] = [
    ['We had been planning for the evacuation to be a longer process, but it happened very quickly', 'other'],
    ['we had expected the talks to last a week', 'other'],
    ['I had hoped to stay in my village', 'other'],
    ['We had been hoping for a ceasefire', 'other'],
    // A happening told in the past perfect, and planning told as done, are still told.
    ['we had sent 20 trucks by Monday', 'confirms'],
    ['we had planned the operation for months', 'confirms'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(quoted(words)).toBe(stance);
  });
});
