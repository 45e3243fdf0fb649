import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** Test categories: people who left and people harmed share their nouns, as a topic of an exodus lists them. */
const CATEGORIES: FigureCategory[] = [
  { id: 'evacuees', label: 'People who left', units: ['civilians', 'people', 'children', 'sailors'], cues: ['left', 'fled', 'evacuated'] },
  { id: 'losses', label: 'Killed, wounded and missing', units: ['civilians', 'people', 'children', 'soldiers'], cues: ['killed', 'wounded', 'dead', 'missing'] },
];

/** Each figure as [text, category]. */
function read(text: string): [string, string | null][] {
  return findFigures(text, CATEGORIES).map((m) => [m.text, m.category]);
}

describe('findFigures: the state people were left in, after an aside about them', () => {
  it.each([
    ['The shelling left nine civilians, including three children, dead.', [['nine civilians', 'losses'], ['three children', 'losses']]],
    ['The fighting left 200 soldiers and nine civilians, including three children, dead.', [['200 soldiers', 'losses'], ['nine civilians', 'losses'], ['three children', 'losses']]],
    ['The blast left 17 people, most of them civilians, dead.', [['17 people', 'losses']]],
    ['The raid left 12 civilians, among them four children, missing.', [['12 civilians', 'losses'], ['four children', 'losses']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // A word after the aside that is no state of theirs, or a clause that goes on past the state, tells nothing of them.
    ['Some 40 civilians, including nine children, left the town on Monday.', [['Some 40 civilians', 'evacuees'], ['nine children', 'evacuees']]],
    ['The convoy left with 30 civilians, including eight children, aboard.', [['30 civilians', 'evacuees'], ['eight children', 'evacuees']]],
    ['The last bus left with 50 people, most of them women, behind it.', [['50 people', 'evacuees']]],
    ['Rescuers evacuated 60 civilians, including ten children, from the dead zone.', [['60 civilians', 'evacuees'], ['ten children', 'evacuees']]],
  ])('keeps the category: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
