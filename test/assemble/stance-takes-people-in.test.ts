import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` reported of a side with `verb`. */
function reported(verb: string, words: string): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
}

describe('a side’s offer to take people in', () => {
  /** [the verb, the words reported, the stance]. */
  const cases: [string, string, Stance][] = [
    ['said', 'Freedonia would accept all Sylvanian soldiers captured by Ruritania if they wished to go there', 'pledges'],
    ['announced', 'their doors are open to the prisoners if they seek asylum', 'pledges'],
    ['said', 'the country will receive the displaced families from the valley', 'pledges'],
    ['said', 'Fredonburg would welcome our brothers and sisters fleeing the region', 'pledges'],
    // A refusal, a thing agreed to, and doors open to no one taken in are no such offer.
    ['said', 'the camps would accept no more refugees this winter', 'other'],
    ['added', 'the museum doors are open to visitors on Sunday', 'confirms'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(reported(verb, words)).toBe(stance);
  });
});
