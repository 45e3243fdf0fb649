import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` reported of a side with `verb`. */
function reported(verb: string, words: string): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
}

describe('a readiness listed as another’s trait', () => {
  /** [the verb, the words reported, the stance]. */
  const cases: [string, string, Stance][] = [
    ['suggested', 'that the recruits charge the trenches because of their loyalty to the king and their willingness to die for him', 'other'],
    ['said', 'the guards were chosen for their discipline and his readiness to obey', 'confirms'],
    // A side's own readiness and willingness, listed, still undertake.
    ['said', 'the ministry stressed its readiness and its willingness to help the flood victims', 'pledges'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(reported(verb, words)).toBe(stance);
  });
});
