import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** Test categories, built here so the tests do not depend on one briefing's topic data. */
const CATEGORIES: FigureCategory[] = [
  { id: 'fled', label: 'Fled', units: ['people', 'refugees'], cues: ['fled', 'fleeing', 'flee', 'arrived'] },
  { id: 'losses', label: 'Killed and wounded', units: ['people', 'killed'], cues: ['killed', 'died'] },
  { id: 'population', label: 'Population', units: ['residents'], cues: ['population', 'live'] },
];

/** Each figure found, as its text, unit and category. */
const read = (text: string) => findFigures(text, CATEGORIES).map((f) => [f.text, f.unit, f.category]);

describe('findFigures: a vague amount "by the thousands" or "in their thousands" counts those who did what its verb says', () => {
  it.each([
    // The verb's cue decides, not a noun of another category before it ("population").
    ['Taken over by Sylvania, its population is fleeing by the thousands to Ruritania.', [['thousands', '', 'fled']]],
    ['The refugees were forced to flee their land and their homes in their tens of thousands.', [['tens of thousands', '', 'fled']]],
    ['Residents of Marsh City fled in their thousands.', [['thousands', '', 'fled']]],
    ['Civilians died by the hundreds during the siege of Fredonburg.', [['hundreds', '', 'losses']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // A noun after the amount, no cue in its clause, "in the" and a cue in another clause stay as they were.
    ['Aid arrived by the thousands of tonnes in Marsh City.', []],
    ['Letters of support came in their thousands.', []],
    ['The protesters marched by the thousands through Fredonburg.', []],
    ['After the people fled, volunteers came in their hundreds.', []],
  ])('not a count of the verb: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
