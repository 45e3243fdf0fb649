import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` reported of a side with `verb`. */
function reported(verb: string, words: string): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
}

describe('whose ships an attack is aimed at (corpus README, twenty-second batch)', () => {
  /** [the verb, the words reported, the stance]. */
  const cases: [string, string, Stance][] = [
    ['claimed', 'that the strike was targeting a Sylvanian ship it accused of carrying arms', 'other'],
    ['said', 'they attack ships with ties to Freedonia', 'other'],
    ['claim', 'to be targeting vessels bound for Freedonia', 'other'],
    // An attack told, a past attack, and force promised are not claims about a target.
    ['said', 'they attacked a Sylvanian tanker on Tuesday', 'confirms'],
    ['said', 'we will target ships bound for Freedonia', 'threatens'],
    ['said', 'the missiles were targeting civilian ships in the strait', 'confirms'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(reported(verb, words)).toBe(stance);
  });
});
