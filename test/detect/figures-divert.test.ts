import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** Test categories, built here so the tests do not depend on one briefing's topic data. */
const CATEGORIES: FigureCategory[] = [
  { id: 'evacuees', label: 'People who fled', units: ['civilians', 'people', 'refugees'], cues: ['fled', 'fleeing', 'flee', 'evacuated'] },
  { id: 'losses', label: 'Killed and wounded', units: ['civilians', 'people', 'soldiers'], cues: ['killed', 'wounded'] },
  { id: 'raids', label: 'Raids on ships', units: ['ships', 'tankers'], cues: ['raided', 'seized'] },
  { id: 'traffic', label: 'Ships rerouted', units: ['ships', 'tankers'], cues: ['rerouted', 'diverted'] },
];

/** Each figure as [text, category]. */
function read(text: string): [string, string | null][] {
  return findFigures(text, CATEGORIES).map((m) => [m.text, m.category]);
}

describe('findFigures: "divert" in the present or the infinitive is a diversion', () => {
  it.each([
    ['Insurers say 20 tankers will divert around the cape.', [['20 tankers', 'traffic']]],
    ['Owners expect 15 ships to divert this week.', [['15 ships', 'traffic']]],
    ['Brokers expect about 30 ships to reroute via the cape.', [['about 30 ships', 'traffic']]],
    // The word in another sense, or of ships the sentence says were raided, moves nothing.
    ['The raids divert attention from the 40 ships raided in May.', [['40 ships', 'raids']]],
    ['Pirates raided five ships that tried to divert.', [['five ships', 'raids']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
