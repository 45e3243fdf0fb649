import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** Test categories, built here so the tests do not depend on one briefing's topic data: "convoys" are attacked or stopped. */
const CATEGORIES: FigureCategory[] = [
  { id: 'raids', label: 'Convoys attacked', units: ['convoys', 'trucks'], cues: ['attacked', 'ambushed'] },
  { id: 'traffic', label: 'Convoys stopped or turned back', units: ['convoys', 'trucks'], cues: ['turned back', 'halted'] },
  { id: 'killed', label: 'Killed', units: ['people', 'dead'], cues: ['killed'] },
];

/** The same topic with the categories of attacks listed second. */
const ATTACKS_SECOND: FigureCategory[] = [CATEGORIES[1] as FigureCategory, CATEGORIES[0] as FigureCategory];

/** Each figure as [text, category]. */
function read(text: string, categories: FigureCategory[] = CATEGORIES): [string, string | null][] {
  return findFigures(text, categories).map((m) => [m.text, m.category]);
}

describe('findFigures: a noun an attacks category shares counts attacks only when the sentence tells of one', () => {
  it.each([
    // No word of attack, no cue of either: the convoys were not attacked, whichever category is listed first.
    ['Another 12 convoys are expected at the crossing on Monday.', CATEGORIES, [['Another 12 convoys', 'traffic']]],
    ['By Friday that number stood at 40 trucks.', CATEGORIES, [['40 trucks', 'traffic']]],
    ['By Friday that number stood at 40 trucks.', ATTACKS_SECOND, [['40 trucks', 'traffic']]],
    // A word of attack, even one the topic does not list, keeps the tie as it was: the first listed.
    ['Gunmen fired on 12 convoys near the pass.', CATEGORIES, [['12 convoys', 'raids']]],
    ['Militias carried out operations against three convoys.', CATEGORIES, [['three convoys', 'raids']]],
    ['A drone damaged four trucks outside the depot.', CATEGORIES, [['four trucks', 'raids']]],
    // A cue decides as before.
    ['Bandits ambushed six convoys last week.', CATEGORIES, [['six convoys', 'raids']]],
    ['Border guards halted six convoys last week.', CATEGORIES, [['six convoys', 'traffic']]],
  ])('%s', (text, categories, expected) => {
    expect(read(text, categories)).toEqual(expected);
  });
});
