import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` reported of a side with `verb`. */
function reported(verb: string, words: string): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
}

describe('a prospect told as there', () => {
  /** [the verb, the words reported, the stance]. */
  const cases: [string, string, Stance][] = [
    ['said', 'there is now a historic opportunity to establish lasting peace in the region', 'other'],
    ['told', 'There is a hope for some positive dynamics in the talks', 'other'],
    ['said', 'there was a real chance of an agreement before the winter', 'other'],
    ['said', 'there are new possibilities for trade between the two countries', 'other'],
    // A danger foretold warns; a happening told with "there" is told.
    ['said', 'there is a real danger that the dam will burst', 'warns'],
    ['said', 'there were two explosions near the port', 'confirms'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(reported(verb, words)).toBe(stance);
  });
});
