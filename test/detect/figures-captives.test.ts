import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** Test categories: soldiers are a force sent by their noun; the captured count among losses, as a topic of a war lists them. */
const CATEGORIES: FigureCategory[] = [
  { id: 'troops', label: 'Troops sent', units: ['soldiers', 'troops', 'officers'], cues: ['sent', 'deployed', 'stationed'] },
  { id: 'losses', label: 'Killed, wounded and captured', units: ['killed', 'wounded', 'prisoners', 'captives'], cues: ['killed', 'wounded', 'captured', 'missing'] },
];

/** The same, where the topic does not count the captured among its losses. */
const UNCAPTURED: FigureCategory[] = [
  { id: 'troops', label: 'Troops sent', units: ['soldiers', 'troops'], cues: ['sent', 'deployed'] },
  { id: 'losses', label: 'Killed and wounded', units: ['killed', 'wounded'], cues: ['killed', 'wounded'] },
];

/** Each figure as [text, category]. */
function read(text: string, categories: FigureCategory[] = CATEGORIES): [string, string | null][] {
  return findFigures(text, categories).map((m) => [m.text, m.category]);
}

describe('findFigures: soldiers a sentence tells of as captives are no force sent', () => {
  it.each([
    ['After the pledge to captured Sylvanian troops, Berg told of his meeting with two soldiers.', [['two soldiers', 'losses']]],
    ['Berg said two soldiers named Lind and Ober were not on the list of prisoners exchanged.', [['two soldiers', 'losses']]],
    ['Weiss offered to hand the two soldiers back in return for Freedonians held as prisoners.', [['two soldiers', 'losses']]],
    ['Freedonia keeps three Sylvanian soldiers in captivity near Marsh City.', [['three Sylvanian soldiers', 'losses']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // A cue of their own category: the force is told as sent, whatever else the sentence says of captives.
    ['Sylvania sent 12,000 soldiers, and two were captured.', [['12,000 soldiers', 'troops'], ['two', 'losses']]],
    // A whole a part is counted from, or a verb of their own with an object.
    ['Of the 12,000 soldiers in Marsh City, two were captured.', [['12,000 soldiers', 'troops'], ['two', 'losses']]],
    ['Two soldiers guarded the 300 prisoners.', [['Two soldiers', 'troops'], ['300 prisoners', 'losses']]],
    // The word of captivity belongs to another count.
    ['The two captured soldiers met 30 officers in Fredonburg.', [['two captured soldiers', 'losses'], ['30 officers', 'troops']]],
    // A passive predicate of captivity tells of its own subject, not of a count in another clause.
    ['Two soldiers stood guard in Fredonburg, where the town hall was captured.', [['Two soldiers', 'troops']]],
    // No word of captivity at all.
    ['Berg told of his meeting with two soldiers in Fredonburg.', [['two soldiers', 'troops']]],
  ])('not: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('leaves soldiers to their noun where the topic does not count the captured among its losses', () => {
    expect(read('Berg said two soldiers were not on the list of prisoners exchanged.', UNCAPTURED)).toEqual([['two soldiers', 'troops']]);
  });
});
