import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** Units of three words and more, whose initials a writer may use for them, and one of two words. */
const CATEGORIES: FigureCategory[] = [
  { id: 'missiles', label: 'Missiles fired', units: ['missiles', 'anti-ship ballistic missiles', 'unmanned surface vessels'], cues: ['fired', 'destroyed'] },
  { id: 'displaced', label: 'Displaced people', units: ['refugees', 'internally displaced persons'], cues: ['fled', 'arrived'] },
  { id: 'personnel', label: 'Personnel sent', units: ['troops', 'military personnel'], cues: ['sent'] },
];

const read = (text: string) => findFigures(text, CATEGORIES).map((f) => [f.text, f.category]);

describe('findFigures: a unit written as its acronym', () => {
  it.each([
    // The initials in capitals, with or without a plural "s", of a unit the topic lists.
    ['The rebels fired three ASBMs at the tanker.', [['three ASBMs', 'missiles']]],
    ['The rebels fired one ASBM at the tanker.', [['one ASBM', 'missiles']]],
    ['Sylvanian jets destroyed four USVs near Marsh City.', [['four USVs', 'missiles']]],
    ['The rebels fired two more Ostmark-made ASBMs at the tanker.', [['two more Ostmark-made ASBMs', 'missiles']]],
    ['Some 12,000 IDPs have arrived in Fredonburg.', [['Some 12,000 IDPs', 'displaced']]],
    // Must not fire: initials of no unit, a unit of two words, an acronym in lower case or in a name.
    ['Some 120 NGOs have arrived in Fredonburg.', [['Some 120 NGOs', null]]],
    ['Freedonia sent two MPs to the talks.', []],
    ['The rebels fired three asbms at the tanker.', []],
    ['The ASBM 3 programme was fired up again.', []],
  ])('%j', (input, expected) => {
    expect(read(input)).toEqual(expected);
  });
});

describe('findFigures: an acronym that ends in its unit’s plural "s", and one glossed in parentheses', () => {
  const DRONES: FigureCategory[] = [
    { id: 'attacks', label: 'Attacks on ships', units: ['attacks', 'attack', 'ships'], cues: ['attacked'] },
    { id: 'drones', label: 'Drones', units: ['drones', 'unmanned aerial vehicles', 'unmanned aerial systems'], cues: ['shot down', 'fired'] },
  ];
  const readDrones = (text: string) => findFigures(text, DRONES).map((f) => [f.text, f.category]);

  it.each([
    // "UAS" spells "unmanned aerial systems" with its "s"; "attack" before it only modifies it.
    ['The frigate shot down four one-way attack UAS.', [['four one-way attack UAS', 'drones']]],
    ['Sylvanian jets destroyed two Ostmark UAS near Marsh City.', [['two Ostmark UAS', 'drones']]],
    // An acronym in parentheses after a modifier does not end the phrase: its head comes after it.
    ['Jets shot down five one-way attack (OWA) unmanned aerial vehicles (UAVs).', [['five one-way attack (OWA) unmanned aerial vehicles', 'drones']]],
    ['The frigate shot down two one-way attack (OWA) drones.', [['two one-way attack (OWA) drones', 'drones']]],
    // Must not fire: the acronym follows the head, names no unit, or is written in lower case.
    ['The rebels attacked two ships (UKMTO) near Marsh City.', [['two ships', 'attacks']]],
    ['The rebels attacked two ships (USAS) near Marsh City.', [['two ships', 'attacks']]],
    ['The rebels launched two attack (OWA) on ships, the agency said.', [['two attack', 'attacks']]],
    ['The frigate shot down four one-way attack uas.', []],
  ])('%j', (input, expected) => {
    expect(readDrones(input)).toEqual(expected);
  });
});
