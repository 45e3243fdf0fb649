import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` reported of a side with "said". */
function reported(words: string): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
}

describe('the state of the wounded told', () => {
  /** [the words reported, the stance]. */
  const cases: [string, Stance][] = [
    ['that 120 people have been taken to hospital and dozens of them remain in grave condition', 'confirms'],
    ['two of the miners are in serious condition', 'confirms'],
    ['that three sailors suffered serious injuries in the blast', 'confirms'],
    // A danger flagged still warns.
    ['the situation in the valley is serious', 'warns'],
    ['the crew is in grave danger', 'warns'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(reported(words)).toBe(stance);
  });
});
