import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/**
 * Test categories: people who left and people harmed share their nouns, as a topic of an exodus lists
 * them; the topic's cues name neither wounds nor intensive care.
 */
const CATEGORIES: FigureCategory[] = [
  { id: 'evacuees', label: 'People who left', units: ['people', 'children', 'civilians'], cues: ['fled', 'arrived', 'evacuated', 'sheltered'] },
  { id: 'losses', label: 'Killed, wounded and missing', units: ['people', 'children', 'civilians', 'soldiers'], cues: ['killed', 'wounded', 'injured', 'hospitalized'] },
];

/** Each figure as [text, category]. */
function read(text: string): [string, string | null][] {
  return findFigures(text, CATEGORIES).map((m) => [m.text, m.category]);
}

describe('findFigures: harm told in words the topic’s cues do not list decides between the categories of a noun', () => {
  it.each([
    ['Two dozen ambulances brought 23 people with severe wounds to Marsh City.', [['23 people', 'losses']]],
    ['Ambulances from Sylvania carried 14 civilians with gunshot wounds across the border.', [['14 civilians', 'losses']]],
    ['At the moment, 10 children are in the intensive care unit of the Fredonburg clinic.', [['10 children', 'losses']]],
    ['Doctors said 12 children in serious condition were flown to Marsh City.', [['12 children', 'losses']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // No harm told: the first category that lists the noun, or nothing for a small count of anyone.
    ['At the moment, 10 children are in the care of their relatives in Fredonburg.', [['10 children', 'evacuees']]],
    ['Some 23 people with their belongings arrived in Marsh City.', [['Some 23 people', 'evacuees']]],
    ['The clinic sheltered 40 children who fled Fredonburg.', [['40 children', 'evacuees']]],
    ['Ambulances brought 23 people to Marsh City.', []],
  ])('keeps the category: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
