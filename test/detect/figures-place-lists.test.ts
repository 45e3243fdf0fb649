import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** A topic that lists the act's noun ("accommodation") rather than its verb, as topics often do. */
const CATEGORIES: FigureCategory[] = [
  { id: 'displaced', label: 'Displaced people', units: ['refugees', 'people'], cues: ['fled', 'accommodation'] },
  { id: 'losses', label: 'Losses', units: ['soldiers', 'dead'], cues: ['killed'] },
  { id: 'residents', label: 'Residents', units: ['residents'], cues: ['live'] },
];

const read = (text: string) => findFigures(text, CATEGORIES).map((f) => [f.text, f.category]);

describe('findFigures: a part of a group opened with "Out of"', () => {
  it.each([
    // The part takes the group's category where its own predicate names none.
    ['Out of 2,000 refugees, 700 were housed in hotels.', [['2,000 refugees', 'displaced'], ['700', 'displaced']]],
    ['Out of the 4,000 soldiers, 300 were Ostmark officers.', [['4,000 soldiers', 'losses'], ['300', 'losses']]],
    // Must not fire: "out of" that opens no group of the sentence.
    ['Marsh City ran out of fuel, 700 said.', []],
  ])('%j', (input, expected) => {
    expect(read(input)).toEqual(expected);
  });
});
