import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** Test categories, built here so the tests do not depend on one briefing's topic data. */
const CATEGORIES: FigureCategory[] = [
  { id: 'troops', label: 'Troops', units: ['troops', 'soldiers'], cues: ['sent', 'deployed'] },
  { id: 'casualties', label: 'Casualties', units: ['losses', 'dead', 'wounded'], cues: ['killed', 'died', 'wounded'] },
  { id: 'transits', label: 'Ships transiting', units: ['ships', 'vessels'], cues: ['transiting', 'passing through'] },
  { id: 'displaced', label: 'Displaced people', units: ['refugees', 'children'], cues: ['fled', 'displaced', 'housed'] },
];

/** Each figure as [text, category]. */
const read = (text: string) => findFigures(text, CATEGORIES).map((f) => [f.text, f.category]);

describe('findFigures: a bare number answers "the number of …" named earlier in its sentence', () => {
  it.each([
    ['Sylvania has not confirmed the number of its soldiers that died in Freedonia, though Ruritania estimates around 600.', [['around 600', 'casualties']]],
    ['Berg blamed the drop in the number of vessels passing through the strait to 1,362 last month.', [['1,362', 'transits']]],
    ['This would triple the total number of Sylvanian soldiers in Freedonia after an estimated 14,000 were sent last year.', [['an estimated 14,000', 'troops']]],
    ['The number of refugees who fled Marsh City is unknown, but Weiss put it at roughly 5,000.', [['roughly 5,000', 'displaced']]],
    // Must not fire: a number with no mark, one sized by "of", one with a noun after it, one in another
    // sentence or clause, or one that "the number of …" names nothing counted for.
    ['The number of soldiers sent is secret; Berg named 12 of them.', []],
    ['The number of refugees in Fredonburg, a town of about 5,000, has doubled.', []],
    ['The number of refugees has doubled, and about 40 of the camps are full.', []],
    ['Berg did not give the number of soldiers sent. About 300 arrived, Ruhl said.', []],
    ['The number of its guests in Marsh City, Berg said, reached a record, about 300 more.', []],
    ['The number of refugees is unknown; Marsh City has about 5,000.', []],
  ])('%j', (input, expected) => {
    expect(read(input)).toEqual(expected);
  });
});

describe('findFigures: a unit before the verb that sizes it', () => {
  it.each([
    // "which could number": a modal between the relative pronoun and its verb.
    ['Ruhl confirmed the presence of Sylvanian troops, which could number as many as 11,000, officials said.', [['as many as 11,000', 'troops']]],
    ['Ruhl confirmed the presence of Sylvanian troops, which may number about 2,000.', [['about 2,000', 'troops']]],
    // A participle of reaching right after its noun: "losses exceeding 4,000".
    ['Berg said 12,000 soldiers were deployed, with losses exceeding 4,000.', [['12,000 soldiers', 'troops'], ['4,000', 'casualties']]],
    ['Freedonian losses topping 900 were reported by Ruhl.', [['900', 'casualties']]],
    // Must not fire: a modal before a verb that sizes nothing, a participle after a noun no category lists.
    ['Ruhl confirmed the presence of Sylvanian troops, which could send 11,000 more.', []],
    ['Berg spoke of budgets exceeding 4,000 in Marsh City.', []],
  ])('%j', (input, expected) => {
    expect(read(input)).toEqual(expected);
  });
});

describe('findFigures: a list by place after a lead-in that counts nothing itemises the figure before', () => {
  it.each([
    [
      'Berg said 15,264 displaced children were enrolled in schools. The distribution is as follows: 4,736 in Fredonburg, 2,816 in Marsh City, 321 in Ruhl.',
      [['15,264 displaced children', 'displaced'], ['4,736', 'displaced'], ['2,816', 'displaced'], ['321', 'displaced']],
    ],
    ['Some 900 refugees were housed. By region: 600 in Fredonburg and 300 in Marsh City.', [['Some 900 refugees', 'displaced'], ['600', 'displaced'], ['300', 'displaced']]],
    // Must not fire: items with no place, a lead-in that holds a number of its own, or no figure in the sentence before.
    ['Some 900 refugees were housed. The distribution is as follows: 600, 200 and 100.', [['Some 900 refugees', 'displaced']]],
    ['Some 900 refugees were housed. On 12 May the split was: 600 in Fredonburg, 300 in Marsh City.', [['Some 900 refugees', 'displaced']]],
    ['Berg spoke of the schools. The distribution is as follows: 4,736 in Fredonburg, 2,816 in Marsh City.', []],
  ])('%j', (input, expected) => {
    expect(read(input)).toEqual(expected);
  });
});
