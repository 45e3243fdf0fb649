import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** Test categories, built here so the tests do not depend on one briefing's topic data. */
const CATEGORIES: FigureCategory[] = [
  { id: 'attacks', label: 'Attacks on ships', units: ['attacks', 'attack', 'tankers', 'ships'], cues: ['attacked', 'struck'] },
  { id: 'weapons', label: 'Missiles and drones', units: ['missiles', 'cruise missiles', 'drones', 'attack drones'], cues: ['fired', 'destroyed'] },
];

/** Each figure as [text, category]. */
function read(text: string): [string, string | null][] {
  return findFigures(text, CATEGORIES).map((m) => [m.text, m.category]);
}

describe('findFigures: a singular unit word modifies a singular unit two words on', () => {
  it.each([
    // The count of one names the weapon at the end of the compound, past a word that is no unit.
    ['Freedonian forces destroyed one land attack cruise missile.', [['one land attack cruise missile', 'weapons']]],
    ['Freedonian forces destroyed one mobile land attack cruise missile (LACM).', [['one mobile land attack cruise missile', 'weapons']]],
    ['The navy said one attack cruise missile was fired at Marsh City.', [['one attack cruise missile', 'weapons']]],
    // Near misses: the word between is the clause's verb, or a unit itself, and the count keeps its first noun.
    ['The Ostmark agency said one missile struck tanker Fredonburg Star.', [['one missile', 'weapons']]],
    ['The Ostmark agency said one drone targeting tanker Fredonburg Star was destroyed.', [['one drone', 'weapons']]],
    ['Officials said one attack damaged tanker Marsh Star.', [['one attack', 'attacks']]],
    ['Officials said one attack drone struck tanker Marsh Star.', [['one attack drone', 'weapons']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
