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

describe('findFigures: the verb a count is the object of, before a relative clause that describes it', () => {
  it.each([
    // What the verb did to them is what is counted; the relative clause says who they were.
    ['Shelling killed 12 civilians who were fleeing the town.', [['12 civilians', 'losses']]],
    ['The blast killed 20 people who had lined up to flee.', [['20 people', 'losses']]],
    ['Rescuers evacuated 300 people who had been wounded in the shelling.', [['300 people', 'evacuees']]],
    ['Pirates seized five tankers that had been rerouted.', [['five tankers', 'raids']]],
    // With no verb before the count, the relative clause and the clause's own verb still tell it.
    ['More than 5,000 refugees who fled the fighting are housed in schools.', [['More than 5,000 refugees', 'evacuees']]],
    ['The 40 civilians who were killed were buried on Monday.', [['40 civilians', 'losses']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
