import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` reported of a side with "said"; `negated` as the extractor marks a "not". */
function reported(words: string, negated = false): Stance {
  return stanceOf({ verb: 'said', negated, denial: false }, words, { forThemselves: false, reported: true, assesses: false });
}

describe('return allowed to people who left', () => {
  const fires: string[] = [
    'Those who left will be able to return',
    'The residents of the valley who fled the region following the operation can return to their homes',
    'Freedonians who left Sylvania are free to return',
    'All those who left the region can return if they wish',
    'the displaced can return to their homes',
  ];
  it.each(fires)('%s', (words) => {
    expect(reported(words)).toBe('pledges');
  });

  /** Near misses: no people who left, no leave given, a possibility weighed, another subject. */
  const misses: [string, boolean][] = [
    ['the troops can return to base', false],
    ['the ships may return to port', false],
    ['the refugees cannot return', true],
    ['the refugees can never return to their homes', true],
    ['the refugees could return if the fighting ends', false],
    ['residents said the soldiers can return to the front', false],
  ];
  it.each(misses)('does not read "%s" as a pledge', (words, negated) => {
    expect(reported(words, negated)).not.toBe('pledges');
  });
});
