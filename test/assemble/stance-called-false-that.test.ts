import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` reported of a side with `verb`. */
function reported(verb: string, words: string): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
}

describe('a that-clause called false, with no denial verb', () => {
  it.each([
    ['said', 'it was false that the rebels had shelled the port'],
    ['told reporters', 'it is “completely untrue” that Sylvanian ships entered the strait'],
    ['added', 'it was "completely false" that the militia had seized the tanker'],
    ['said', 'it is simply not true that Freedonia armed the rebels'],
    ['said', 'it was a lie that its troops had crossed the border'],
    ['insisted', 'it would be wrong to say that Freedonia sent soldiers'],
  ])('%s %s: denies', (verb, words) => {
    expect(reported(verb, words)).toBe('denies');
  });

  it.each([
    // A truth conceded, a falsehood of something else, or a that-clause that is not what is called false.
    ['said', 'it is true that the rebels had shelled the port'],
    ['said', 'it was false hope that kept the crews at sea'],
    ['said', 'the rebels had shelled the port'],
    ['said', 'it was clear that the rebels had shelled the port'],
  ])('%s %s: no denial', (verb, words) => {
    expect(reported(verb, words)).not.toBe('denies');
  });
});
