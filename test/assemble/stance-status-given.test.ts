import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A status given to people or a place, in law or by a side ("the captives are considered citizens", "under
 * the constitution they are our citizens") classifies them: other, as the README's legal classification
 * reads; it tells no happening. A state told in the same words ("were deemed safe"), a status foretold (a
 * threat or a promise) and a happening told under the law are not classifications.
 */

/** The stance of `words` reported by a side with `verb`. */
function toldBySide(words: string, verb = 'said'): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
}

const fires: [string, Stance][] = [
  ['the Freedonian captives are considered citizens of Sylvania under its constitution', 'other'],
  ['the sailors are recognised as Sylvanian nationals under the law of the land', 'other'],
  ['all islanders, including those in the north, are considered residents', 'other'],
  ['the two deserters were classified as refugees', 'other'],
  ['Even if they are Freedonian soldiers, according to Article 3 of the Constitution of Sylvania, they are clearly our citizens', 'other'],
  ['under the charter, the islands are a free zone', 'other'],
];

const nearMisses: [string, Stance][] = [
  ['the crew and the ferry were deemed safe', 'confirms'],
  ['the two fishermen were considered missing', 'confirms'],
  ['such vessels will be considered legitimate targets', 'threatens'],
  ['under the law, the troops withdrew from Marsh City', 'confirms'],
  ['the captives were treated in a field hospital', 'confirms'],
  ['the convoy was registered at the border post on Monday', 'confirms'],
];

describe('a status given', () => {
  it.each(fires)('"%s" → %s', (words, stance) => {
    expect(toldBySide(words)).toBe(stance);
  });

  it.each(nearMisses)('near miss "%s" → %s', (words, stance) => {
    expect(toldBySide(words)).toBe(stance);
  });
});
