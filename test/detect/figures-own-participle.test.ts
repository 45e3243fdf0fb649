import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** Test categories, built here so the tests do not depend on one briefing's topic data: people flee, live somewhere or are killed; trucks are attacked or wait. */
const CATEGORIES: FigureCategory[] = [
  { id: 'fled', label: 'Fled', units: ['people', 'residents', 'refugees'], cues: ['fled', 'arrived', 'displaced'] },
  { id: 'living', label: 'Population', units: ['people', 'residents', 'inhabitants'], cues: ['living', 'remaining', 'residing'] },
  { id: 'killed', label: 'Killed', units: ['people', 'dead'], cues: ['killed'] },
  { id: 'raids', label: 'Trucks attacked', units: ['trucks'], cues: ['attacked', 'attacks'] },
  { id: 'queue', label: 'Trucks waiting', units: ['trucks'], cues: ['waiting', 'queued'] },
];

/** Each figure as [text, category]. */
function read(text: string): [string, string | null][] {
  return findFigures(text, CATEGORIES).map((m) => [m.text, m.category]);
}

describe("findFigures: people's own participle says what they are, over the cues of the sentence's other clauses", () => {
  it.each([
    ['Officials said 5,000 people arrived in Marsh City, out of the 100,000 people living in Sylvania.', [['5,000 people', 'fled'], ['100,000 people', 'living']]],
    ['The ministry said 2,000 residents had fled, of some 9,000 residents remaining in Fredonburg, and that more were displaced.', [['2,000 residents', 'fled'], ['some 9,000 residents', 'living']]],
    ['Aid reached the 40,000 people residing in the valley, the agency said, after 3,000 arrived last week.', [['40,000 people', 'living'], ['3,000', 'fled']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // The count's own clause goes on to a verb of its own, which tells what happened to them.
    ['The 100,000 people living in the enclave fled to Marsh City.', [['100,000 people', 'fled']]],
    ['About 9,000 people living in the valley have been displaced.', [['About 9,000 people', 'fled']]],
    // A verb the count is the object of comes first.
    ['Shelling killed 30 people living in the village, and 2,000 fled.', [['30 people', 'killed'], ['2,000', 'fled']]],
    // Things: an attack on them is what the sentence tells, whatever they were doing.
    ['Gunmen carried out attacks on 40 trucks waiting at the border.', [['40 trucks', 'raids']]],
    // No participle: the sentence's cues decide as before.
    ['Officials said 5,000 people arrived in Marsh City, out of the 100,000 people in Sylvania.', [['5,000 people', 'fled'], ['100,000 people', 'fled']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
