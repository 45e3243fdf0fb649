import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/**
 * Test categories, built here so the tests do not depend on one briefing's topic data: "convoys" and
 * "trucks" are attacked or cross, and the category of attacks is listed first, so a tie of cues in the
 * sentence goes to it.
 */
const CATEGORIES: FigureCategory[] = [
  { id: 'raids', label: 'Convoys attacked', units: ['convoys', 'trucks'], cues: ['attacked', 'ambushed', 'hit'] },
  { id: 'traffic', label: 'Convoys crossing or turned back', units: ['convoys', 'trucks'], cues: ['crossed', 'turned back', 'halted'] },
];

/** Each figure as [text, category]. */
function read(text: string): [string, string | null][] {
  return findFigures(text, CATEGORIES).map((m) => [m.text, m.category]);
}

describe('findFigures: a count that acts in its clause is filed by that clause, not by the sentence’s other clauses', () => {
  it.each([
    // A second statement after the comma tells of attacks; the trucks themselves crossed.
    ['The agency said that 40 trucks crossed the border on Monday, adding that none had been attacked since May.', [['40 trucks', 'traffic']]],
    // Past an aside naming a part, up to a clause of time.
    ['According to the agency, 12 convoys, including fuel tankers, crossed the pass when the Sylvanian army attacked the depot.', [['12 convoys', 'traffic']]],
    ['Six convoys crossed the bridge after gunmen ambushed a patrol near Fredonburg.', [['Six convoys', 'traffic']]],
    // No cue in its own clause, and no word of attack there: not attacked.
    ['Nine trucks changed their route after militias attacked the road.', [['Nine trucks', 'traffic']]],
    ['At least 30 trucks either stopped or waited at Marsh City amid attacks on the road.', [['At least 30 trucks', 'traffic']]],
  ])('fires: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // The count is the object of the verb of attack.
    ['Gunmen attacked 40 trucks that crossed the border on Monday.', [['40 trucks', 'raids']]],
    // A form of "be": what happened to them, which their predicate tells.
    ['The agency said 40 trucks were attacked when they crossed the border.', [['40 trucks', 'raids']]],
    // Their own clause tells of the attack too: the tie stays as the sentence has it.
    ['Six convoys crossed into the valley and were ambushed near the pass.', [['Six convoys', 'raids']]],
    // An opening quotation mark before the count does not open a clause: the quoted object of "ambushed".
    ['Rebels said they ambushed “12 convoys linked to Freedonia” and halted the road.', [['12 convoys', 'raids']]],
    // After a verb, the count is its object, whatever a relative clause says the trucks did before.
    ['Rebels hit 14 trucks, which had crossed the border.', [['14 trucks', 'raids']]],
  ])('does not fire: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
