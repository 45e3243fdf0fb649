import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** Test categories, built here so the tests do not depend on one briefing's topic data: "tarkans" are the people of Tarkan, named as their land is. */
const CATEGORIES: FigureCategory[] = [
  { id: 'displaced', label: 'Displaced', units: ['refugees', 'people'], cues: ['fled', 'displaced'] },
  { id: 'killed', label: 'Killed', units: ['people', 'dead'], cues: ['killed', 'dead'] },
  { id: 'population', label: 'Population', units: ['residents', 'tarkans'], cues: ['live'] },
  { id: 'drones', label: 'Drones', units: ['drones'], cues: ['shot down'] },
];

/** Each figure as [text, category]. */
function read(text: string): [string, string | null][] {
  return findFigures(text, CATEGORIES).map((m) => [m.text, m.category]);
}

describe('findFigures: the capitalised singular of a demonym the topic lists is the place, not a unit', () => {
  it.each([
    // The place's name after a count is no noun of it: the count is of those who fled.
    ['Thousands fled Tarkan after the shelling.', [['Thousands', 'displaced']]],
    // Nor is it a label before a colon: the count keeps its own noun.
    ['Upper Tarkan: 40 people confirmed dead in depot blast', [['40 people', 'killed']]],
    // The demonym itself, in the plural, is still the unit.
    ['How many of the 90,000 Tarkans will stay?', [['90,000 Tarkans', 'population']]],
    ['About 90,000 Tarkans live there.', [['About 90,000 Tarkans', 'population']]],
    // A unit written in the plural keeps its singular after a number or an article, as in a title-case headline.
    ['Destroyer Downs 1 Drone Over Gulf', [['1 Drone', 'drones']]],
    ['Destroyer Downs 14 Drones Over Gulf', [['14 Drones', 'drones']]],
    // Lower case: not a name.
    ['Only 120 residents remain.', [['120 residents', 'population']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
