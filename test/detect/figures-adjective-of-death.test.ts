import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/**
 * Test categories, built here so the tests do not depend on one briefing's topic data. As topics
 * list them, "soldiers" and "fighters" are troops sent; the dead are counted by "killed" or "dead"
 * after them, and "fallen" is no cue of anything.
 */
const CATEGORIES: FigureCategory[] = [
  { id: 'troops', label: 'Troops', units: ['soldiers', 'fighters', 'troops', 'sailors'], cues: ['sent', 'deployed', 'arrived'] },
  { id: 'casualties', label: 'Casualties', units: ['killed', 'dead', 'soldiers killed', 'casualties'], cues: ['killed', 'dead', 'died', 'captured'] },
  { id: 'munitions', label: 'Munitions', units: ['drones', 'shells'], cues: ['shipped', 'fired'] },
];

/** Each figure as [text, category]. */
function read(text: string): [string, string | null][] {
  return findFigures(text, CATEGORIES).map((m) => [m.text, m.category]);
}

describe('findFigures: an adjective of death between a count and its noun for people tells they died', () => {
  it.each([
    ['In addition, nine fallen fighters were awarded the title of Hero of Freedonia.', [['nine fallen fighters', 'casualties']]],
    ['The nine fallen soldiers were posthumously given the Order of Berg.', [['nine fallen soldiers', 'casualties']]],
    ['Minister Ruhl laid wreaths for 12 fallen sailors in Marsh City.', [['12 fallen sailors', 'casualties']]],
    ['The families of 40 slain soldiers met the president in Fredonburg.', [['40 slain soldiers', 'casualties']]],
    ['Officers of Marsh City counted 30 dead fighters after the battle.', [['30 dead fighters', 'casualties']]],
    ['Medals went to 15 deceased soldiers of the Ostmark regiment.', [['15 deceased soldiers', 'casualties']]],
    // The whole a part is counted from is told by its own adjective too, and so is the part.
    ['Three of the 40 fallen soldiers were buried in Marsh City.', [['Three', 'casualties'], ['40 fallen soldiers', 'casualties']]],
  ])('fires: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // Without the adjective, troops stay troops.
    ['In addition, nine fighters were awarded the title of Hero of Freedonia.', [['nine fighters', 'troops']]],
    ['Minister Ruhl greeted 12 returning sailors in Marsh City.', [['12 returning sailors', 'troops']]],
    ['Three of the 40 fresh soldiers were sent to Marsh City.', [['Three', 'troops'], ['40 fresh soldiers', 'troops']]],
    // A verb after the count tells what happened to them, whatever the adjective says ("fallen" back, sent).
    ['Freedonia sent 300 fresh soldiers to Marsh City.', [['300 fresh soldiers', 'troops']]],
    // "fallen" said of things is no death: they stay in the category that lists them.
    ['Rescuers found 12 fallen drones near Fredonburg.', [['12 fallen drones', 'munitions']]],
    ['Sylvania fired 40 dead shells at the town, the Ostmark agency said.', [['40 dead shells', 'munitions']]],
    // "have fallen" after a count of things is no death either.
    ['Some 300 shells have fallen on Marsh City since Monday.', [['Some 300 shells', 'munitions']]],
  ])('does not fire: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
