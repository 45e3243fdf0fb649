import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

const CATEGORIES: FigureCategory[] = [
  { id: 'missiles', label: 'Missiles fired', units: ['missiles', 'drones'], cues: ['fired', 'launched', 'shot down'] },
  { id: 'troops', label: 'Troops sent', units: ['soldiers', 'troops'], cues: ['sent', 'deployed'] },
];

const read = (text: string) => findFigures(text, CATEGORIES).map((f) => [f.text, f.value, f.category]);

describe('findFigures: a bare number that is the subject of an absolute clause after a count ("with two not reaching the sea")', () => {
  it.each([
    // "with" N and a verb in -ing (past "not" or "being"): a part of what the count before counts, "one" too.
    ['Three missiles were launched at the tanker, with two not reaching the sea.', [['Three missiles', 3, 'missiles'], ['two', 2, 'missiles']]],
    ['Sylvania fired five drones with one landing near Marsh City.', [['five drones', 5, 'missiles'], ['one', 1, 'missiles']]],
    ['Freedonia deployed 300 soldiers, with 120 being stationed in Fredonburg.', [['300 soldiers', 300, 'troops'], ['120', 120, 'troops']]],
    // Must not fire: a verb of saying picks out a speaker; no count stands before; a noun of its own;
    // a number that is no subject of a verb in -ing.
    ['Freedonia deployed 300 soldiers, with one noting that the port was calm.', [['300 soldiers', 300, 'troops']]],
    ['The talks ended with two delegates leaving early.', []],
    ['Freedonia deployed 300 soldiers with 2 in reserve.', [['300 soldiers', 300, 'troops']]],
    ['Sylvania fired five drones with 12 kilograms of explosives each.', [['five drones', 5, 'missiles']]],
  ])('%j', (input, expected) => {
    expect(read(input)).toEqual(expected);
  });
});
