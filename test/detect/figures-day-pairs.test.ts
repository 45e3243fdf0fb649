import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** Test categories, built here so the tests do not depend on one briefing's topic data. */
const CATEGORIES: FigureCategory[] = [
  { id: 'losses', label: 'Killed and wounded', units: ['soldiers', 'people', 'killed'], cues: ['killed', 'wounded'] },
  { id: 'fled', label: 'Fled', units: ['people', 'residents'], cues: ['displaced', 'fled'] },
];

/** The text of each figure found. */
function read(text: string): string[] {
  return findFigures(text, CATEGORIES).map((m) => m.text);
}

describe('findFigures: the other day of a pair written with one month is a date', () => {
  it.each([
    ['The offensive between September 19 and 20 displaced more than 9,000 people.', ['more than 9,000 people']],
    ['The shelling of Sept. 21-22 killed 50 soldiers.', ['50 soldiers']],
    ['The raids of March 3 to 5 killed 40 soldiers.', ['40 soldiers']],
    ['The fighting on 19 and 20 September killed 30 soldiers.', ['30 soldiers']],
    ['The strikes of October 4 – 6 displaced 2,000 residents.', ['2,000 residents']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // A count after a comma, a number larger than a day, an earlier number and no month stay counts.
    ['On September 19, 20 soldiers were killed.', ['20 soldiers']],
    ['By September 19 and 40 more days, 35 soldiers had been killed.', ['35 soldiers']],
    ['Between 19 and 20 soldiers were killed on Tuesday.', ['Between 19 and 20 soldiers']],
    ['In September, 12 and 15 people fled two villages.', ['12', '15 people']],
    ['On September 20 and 19 people fled the town.', ['19 people']],
  ])('still counts: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
