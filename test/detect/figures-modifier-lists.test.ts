import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** Test categories, built here so the tests do not depend on one briefing's topic data. */
const CATEGORIES: FigureCategory[] = [
  { id: 'displaced', label: 'Displaced', units: ['people', 'civilians', 'residents'], cues: ['evacuated', 'fled', 'evacuate'] },
  { id: 'casualties', label: 'Casualties', units: ['killed', 'wounded', 'missing'], cues: ['killed', 'wounded'] },
];

const read = (text: string) => findFigures(text, CATEGORIES).map((f) => f.text);

describe('findFigures: a list of modifiers parted by commas before its head noun', () => {
  it.each([
    ['The Ostmark agency evacuated over 100 elderly, sick, and disabled people from Fredonburg.', 'over 100 elderly, sick, and disabled people'],
    ['Medics helped evacuate 60 elderly, sick and disabled residents on Monday.', '60 elderly, sick and disabled residents'],
    ['Some 300 poor, hungry or homeless civilians fled Marsh City overnight.', 'Some 300 poor, hungry or homeless civilians'],
    ['Convoys evacuated 45 frail, elderly, sick and disabled Sylvanian residents.', '45 frail, elderly, sick and disabled Sylvanian residents'],
  ])('%s', (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it.each([
    // A head noun before the comma ends the count there.
    ['Medics said 3 killed, wounded and missing were counted.', '3 killed'],
    ['Minister Berg said 200 wounded, dozens of them critically, were evacuated.', '200 wounded'],
    ['The agency evacuated 60 wounded, sick or elderly civilians.', '60 wounded'],
    // A list that never closes with "and"/"or" before a head noun is no list of modifiers.
    ['Ruhl said 40 people fled, hungry, tired, afraid.', '40 people'],
  ])('%s', (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it.each([
    ['In Fredonburg, 15 elderly, frail, were evacuated overnight.'],
    ['The agency evacuated 12 elderly, the rest stayed in Marsh City.'],
  ])('finds no count in %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});
