import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** Soldiers killed or captured, and soldiers sent. */
const CATEGORIES: FigureCategory[] = [
  { id: 'casualties', label: 'Killed and captured', units: ['soldiers', 'prisoners'], cues: ['killed', 'wounded', 'captured', 'died'] },
  { id: 'troops', label: 'Troops sent', units: ['soldiers', 'officers'], cues: ['sent', 'deployed'] },
];

const read = (text: string) => findFigures(text, CATEGORIES).map((f) => [f.text, f.value, f.category]);

describe('findFigures: "one" before a person who speaks after a quotation, or who does something to an object, picks out a member', () => {
  it.each([
    // Must fire: the one picked out is the speaker a verb of saying introduces after a quotation ...
    ['“I would be grateful if they took me in,” said one soldier, as quoted by the Courier.', []],
    ['“Nobody told us where we were going”, says one prisoner held in Marsh City.', []],
    // ... or the member who did something to an object no cue tells of.
    ['One soldier voiced a strong wish to move to Freedonia to join his parents.', []],
    ['One prisoner indicated a wish to stay in Fredonburg.', []],
    ['One prisoner asked the guards for his letters.', []],
    // ... also where "one" opens a clause after a word that opens one.
    ['Berg said that one soldier conveyed hopes of moving to Freedonia.', []],
    ['The meeting moved her as one prisoner shared his dreams of a home.', []],
    // Near misses: a count of one whose verb tells its fate, or who is told of after a verb with no quotation before it.
    ['One soldier deployed the mines near the river.', [['One soldier', 1, 'troops']]],
    ['One soldier was captured near the river.', [['One soldier', 1, 'casualties']]],
    ['The Courier said one soldier died in the blast.', [['one soldier', 1, 'casualties']]],
    ['Sylvania sent one soldier and two officers to Fredonburg.', [['one soldier', 1, 'troops'], ['two officers', 2, 'troops']]],
    ['Sylvania said on Monday one soldier had been wounded.', [['one soldier', 1, 'casualties']]],
    ['Berg said that one soldier was captured and one soldier died.', [['one soldier', 1, 'casualties'], ['one soldier', 1, 'casualties']]],
  ])('%j', (input, expected) => {
    expect(read(input)).toEqual(expected);
  });
});
