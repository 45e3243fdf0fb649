import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Reporting } from '../../src/lib/assemble/reporting.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A fronted participle phrase of circumstance ("Looking back, …", "Speaking to reporters, …") is passed
 * over: the main clause after it decides the stance, whatever it is.
 */

const SAID: Reporting = { verb: 'said', negated: false, denial: false };

/** The stance of a quote said for a side. */
function stanceOfQuote(words: string): Stance {
  return stanceOf(SAID, words, { forThemselves: false, reported: false, forASide: true });
}

describe('a fronted participle phrase of circumstance is passed over', () => {
  const cases: [string, Stance][] = [
    ['Looking back, it was a difficult year', 'other'],
    ['Speaking to reporters in the capital, we are very pleased with the talks', 'other'],
    // The main clause still decides: a happening, a promise; a gerund subject is not passed over.
    ['Speaking to reporters, our troops crossed the river at dawn', 'confirms'],
    ['Standing before the families, we will rebuild every house', 'pledges'],
    ['Shelling of the town, which began at dawn, killed three people', 'confirms'],
  ];
  it.each(cases)('%s', (words, stance) => expect(stanceOfQuote(words)).toBe(stance));
});
