import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** Ships attacked or sailing, missiles fired ("headed" toward a ship), and the people killed. */
const CATEGORIES: FigureCategory[] = [
  { id: 'attacks', label: 'Ships attacked', units: ['ships', 'tankers'], cues: ['attacked', 'hit'] },
  { id: 'missiles', label: 'Missiles fired', units: ['missiles', 'drones'], cues: ['fired', 'headed', 'shot down'] },
  { id: 'traffic', label: 'Ships sailing', units: ['ships', 'tankers'], cues: ['diverted', 'halted'] },
  { id: 'losses', label: 'Losses', units: ['sailors', 'dead'], cues: ['killed', 'wounded'] },
];

const read = (text: string) => findFigures(text, CATEGORIES).map((f) => [f.text, f.category]);

describe('findFigures: a part of a counted whole of things counts what the whole counts', () => {
  it.each([
    // The predicate's cue names a category that does not count the whole's noun: the part keeps the whole's.
    ['Three of the five Freedonian tankers had been heading to Sylvania.', 'Three', 'traffic'],
    ['Two of the six ships were heading to Marsh City, but turned back.', 'Two', 'traffic'],
    ['Five of the eight ships had been heading to Fredonburg before the storm.', 'Five', 'traffic'],
  ])('%j', (text, figure, category) => {
    const figures = read(text);
    expect(figures.find(([t]) => t === figure)?.[1]).toBe(category);
  });

  it.each([
    // The predicate names a category that counts the noun: it decides.
    ['Three of the five tankers were attacked off the coast.', 'Three', 'attacks'],
    ['Two of the six ships were hit by missiles.', 'Two', 'attacks'],
    // A part of missiles, and a part of people, take what the predicate tells.
    ['Three of the five missiles were shot down.', 'Three', 'missiles'],
    ['Two of the 30 sailors were killed.', 'Two', 'losses'],
  ])('follows the predicate: %j', (text, figure, category) => {
    const figures = read(text);
    expect(figures.find(([t]) => t === figure)?.[1]).toBe(category);
  });
});
