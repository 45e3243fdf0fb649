import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` said by a side, with "said", reported. */
function said(words: string): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
}

describe('statements called false', () => {
  /** [the words said, the stance]. */
  const cases: [string, Stance][] = [
    ['statements by the enemy leadership about the “defeat” of our troops are nothing more than propaganda tricks', 'denies'],
    ['the ministry’s statements about the strike were false', 'denies'],
    ['such statements are nothing other than lies', 'denies'],
    ['the claims are nothing more than disinformation', 'denies'],
    // Statements told, with nothing called false: no denial.
    ['the statements by both leaders were published on Monday', 'confirms'],
    ['the statement was issued more than a week after the false alarm', 'confirms'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(said(words)).toBe(stance);
  });
});
