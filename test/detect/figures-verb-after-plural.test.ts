import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** Test categories, built here so the tests do not depend on one briefing's topic data. */
const CATEGORIES: FigureCategory[] = [
  { id: 'population', label: 'Population', units: ['freedonians', 'residents'], cues: ['live'] },
  { id: 'troops', label: 'Troops', units: ['troops', 'soldiers'], cues: ['deployed', 'sent'] },
];

/** Each figure as [text, category]. */
function read(text: string): [string, string | null][] {
  return findFigures(text, CATEGORIES).map((m) => [m.text, m.category]);
}

describe('findFigures: after a plural noun, a word in -s that is no unit is the verb, not the head of a compound', () => {
  it.each([
    // The verb agrees with a noun before the count; the count keeps its own noun.
    ['The fate of the valley and its 90,000 Freedonians hangs in the balance.', [['90,000 Freedonians', 'population']]],
    ['The future of its 4,000 residents depends on the talks.', [['4,000 residents', 'population']]],
    // A unit after a plural still heads the compound.
    ['About 2,000 special forces troops were sent.', [['About 2,000 special forces troops', 'troops']]],
    ['Some 300 Freedonians soldiers were deployed.', [['Some 300 Freedonians soldiers', 'troops']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
