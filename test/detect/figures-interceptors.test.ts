import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** Test categories, built here so the tests do not depend on one briefing's topic data. */
const CATEGORIES: FigureCategory[] = [{ id: 'barrages', label: 'Missiles and drones fired', units: ['missiles', 'rockets', 'drones'], cues: ['fired', 'launched'] }];

/** A topic that counts the interceptors themselves. */
const INTERCEPTORS: FigureCategory[] = [...CATEGORIES, { id: 'defence', label: 'Interceptors used', units: ['interceptor missiles'], cues: ['intercepted'] }];

/** Each figure as [text, category]. */
function read(text: string, categories: FigureCategory[] = CATEGORIES): [string, string | null][] {
  return findFigures(text, categories).map((m) => [m.text, m.category]);
}

describe('findFigures: interceptors fired in defence are no count of the weapons they stop', () => {
  it.each([
    ['The frigate fired 16 interceptor missiles to protect the convoy.', CATEGORIES, []],
    ['Crews launched 40 interceptor drones overnight.', CATEGORIES, []],
    // The weapons they stop are counted as before.
    ['The militia fired 16 missiles and 30 drones at the port.', CATEGORIES, [['16 missiles', 'barrages'], ['30 drones', 'barrages']]],
    ['Interceptors downed 12 rockets over the city.', CATEGORIES, [['12 rockets', 'barrages']]],
    // A topic that lists interceptors counts them.
    ['The frigate fired 16 interceptor missiles to protect the convoy.', INTERCEPTORS, [['16 interceptor missiles', 'defence']]],
  ])('%s', (text, categories, expected) => {
    expect(read(text, categories)).toEqual(expected);
  });
});
