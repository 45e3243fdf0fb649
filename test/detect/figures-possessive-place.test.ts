import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** Test categories, built here so the tests do not depend on one briefing's topic data: two list "people" and "Freedonians". */
const CATEGORIES: FigureCategory[] = [
  { id: 'displaced', label: 'Displaced', units: ['freedonians', 'people', 'families'], cues: ['fled', 'evacuated'] },
  { id: 'population', label: 'Population', units: ['freedonians', 'people', 'residents', 'population'], cues: ['live'] },
  { id: 'troops', label: 'Troops', units: ['soldiers', 'peacekeepers'], cues: ['deployed'] },
];

/** Each figure as [text, category]. */
function read(text: string): [string, string | null][] {
  return findFigures(text, CATEGORIES).map((m) => [m.text, m.category]);
}

describe('findFigures: "its" or "their" right after a place, or "there" after the count, names the people the place owns', () => {
  it.each([
    ['The fate of Marsh City, and its 80,000 Freedonians, is unclear.', [['80,000 Freedonians', 'population']]],
    ['The enclave and its 9,000 people were cut off for weeks.', [['9,000 people', 'population']]],
    ['Upper Marsh, and their 4,000 people, waited for news.', [['4,000 people', 'population']]],
    // What the clause tells of them still decides.
    ['The enclave and its 9,000 people fled within a week.', [['9,000 people', 'displaced']]],
    // An owner that is no place: as before, the first category listing the noun.
    ['The convoy and its 300 people waited at the border.', [['300 people', 'displaced']]],
    // A noun the population does not list keeps its category.
    ['The enclave and its 2,000 peacekeepers were cut off.', [['2,000 peacekeepers', 'troops']]],
    // "the N <people> there": those of the place just named.
    ['Food finally reached the 9,000 people there on Friday.', [['9,000 people', 'population']]],
    ['The 9,000 people there fled within a week.', [['9,000 people', 'displaced']]],
    // "its" with no place before it.
    ['The town lost its 300 families to the war.', [['300 families', 'displaced']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
