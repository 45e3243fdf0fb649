import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** Test categories, built here so the tests do not depend on one briefing's topic data. */
const CATEGORIES: FigureCategory[] = [
  { id: 'casualties', label: 'Casualties', units: ['killed', 'wounded', 'injured', 'dead'], cues: ['killed', 'wounded', 'injured'] },
  { id: 'displaced', label: 'Displaced', units: ['refugees'], cues: ['fled', 'arrived'] },
];

const read = (text: string) => findFigures(text, CATEGORIES).map((f) => [f.text, f.category]);

describe('findFigures: a count of "others" whose auxiliary is left out after a clause that had its own', () => {
  it.each([
    ['Two of them were killed and three others seriously injured, Minister Berg said.', ['three others', 'casualties']],
    ['The Ostmark agency said two of its nationals had been killed and two others “seriously injured”.', ['two others', 'casualties']],
    ['Four of them were killed and six others critically injured in Fredonburg.', ['six others', 'casualties']],
    ['Five of them had been killed and nine others badly injured, Ruhl said.', ['nine others', 'casualties']],
    ['Two of its citizens were killed in the Marsh City blast and four others “badly injured”.', ['four others', 'casualties']],
  ])('%s', (text, expected) => {
    expect(read(text)).toContainEqual(expected);
  });

  it.each([
    // The clause before ends with no participle of its own: nothing was left out.
    ['Minister Weiss met two of them and three others injured in Marsh City.'],
    // A verb in the active, no passive, in the clause before.
    ['Two of them killed a guard in Fredonburg and three others seriously injured.'],
    // No participle after "others".
    ['Two of them were killed and three others in Fredonburg, Berg said.'],
    // A noun after the adverb, not a participle.
    ['Two of them were killed and three others nearly children, Berg said.'],
    // "others" not joined by "and".
    ['Two of them were killed, three others seriously injured, Berg said.'],
  ])('leaves out the others of %s', (text) => {
    expect(read(text).filter(([t]) => (t ?? '').endsWith('others'))).toEqual([]);
  });
});
