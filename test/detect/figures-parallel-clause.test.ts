import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** Test categories: people who left, people harmed and soldiers sent, as a topic of a war lists them. */
const CATEGORIES: FigureCategory[] = [
  { id: 'evacuees', label: 'People who left', units: ['refugees', 'people'], cues: ['fled', 'evacuated', 'registered'] },
  { id: 'losses', label: 'Killed, wounded and missing', units: ['patients', 'wounded', 'soldiers'], cues: ['killed', 'wounded', 'injured'] },
  { id: 'troops', label: 'Troops', units: ['troops', 'soldiers'], cues: ['deployed', 'sent'] },
];

/** Each figure as [text, category]; a figure that counts a part of one told in an earlier paragraph as [text, 'earlier']. */
function read(text: string): [string, string | null][] {
  return findFigures(text, CATEGORIES).map((m) => [m.text, m.recountsEarlier ? 'earlier' : m.category]);
}

describe('findFigures: a bare number opening a clause beside the one before', () => {
  it.each([
    ['Helicopters flew out 96 patients, while 72 were taken to Marsh City by ambulance.', [['96 patients', 'losses'], ['72', 'losses']]],
    ['Helicopters flew out 96 patients, and 72 were taken to Marsh City by ambulance.', [['96 patients', 'losses'], ['72', 'losses']]],
    ['Some 1,200 refugees asked to be moved to Fredonburg, 980 have been provided with housing.', [['Some 1,200 refugees', 'evacuees'], ['980', 'evacuees']]],
    ['Sylvania has deployed 2,000 troops, whereas 300 are still stationed in Ruritania.', [['2,000 troops', 'troops'], ['300', 'troops']]],
    // The clause's own predicate still says what befell those it counts.
    ['Sylvania has deployed 2,000 troops, while 40 were killed in the first week.', [['2,000 troops', 'troops'], ['40', 'losses']]],
    // A part of a count told in the paragraph before, and the clause beside it.
    ['As many as 118 of them said they want to move to Marsh City, 98 have been provided with housing.', [['As many as 118', 'earlier'], ['98', 'earlier']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // A year, a number before a copula and a noun, a number before a verb of saying, or no figure before it.
    ['The ministry counted 96 patients in Marsh City, while 2023 was a quiet year.', [['96 patients', 'losses']]],
    ['Officials registered 960 refugees, while 12 is the age limit for the camp.', [['960 refugees', 'evacuees']]],
    ['Officials registered 960 refugees on Monday, 12 said they would stay in Fredonburg.', [['960 refugees', 'evacuees']]],
    ['Officials said on Monday, 12 were taken to Marsh City by bus.', []],
    ['The convoy reached Fredonburg at noon, while 12 buses were waiting at the border.', []],
    ['Fredonburg took in 600 refugees, while 40 per cent were housed in schools.', [['600 refugees', 'evacuees']]],
  ])('no part of the figure before: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
