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

describe('findFigures: a headline set in title case', () => {
  it.each([
    // Every word is capitalised, so a capitalised verb before the number names nothing.
    ['Navy Frigate Downs 12 Drones Over the Strait', [['12 Drones', 'munitions']]],
    ['Rebels Say They Fired 30 Rockets at Tankers', [['30 Rockets', 'munitions']]],
    ['Coast Guard Evacuates 400 Residents From Flooded Island', [['400 Residents', 'evacuees']]],
    // In running text a capitalised word before the number still names it: a model, a route.
    ['The navy flies Falke 57 drones over the strait.', []],
    ['Trucks on Route 66 carried 40 tons of flour that was delivered.', [['40 tons', 'relief']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
