import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` told by a side with `verb`. */
function told(verb: string, words: string): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
}

describe('a modal in a relative clause set off by commas', () => {
  /** [the verb, the words reported, the stance]. */
  const cases: [string, string, Stance][] = [
    ['told', 'the air defence intercepted a drone near the resort, which may have come from the south', 'confirms'],
    ['said', 'the drone, which might have been aimed at the port, was shot down at dawn', 'confirms'],
    ['said', 'the convoy, which will carry food and medicine, reached the town', 'confirms'],
    // The main clause's own modal still looks ahead.
    ['said', 'the talks, which began in the spring, could collapse', 'other'],
    ['said', 'the drone may have come from the south', 'other'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(told(verb, words)).toBe(stance);
  });
});
