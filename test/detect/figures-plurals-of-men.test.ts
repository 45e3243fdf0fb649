import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import { looksPlural, singular } from '../../src/lib/detect/figures/plural.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** Test categories, built here so the tests do not depend on one briefing's topic data. */
const CATEGORIES: FigureCategory[] = [{ id: 'crews', label: 'Crews', units: ['crew', 'crew members', 'sailors'], cues: ['held', 'hostage', 'rescued'] }];

const read = (text: string) => findFigures(text, CATEGORIES).map((f) => [f.text, f.category]);

describe('findFigures: a compound of "men" is a plural, as "men" is', () => {
  it.each([
    ['Twelve crewmen were held hostage.', [['Twelve crewmen', 'crews']]],
    ['Seventeen Freedonian seamen were among the crew.', [['Seventeen Freedonian seamen', 'crews']]],
    ['Fourteen seamen were rescued off Marsh City.', [['Fourteen seamen', 'crews']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['seamen', 'seaman'],
    ['crewmen', 'crewman'],
    ['militiamen', 'militiaman'],
  ])('reads %s as the plural of %s', (plural, one) => {
    expect(singular(plural)).toBe(one);
    expect(looksPlural(plural)).toBe(true);
  });

  it.each(['specimen', 'regimen', 'abdomen', 'omen', 'amen', 'women'])('leaves %s as it was', (word) => {
    expect(singular(word)).toBe(word === 'women' ? 'woman' : word);
  });
});
