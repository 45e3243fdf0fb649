import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * An election or its count called rigged, stolen or falsified is an accusation, which condemns; a thing
 * rigged or stolen, and a vote said not to be rigged, are not.
 */

/** The stance of `words` reported by a side with "said". */
function saidBySide(words: string): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
}

const cases: [string, Stance][] = [
  ['the election had been stolen', 'condemns'],
  ['the vote was rigged', 'condemns'],
  ['the results of the referendum were falsified', 'condemns'],
  ['it would not recognise the rigged election', 'condemns'],
  ['the bomb was rigged to explode', 'confirms'],
  ['the car was stolen overnight', 'confirms'],
  ['the election results were announced on Monday', 'confirms'],
];

describe('a vote called rigged', () => {
  it.each(cases)('"%s" → %s', (words, stance) => {
    expect(saidBySide(words)).toBe(stance);
  });

  it('does not condemn a vote said not to be rigged', () => {
    expect(saidBySide('the vote had not been rigged')).not.toBe('condemns');
  });
});
