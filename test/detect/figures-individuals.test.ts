import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** Test categories, built here so the tests do not depend on one briefing's topic data. */
const CATEGORIES: FigureCategory[] = [
  { id: 'killed', label: 'Killed', units: ['people', 'dead'], cues: ['killed'] },
  { id: 'fled', label: 'Fled', units: ['people', 'refugees'], cues: ['fled'] },
];

/** A topic that lists "individuals" itself, in a category of its own. */
const OWN: FigureCategory[] = [...CATEGORIES, { id: 'named', label: 'Named', units: ['individuals'], cues: ['sanctioned'] }];

/** Each figure as [text, category]. */
function read(text: string, categories: FigureCategory[] = CATEGORIES): [string, string | null][] {
  return findFigures(text, categories).map((m) => [m.text, m.category]);
}

describe('findFigures: "individuals" are people, where a topic lists "people" and not them', () => {
  it.each([
    ['At least 40 individuals were killed in the raid.', CATEGORIES, [['At least 40 individuals', 'killed']]],
    ['Some 2,000 individuals fled the valley overnight.', CATEGORIES, [['Some 2,000 individuals', 'fled']]],
    // A topic that lists the word keeps it where it lists it.
    ['The bank sanctioned 40 individuals.', OWN, [['40 individuals', 'named']]],
    // A topic with no word for people counts none.
    ['At least 40 individuals were killed in the raid.', [{ id: 'ships', label: 'Ships', units: ['ships'], cues: ['hit'] }], []],
  ])('%s', (text, categories, expected) => {
    expect(read(text, categories)).toEqual(expected);
  });
});
