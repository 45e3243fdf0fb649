import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** Projectiles whose end the cues tell, ships attacked, and soldiers killed or sent. */
const CATEGORIES: FigureCategory[] = [
  { id: 'missiles', label: 'Missiles fired', units: ['missiles', 'drones'], cues: ['fired', 'shot down', 'fell', 'landed'] },
  { id: 'attacks', label: 'Ships attacked', units: ['ships'], cues: ['attacked', 'hit'] },
  { id: 'casualties', label: 'Killed and wounded', units: ['soldiers'], cues: ['killed', 'wounded', 'captured', 'died'] },
  { id: 'troops', label: 'Troops sent', units: ['soldiers'], cues: ['sent', 'deployed'] },
];

const read = (text: string) => findFigures(text, CATEGORIES).map((f) => [f.text, f.value, f.category]);

describe('findFigures: "one of" a group whose predicate tells its fate, the group counted or not', () => {
  it.each([
    // "fell", a past form not in -ed, tells what befell the one; so does a cue in -ed.
    ['The frigate reported that one of the missiles fell nearby.', [['one of the missiles', 1, 'missiles']]],
    ['One of the drones landed in the water near Marsh City.', [['One of the drones', 1, 'missiles']]],
    // A whole with a number of its own: the one and the whole are both counted.
    ['The ship said one of the three missiles fell nearby, causing minor damage.', [['one of the three missiles', 1, 'missiles'], ['three missiles', 3, 'missiles']]],
    ['One of the two soldiers captured by Sylvania died in hospital.', [['One of the two soldiers', 1, 'casualties'], ['two soldiers', 2, 'casualties']]],
    // Must not fire: the one of a counted whole does something no cue tells, or is the speaker.
    ['One of the three ships was carrying grain to Fredonburg.', [['three ships', 3, 'attacks']]],
    ['One of the two soldiers captured by Sylvania said he had been misled.', [['two soldiers', 2, 'casualties']]],
    ['One of the soldiers captured by Sylvania told the paper he had been misled.', []],
    ['One of the missiles was painted white.', []],
  ])('%j', (input, expected) => {
    expect(read(input)).toEqual(expected);
  });
});
