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

describe('findFigures: a list of counts by place after the first count’s predicate', () => {
  it.each([
    // The first count's verb is read by its noun in "-ation"; the items after it count the same.
    ['1,305 are accommodated in Fredonburg, 700 in Marsh City, 147 in Ruhl.', [['1,305', 'displaced'], ['700', 'displaced'], ['147', 'displaced']]],
    ['Some 30 soldiers were killed in Fredonburg, two in Marsh City and one in Ruhl.', [['Some 30 soldiers', 'losses'], ['two', 'losses'], ['one', 'losses']]],
    ['Some 2,259 refugees were provided with accommodation in Fredonburg, 8,898 in Marsh City.', [['Some 2,259 refugees', 'displaced'], ['8,898', 'displaced']]],
    // Must not fire: an item after a clause with punctuation, a count with no place after it, or a verb no cue names.
    ['Some 30 soldiers were killed, the ministry said in Fredonburg, two in Marsh City.', [['Some 30 soldiers', 'losses']]],
    // (The last is no place item, but a clause beside the first, counting the same soldiers: `figures-parallel-clause.test.ts`.)
    ['Some 30 soldiers were killed in Fredonburg, two were wounded.', [['Some 30 soldiers', 'losses'], ['two', 'losses']]],
    ['1,305 are painted in Fredonburg, 700 in Marsh City.', []],
  ])('%j', (input, expected) => {
    expect(read(input)).toEqual(expected);
  });
});

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
