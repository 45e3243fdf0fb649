import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` a side's speaker says, with `verb` and the words quoted in them. */
function said(words: string, quote: string | null = null, reported = false): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported, forASide: true }, quote);
}

describe('grief or pity told in the heart’s figure', () => {
  /** [the words said, the words quoted in them, reported, the stance]. */
  const cases: [string, string | null, boolean, Stance][] = [
    ['My heart breaks and aches at the sight of the orphans of the flood.', null, false, 'other'],
    ['Our hearts go out to the families of the miners.', null, false, 'other'],
    ['his “heart bleeds” for the villagers who lost their homes', 'heart bleeds', true, 'other'],
    // A heart that names no feeling tells what happened.
    ['A heart attack killed the captain on the bridge.', null, false, 'confirms'],
    ['The heart of the old town was hit by three shells.', null, false, 'confirms'],
  ];
  it.each(cases)('%s', (words, quote, reported, stance) => {
    expect(said(words, quote, reported)).toBe(stance);
  });
});
