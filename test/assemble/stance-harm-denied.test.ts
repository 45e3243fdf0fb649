import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` (or of `quote` inside them) told by a side with `verb`. */
function told(verb: string, words: string, quote: string | null = null): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true }, quote);
}

describe('a harm denied with no denial verb', () => {
  /** [the verb, the words, the quote inside them or null, the stance]. */
  const cases: [string, string, string | null, Stance][] = [
    ['says', 'although a second missile hit the deck of the vessel, no major damage was done', null, 'denies'],
    ['says', 'that although a second missile hit the deck of the vessel, no major damage was done', null, 'denies'],
    ['said', 'no serious harm has been done to the pipeline', null, 'denies'],
    ['told', 'no casualties were caused by the shelling of the village', null, 'denies'],
    ['told', 'there were no injuries or “material damages” caused by the latest raid', 'material damages', 'denies'],
    ['said', 'there was no damage caused by the drone that fell near the port', null, 'denies'],
    // A report of what was found, a toll told, and damage told are not denials.
    ['said', 'no injuries or damage were reported in either incident', null, 'confirms'],
    ['said', 'there were no injuries to the crew', null, 'confirms'],
    ['said', 'the attack caused a fire and damage but no casualties', null, 'confirms'],
    ['said', 'a second missile hit the deck and caused major damage', null, 'confirms'],
    ['said', 'that while the talks went on, the ships were hit again', null, 'confirms'],
  ];
  it.each(cases)('%s: %s', (verb, words, quote, stance) => {
    expect(told(verb, words, quote)).toBe(stance);
  });
});
