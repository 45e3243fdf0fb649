import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

const CATEGORIES: FigureCategory[] = [
  { id: 'sent', label: 'Troops sent', units: ['soldiers', 'troops'], cues: ['sent', 'deployed', 'arrived'] },
  { id: 'losses', label: 'Losses', units: ['casualties', 'dead'], cues: ['killed', 'wounded', 'injured', 'died'] },
  { id: 'boats', label: 'Boats seized', units: ['boats'], cues: ['seized', 'sunk'] },
];

const categories = (text: string) => findFigures(text, CATEGORIES).map((f) => [f.text, f.category]);

describe('people counted after ", including" take the predicate of a group with no number', () => {
  it.each([
    ['Many occupants were killed, including hundreds of Sylvanian soldiers.', [['hundreds of Sylvanian soldiers', 'losses']]],
    ['A significant number of attackers were wounded, including 40 Freedonian soldiers.', [['40 Freedonian soldiers', 'losses']]],
    ['Many of the attackers have died, including 12 Ruritanian troops.', [['12 Ruritanian troops', 'losses']]],
    ['Several units were deployed, including 300 Sylvanian soldiers.', [['300 Sylvanian soldiers', 'sent']]],
    // Near misses: no predicate before the comma, a noun that counts no people, or a clause after a full stop.
    ['Ruhl praised the army, including 300 Sylvanian soldiers.', [['300 Sylvanian soldiers', 'sent']]],
    ['Many vessels were sunk, including 12 boats.', [['12 boats', 'boats']]],
    ['Many occupants were killed. Freedonia sent hundreds of soldiers.', [['hundreds of soldiers', 'sent']]],
    ['Many occupants were killed, and Freedonia sent 300 soldiers.', [['300 soldiers', 'sent']]],
  ])('%j', (input, expected) => {
    expect(categories(input)).toEqual(expected);
  });
});
