import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** Test categories, built here so the tests do not depend on one briefing's topic data. */
const CATEGORIES: FigureCategory[] = [
  { id: 'crews', label: 'Crews', units: ['crew', 'crew members', 'sailors', 'hostages'], cues: ['held', 'hostage', 'rescued'] },
  { id: 'losses', label: 'Losses', units: ['dead', 'killed', 'civilians'], cues: ['killed', 'dead'] },
];

const read = (text: string) => findFigures(text, CATEGORIES).map((f) => [f.text, f.category]);

describe('findFigures: people among a group whose size is given are members of that group', () => {
  it.each([
    ['Seventeen Freedonians were among the 25 crew members taken hostage.', [['Seventeen Freedonians', 'crews'], ['25 crew members', 'crews']]],
    ['Nine Sylvanians were among the 21 crew.', [['Nine Sylvanians', 'crews'], ['21 crew', 'crews']]],
    ['Two Ruritanians are among the 25 hostages, Berg said.', [['Two Ruritanians', 'crews'], ['25 hostages', 'crews']]],
    ['Three Marshese were among the 1,200 civilians killed.', [['Three Marshese', 'losses'], ['1,200 civilians killed', 'losses']]],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // A group no category lists, a number that is no size of the group, and no "among" file nothing new.
    ['Two Freedonians were among the 300 passengers on the ferry.', [['300 passengers', null]]],
    ['Two Freedonians were among the first 25 to board the ship.', []],
    ['Seventeen Freedonians met the 25 crew members in Fredonburg.', [['25 crew members', 'crews']]],
    ['Nine Sylvanians were with the 21 crew.', [['21 crew', 'crews']]],
  ])('files nothing new: %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
