import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** [the words, the stance]. */
type Case = [string, Stance];

/** The stance of `words` reported from a side, with `verb`. */
function reported(words: string, verb = 'said'): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
}

/** The stance of a quotation, in the speaker's own words. */
function quoted(words: string): Stance {
  return stanceOf({ verb: 'told', negated: false, denial: false }, words, { forThemselves: true, reported: false, forASide: false });
}

describe('a death foretold in a hypothetical warns', () => {
  const cases: [string, Case[]][] = [
    [
      'reported',
      [
        ['sending the sailors back to Sylvania would likely result in their deaths', 'warns'],
        ['a march across the pass could lead to many deaths', 'warns'],
        ['sending the sailors back would equate to a “death sentence”', 'warns'],
        ['returning them would result in an effective death sentence', 'warns'],
        ['the prisoners might be killed if they were handed over', 'warns'],
        // Near misses: a death told, not foretold; a modal that governs another verb; a good foretold.
        ['the raid resulted in their deaths', 'confirms'],
        ['the memorial would honour those killed in the war', 'other'],
        ['the return of the sailors would mean a new life for them', 'other'],
        ['the new rules would lead to fewer deaths at sea', 'other'],
      ],
    ],
    [
      'quoted',
      [
        ['I would not survive if I went back.', 'warns'],
        ['If they send us back, we could die on the way.', 'warns'],
        // Near misses: survival told, a death that did not happen, or a forecast with no condition.
        ['I survived because my friends carried me.', 'other'],
        ['Nobody would have known if I had not survived the night.', 'other'],
        ['Hundreds of sailors could die in the coming weeks.', 'other'],
      ],
    ],
  ];
  for (const [label, rows] of cases) {
    it.each(rows)(`${label}: %s`, (words, stance) => {
      expect(label === 'quoted' ? quoted(words) : reported(words, 'emphasized')).toBe(stance);
    });
  }
});
