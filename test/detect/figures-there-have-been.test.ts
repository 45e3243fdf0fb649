import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** Test categories, built here so the tests do not depend on one briefing's topic data. */
const CATEGORIES: FigureCategory[] = [
  { id: 'attacks', label: 'Attacks on ships', units: ['attacks', 'attack'], cues: ['attacked'] },
  { id: 'strikes', label: 'Strikes', units: ['strikes', 'targets'], cues: ['struck'] },
];

/** Each figure as [text, unit, category]. */
function read(text: string): [string, string, string | null][] {
  return findFigures(text, CATEGORIES).map((m) => [m.text, m.unit, m.category]);
}

describe('findFigures: "there have been N" over a period counts the noun told last', () => {
  it.each([
    ['Ruritania warned that the attacks must stop. There have been 24 since Nov. 19, the Ostmark agency said.', [['24', 'attacks', 'attacks']]],
    ['Freedonian strikes went on; there have been 40 so far.', [['40', 'strikes', 'strikes']]],
    ['The strikes hit Marsh City again. There had been 12 to date, officials said.', [['12', 'strikes', 'strikes']]],
    // Near misses: no period after the number, no unit told before, or a unit told two sentences back.
    ['The attacks went on. There were 3 near the port.', []],
    ['There have been 24 since Nov. 19, officials said.', []],
    ['The attacks went on. Berg spoke. Ruhl left. There have been 24 since Nov. 19.', []],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
