import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

describe('a count the speaker believes', () => {
  /** [verb, reported words, the stance]. */
  const cases: [string, string, Stance][] = [
    ['told reporters', 'that they thought at least 1,200 of the 9,000 miners had been trapped', 'confirms'],
    ['said', 'it believes 40 people died in the flooding', 'confirms'],
    ['said', 'she believed about 300 houses had been destroyed', 'confirms'],
    // A belief that counts nothing, or a year, stays an opinion or a forecast.
    ['said', 'he thought the talks would fail', 'other'],
    ['said', 'they believe 2030 will bring a recovery', 'other'],
    ['said', 'she believed the ferry had been overloaded', 'other'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(stance);
  });
});
