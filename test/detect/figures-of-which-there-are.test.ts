import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** Test categories, built here so the tests do not depend on one briefing's topic data. */
const CATEGORIES: FigureCategory[] = [
  { id: 'troops', label: 'Troops', units: ['monitors', 'soldiers'], cues: ['deployed'] },
  { id: 'fled', label: 'Fled', units: ['refugees'], cues: ['fled'] },
];

/** Each figure as [text, value, unit, category]. */
function read(text: string): [string, number | null, string | null, string | null][] {
  return findFigures(text, CATEGORIES).map((m) => [m.text, m.value, m.unit, m.category]);
}

describe('findFigures: "of which/whom there are N" counts the plural unit noun before it', () => {
  it.each([
    ['The monitors - of which there are 300 along the line - reported calm.', [['300', 300, 'monitors', 'troops']]],
    ['Freedonian soldiers, of whom there were about 4,000, stayed in their barracks.', [['about 4,000', 4000, 'soldiers', 'troops']]],
    ['Aid reached the refugees (of which there are 12,000 in the camp).', [['12,000', 12000, 'refugees', 'fled']]],
    // Must not: a noun no category lists, or years.
    ['The valley has many villages, of which there are 30.', []],
    ['Decades of war, of which there were 30, left their mark.', []],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
