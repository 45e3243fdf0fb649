import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

const CATEGORIES: FigureCategory[] = [
  { id: 'sailors', label: 'Sailors sent', units: ['sailors', 'troops'], cues: ['sent', 'deployed', 'deployment'] },
  { id: 'losses', label: 'Losses', units: ['casualties', 'dead'], cues: ['killed', 'wounded', 'died', 'losses'] },
];

const categories = (text: string) => findFigures(text, CATEGORIES).map((f) => [f.text, f.category]);

describe('findFigures: a count that opens the clause a participle of saying reports', () => {
  it.each([
    // The count is the subject of the reported clause: its own verb tells what happened to it.
    ['The deployment went on, with estimates suggesting over 1,000 sailors have been killed.', [['over 1,000 sailors', 'losses']]],
    ['With officials saying 300 sailors were killed, the deployment continued.', [['300 sailors', 'losses']]],
    ['Reports indicating 300 sailors have died prompted anger.', [['300 sailors', 'losses']]],
    ['Officials, believing 300 sailors were wounded during the deployment, asked for more.', [['300 sailors', 'losses']]],
    // Must not fire: the count is the object of a participle of carrying, or of one of showing whose
    // verb after it a plural does not take; the verb after it is the noun's before.
    ['Trucks carrying 300 sailors were destroyed.', [['300 sailors', 'sailors']]],
    ['Boats ferrying 300 sailors were struck, and many were wounded.', [['300 sailors', 'sailors']]],
    ['A video showing 30 sailors was filmed among the wounded.', [['30 sailors', 'sailors']]],
    ['A report showing 300 sailors has been read by the families of the dead.', [['300 sailors', 'sailors']]],
  ])('%j', (input, expected) => {
    expect(categories(input)).toEqual(expected);
  });
});
