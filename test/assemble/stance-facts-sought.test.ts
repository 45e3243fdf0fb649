import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { factsSought } from '../../src/lib/assemble/stance/denial.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` said by a side. */
function said(words: string): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true });
}

describe('the facts still being sought are not yet confirmed', () => {
  /** [the words, the stance]. */
  const cases: [string, Stance][] = [
    ['The airline is currently working to ascertain the full details of the crash.', 'unconfirmed'],
    ['Officials are trying to determine whether the dam was struck.', 'unconfirmed'],
    ['The ministry is seeking to establish the circumstances of the fire.', 'unconfirmed'],
    // Facts found, or a goal that is no fact, are not left open.
    ['Investigators have determined the cause of the fire.', 'confirms'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(said(words)).toBe(stance);
  });

  /** [the words, whether they seek facts]. */
  const sought: [string, boolean][] = [
    ['are working to find out what happened', true],
    ['are working to establish a ceasefire in the valley', false],
    ['is trying to establish a humanitarian corridor', false],
  ];
  it.each(sought)('%s', (words, fires) => {
    expect(factsSought(words)).toBe(fires);
  });
});
