import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** Test categories, built here so the tests do not depend on one briefing's topic data. */
const CATEGORIES: FigureCategory[] = [
  { id: 'raids', label: 'Raids on shipping', units: ['ships', 'vessels', 'tankers'], cues: ['raided', 'boarded', 'hit'] },
  { id: 'traffic', label: 'Ships rerouted', units: ['ships', 'vessels', 'tankers'], cues: ['rerouted', 'transited'] },
  { id: 'munitions', label: 'Munitions fired', units: ['rockets', 'drones', 'shells'], cues: ['fired', 'downed'] },
  { id: 'crews', label: 'Crews held', units: ['crew', 'sailors', 'crew members'], cues: ['held', 'detained'] },
  { id: 'evacuees', label: 'People evacuated', units: ['civilians', 'people', 'residents'], cues: ['evacuated', 'fled'] },
  { id: 'relief', label: 'Relief delivered', units: ['tons', 'tonnes of flour'], cues: ['delivered'] },
];

/** Each figure as [text, category]. */
function read(text: string): [string, string | null][] {
  return findFigures(text, CATEGORIES).map((m) => [m.text, m.category]);
}

describe('findFigures: a sign for "about" against the number', () => {
  it.each([
    ['Rescuers evacuated ~3,500 civilians from the valley.', [['~3,500 civilians', 'evacuees']]],
    ['Gunners fired ≈200 shells at the ridge.', [['≈200 shells', 'munitions']]],
    // A sign set apart is no part of the figure; a code or a measure with it is still no figure.
    ['Rescuers evacuated ~ 3,500 civilians.', [['3,500 civilians', 'evacuees']]],
    ['The depot file ~2024 was lost.', []],
    ['Temperatures of ~40 degrees slowed the convoy.', []],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('keeps the sign as the qualifier, as written', () => {
    expect(findFigures('Rescuers evacuated ~3,500 civilians.', CATEGORIES).map((m) => [m.value, m.qualifier])).toEqual([[3500, '~']]);
  });
});
