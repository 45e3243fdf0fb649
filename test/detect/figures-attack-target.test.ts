import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** Test categories, built here so the tests do not depend on one briefing's topic data: convoys attacked, rockets fired. */
const CATEGORIES: FigureCategory[] = [
  { id: 'raids', label: 'Attacks on convoys', units: ['attacks', 'incidents', 'convoys', 'trucks'], cues: ['attacked', 'ambushed'] },
  { id: 'rockets', label: 'Rockets and drones fired', units: ['rockets', 'drones'], cues: ['fired', 'launched'] },
  { id: 'killed', label: 'Killed', units: ['people', 'dead'], cues: ['killed'] },
];

/** Each figure as [text, category]. */
function read(text: string): [string, string | null][] {
  return findFigures(text, CATEGORIES).map((m) => [m.text, m.category]);
}

describe('findFigures: attacks aimed at no craft their category counts are not filed there', () => {
  it.each([
    // Aimed at a force, an installation or a country: no attack on a convoy, so no figure of that category.
    ['Militias have carried out at least 12 attacks on Freedonian forces since May.', []],
    ['Gunmen launched more than 150 attacks on army bases across the north.', []],
    ['The rebels claimed nine attacks against Ruritania last month.', []],
    ['There were four incidents at the embassy in Marsh City.', []],
    // Aimed at a body of people: its members, not a convoy.
    ['The ministry said its forces have conducted five attacks against the militant group this week.', []],
    ['Sylvania has carried out 20 attacks on the militia since May.', []],
    ['Freedonian jets flew three attacks on the rebel movement near Marsh City.', []],
    // A word of the count's own noun names another category: those are counted there.
    ['The rebels claimed three rocket attacks against Fredonburg.', [['three rocket attacks', 'rockets']]],
    ['Militias have launched over 100 drone and rocket attacks on Freedonian facilities.', [['over 100 drone and rocket attacks', 'rockets']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // Aimed at the craft the category counts, or at the roads they travel: attacks as before.
    ['Bandits have carried out 12 attacks on aid convoys since May.', [['12 attacks', 'raids']]],
    ['The rebels claimed nine attacks against Ruritania and against its trucks.', [['nine attacks', 'raids']]],
    // A group of the craft the category counts, or a body with the craft after it: attacks as before.
    ['The rebels claimed four attacks on a group of trucks near Marsh City.', [['four attacks', 'raids']]],
    ['Bandits carried out six attacks on the aid group and its convoys.', [['six attacks', 'raids']]],
    ['The militia claimed two attacks on a convoy.', [['two attacks', 'raids']]],
    ['Gunmen launched 30 attacks on commercial traffic along the highway.', [['30 attacks', 'raids']]],
    // A ship's or convoy's name after an article may be a craft's: left as it was.
    ['The rebels claimed three attacks on the Marsh Star.', [['three attacks', 'raids']]],
    ['The rebels claimed three attacks on MV Marsh Star.', [['three attacks', 'raids']]],
    ['The rebels claimed three attacks on M/V Marsh Star.', [['three attacks', 'raids']]],
    // A day or a month after "on" says when, not whom.
    ['The rebels claimed two attacks on Monday.', [['two attacks', 'raids']]],
    ['There were three incidents on Nov. 19 alone.', [['three incidents', 'raids']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('findFigures: attacks whose verb names a target no craft of their category', () => {
  it.each([
    // "targeted", "hit", "struck" with a base, a force or a place by its name: no attack on a convoy.
    ['According to the rebels, four attacks targeted the Marsh City army base, north of the capital.', []],
    ['Nine attacks hit Freedonian forces near the border.', []],
    ['Overnight, three attacks struck Fredonburg airport.', []],
    ['Officials said two rocket attacks targeted the Sylvanian airbase.', [['two rocket attacks', 'rockets']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // The verb's object is a craft the category counts, the road they travel, or a craft by its name.
    ['Four attacks targeted aid convoys near Marsh City.', [['Four attacks', 'raids']]],
    ['Two attacks hit trucks on the northern highway.', [['Two attacks', 'raids']]],
    ['Three attacks struck the Marsh Star.', [['Three attacks', 'raids']]],
    ['Five attacks targeted commercial traffic on the highway.', [['Five attacks', 'raids']]],
  ])('not: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
