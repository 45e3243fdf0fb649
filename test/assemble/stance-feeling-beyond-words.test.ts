import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Reporting } from '../../src/lib/assemble/reporting.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * Quotes that express a feeling rather than report (`other`), with look-alikes the rule must leave
 * alone: a feeling the speaker finds no words for.
 */

const SAID: Reporting = { verb: 'said', negated: false, denial: false };

/** The stance of a quote said for a side. */
function stanceOfQuote(words: string): Stance {
  return stanceOf(SAID, words, { forThemselves: false, reported: false, forASide: true });
}

describe('a feeling the speaker finds no words for, named with "the" or "this"', () => {
  const cases: [string, Stance][] = [
    ['I do not know how to express the sorrow and regret I feel', 'other'],
    ["I don't know how to express this gratitude", 'other'],
    // What cannot be described is not a feeling.
    ['We do not know how to describe the damage', 'confirms'],
  ];
  it.each(cases)('%s', (words, stance) => expect(stanceOfQuote(words)).toBe(stance));
});
