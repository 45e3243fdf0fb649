import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** Test categories, built here so the tests do not depend on one briefing's topic data. */
const CATEGORIES: FigureCategory[] = [{ id: 'losses', label: 'Killed and wounded', units: ['children', 'civilians', 'people'], cues: ['killed', 'wounded'] }];

/** The text of each figure found. */
function read(text: string): string[] {
  return findFigures(text, CATEGORIES).map((m) => m.text);
}

describe('findFigures: a number set off by commas after a name is an age', () => {
  it.each([
    ['The shelling killed two of his children: Karl, 8, and Lena, 10.', ['two of his children']],
    ['Two civilians, Anna Berg, 67, and her husband Karl, 70, were killed.', ['Two civilians']],
    ['Three civilians were wounded, among them a boy named Otto, 12.', ['Three civilians']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // A number a word follows, after a weekday, or too large for an age is still a count.
    ['In Marsh City, 30 people were killed and 12 were wounded.', ['30 people', '12']],
    ['The shelling killed 40 civilians in Marsh City, 130 in Fredonburg, and 12 in Ruhl.', ['40 civilians', '130', '12']],
    ['The ministry said on Tuesday, 40 civilians were killed.', ['40 civilians']],
  ])('still counts: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
