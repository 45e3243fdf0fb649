import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` reported of a side with `verb`. */
function reported(verb: string, words: string): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
}

describe('a step of the side’s own, announced or declared, undertakes it (corpus README: "declared the dissolution of X")', () => {
  /** [the verb, the words reported, the stance]. */
  const cases: [string, string, Stance][] = [
    ['declared', 'the dissolution of the republic’s parliament by the end of the year', 'pledges'],
    ['announced', 'his move to Marsh City in the spring', 'pledges'],
    ['declared', 'a 48-hour delay on all transits through the strait', 'pledges'],
    ['announced', 'a temporary pause on all sailings through the canal', 'pledges'],
    ['announced', 'the resumption of its flights to Fredonburg', 'pledges'],
    ['declared', 'the postponement of the vote until March', 'pledges'],
    // What has begun, ended or befallen is told; a step told done is told; another verb decides nothing here.
    ['announced', 'the start of the operation in the valley', 'confirms'],
    ['announced', 'the death of two sailors in the strait', 'confirms'],
    ['declared', 'the liberation of the town from the rebels', 'confirms'],
    ['announced', 'the dissolution of the council was completed on Monday', 'confirms'],
    ['reported', 'a 48-hour delay on all transits through the strait', 'confirms'],
    ['announced', 'the arrival of the convoy in Marsh City', 'confirms'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(reported(verb, words)).toBe(stance);
  });
});
