import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

const REFUGEES: FigureCategory[] = [{ id: 'fled', label: 'Fled', units: ['people', 'refugees'], cues: ['fled', 'arrived', 'resettled'] }];

/**
 * How many a thing suffices for ("enough resources to resettle about 40,000 refugees", "medicines which
 * will cover three months of treatment for up to 50,000 people") is a capacity, no count of anyone who
 * came or was helped (corpus README). People counted beside such words still count.
 */
describe('findFigures: how many a thing suffices for is no count', () => {
  it.each<[string, string[]]>([
    ['Freedonia only has enough resources to resettle about 40,000 refugees.', []],
    ['The agency has sufficient tents for 5,000 refugees.', []],
    ['It is sending medicines which will cover three months of treatment for up to 50,000 people.', []],
    ['The convoy carried enough food to feed 12,000 people for a week.', []],
    // Near misses: people who fled, resettled or were sheltered, with no word of sufficing before them.
    ['Some 40,000 refugees fled, and there is not enough food.', ['Some 40,000 refugees']],
    ['Freedonia has resettled about 40,000 refugees.', ['about 40,000 refugees']],
    ['The report covers the 40,000 refugees who fled Marsh City.', ['40,000 refugees']],
    ['Enough is enough, said the 3,000 refugees who fled.', ['3,000 refugees']],
  ])('%s', (input, expected) => {
    expect(findFigures(input, REFUGEES).map((m) => m.text)).toEqual(expected);
  });
});
