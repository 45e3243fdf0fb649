import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** Test categories, built here so the tests do not depend on one briefing's topic data. */
const CATEGORIES: FigureCategory[] = [
  { id: 'attacks', label: 'Attacks on shipping', units: ['ships', 'vessels', 'attacks'], cues: ['attacked', 'targeted', 'struck'] },
  { id: 'traffic', label: 'Ships diverted', units: ['ships', 'vessels'], cues: ['diverted', 'rerouted'] },
  { id: 'projectiles', label: 'Drones and missiles', units: ['drones', 'missiles'], cues: ['shot down', 'launched'] },
];

/** Each figure found as "text: category". */
function read(text: string): string[] {
  return findFigures(text, CATEGORIES).map((m) => `${m.text}: ${m.category}`);
}

describe('findFigures: warships a verb of attack takes as its object are ships attacked', () => {
  it.each([
    ['The militia tried to target two Freedonian destroyers on Friday.', ['two Freedonian destroyers: attacks']],
    ['The rebels said they had attacked three warships in the Marsh Strait.', ['three warships: attacks']],
    ['Berg claimed that his forces targeted two Sylvanian warships, giving no details.', ['two Sylvanian warships: attacks']],
    ['The missiles struck the two frigates off Fredonburg.', ['two frigates: attacks']],
    ['The drones were launched to hit at least three warships in the gulf.', ['at least three warships: attacks']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // Warships taking part, acting or escorting, and a verb of attack elsewhere in the sentence, count nothing.
    ['The navy deployed three warships to counter attacks on shipping.', []],
    ['Two destroyers shot down 14 drones launched at merchant ships.', ['14 drones: projectiles']],
    ['The frigate and two destroyers escorted four ships targeted by the rebels.', ['four ships: attacks']],
    ['Ruritania sent two warships after the rebels attacked the port.', []],
    ['The rebels attacked the port, and three warships arrived the next day.', []],
  ])('counts nothing of them: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
