import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` reported of a side with "said". */
function reported(words: string): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
}

describe('another’s words or moves read as a sign', () => {
  /** [the words reported, the stance]. */
  const cases: [string, Stance][] = [
    ['Berg’s remarks about reforming the alliance indicate that she is preparing to leave it', 'other'],
    ['the minister’s statements suggest a shift in the talks', 'other'],
    ['their latest moves signal a new offensive in the south', 'other'],
    // Evidence cited and a happening told still confirm.
    ['the data shows that forty people died in the floods', 'confirms'],
    ['his remarks were broadcast on state television', 'confirms'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(reported(words)).toBe(stance);
  });
});
