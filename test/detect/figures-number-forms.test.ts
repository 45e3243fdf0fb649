import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/**
 * How the detector reads a number's own form: a sign for "about", a measure after it, a headline in
 * title case. Test categories, built here so the tests do not depend on one briefing's topic data.
 */
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

describe('findFigures: a measure after "<unit> of N" is no size of that unit', () => {
  it.each([
    // A length, a tonnage or a capacity in containers after the number: nothing is counted.
    ['A tanker of 250 metres was raided off the cape.', []],
    ['Two vessels of 14,000 teu were rerouted around the cape.', [['Two vessels', 'traffic']]],
    ['A ship of 45,000 tonnes was hit by a drone.', []],
    ['A tanker of 80,000 dwt was boarded at dawn.', []],
    ['The convoy of ships sailed at 14 knots past the strait.', []],
    // The other end of a range carries the measure: "of 5,000 - 6,000 teu".
    ['Three ships of 5,000 - 6,000 teu were rerouted.', [['Three ships', 'traffic']]],
    ['Vessels of 200 to 300 metres were boarded.', []],
    // A group's size is still read when no measure follows.
    ['A crew of 21 was held in the port.', [['21', 'crews']]],
    ['A crew of 21 sailors was held in the port.', [['21 sailors', 'crews']]],
    // A unit of the topic after "of" is still a count of it.
    ['A convoy of 40 tons of flour was delivered.', [['40 tons', 'relief']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('findFigures: counts of part of a group that opens the sentence, past measures', () => {
  it.each([
    // Sizes listed among the group's members are no part of it; the members counted with their own noun are.
    ['Among the vessels rerouted are two units of 4,000 teu, three ships of 8,000 - 9,000 teu and one unit of 20,000 teu.', [['three ships', 'traffic']]],
    // Bare parts of the group are still read, "one" among them.
    ['Among the sailors held, 14 were cadets and one was the captain.', [['14', 'crews'], ['one', 'crews']]],
    ['Of the civilians evacuated, 40 were children, one of them a newborn.', [['40', 'evacuees'], ['one', 'evacuees']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

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

describe('findFigures: four digits in a part and its whole', () => {
  it.each([
    // A part of a numbered whole, and the whole after a numbered part, are counts, not years.
    ['Registration of 2100 of the 2906 civilians evacuated is complete.', [['2100', 'evacuees'], ['2906 civilians', 'evacuees']]],
    ['Officials said 1500 out of 2100 civilians were evacuated.', [['1500', 'evacuees'], ['2100 civilians', 'evacuees']]],
    // Must not fire: a year after a preposition of time, or after an "of" no numbered part stands before.
    ['In 2020 of the 120,000 civilians, many fled.', [['120,000 civilians', 'evacuees']]],
    ['The census of 2015 counted 145,000 residents who fled.', [['145,000 residents', 'evacuees']]],
    ['Since 2014, 200 civilians have fled.', [['200 civilians', 'evacuees']]],
  ])('%j', (input, expected) => {
    expect(read(input)).toEqual(expected);
  });
});
