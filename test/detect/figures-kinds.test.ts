import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** Test categories, built here so the tests do not depend on one briefing's topic data. */
const CATEGORIES: FigureCategory[] = [
  { id: 'handover', label: 'Arms handed over', units: ['firearms', 'ammunition', 'armoured vehicles'], cues: ['handed over', 'surrendered'] },
  { id: 'traffic', label: 'Ships rerouted', units: ['container ships', 'ships'], cues: ['rerouted'] },
  { id: 'losses', label: 'Killed', units: ['dead', 'killed'], cues: ['killed'] },
];

/** A topic that lists no word for arms at all. */
const NO_ARMS: FigureCategory[] = [{ id: 'losses', label: 'Killed', units: ['dead', 'killed'], cues: ['killed'] }];

/** A topic that lists the narrow word itself, in a category of its own. */
const RIFLES_APART: FigureCategory[] = [
  { id: 'handover', label: 'Arms handed over', units: ['firearms'], cues: ['handed over'] },
  { id: 'rifles', label: 'Rifles', units: ['rifles'], cues: [] },
];

/** Each figure as [text, category]. */
function read(text: string, categories: FigureCategory[] = CATEGORIES): [string, string | null][] {
  return findFigures(text, categories).map((m) => [m.text, m.category]);
}

describe('findFigures: a noun for a kind of thing the topic counts by a broader word', () => {
  it.each([
    ['The militia handed over 700 rifles and 30 pistols.', [['700 rifles', 'handover'], ['30 pistols', 'handover']]],
    ['The fighters surrendered about 4,000 units of munitions.', [['about 4,000 units of munitions', 'handover']]],
    ['Police said 90 cartridges were handed over on Friday.', [['90 cartridges', 'handover']]],
    // Arms "given up" are surrendered, as topics' cues put it.
    ['The fighters have given up 70 rifles so far.', [['70 rifles', 'handover']]],
    ['Analysts say 14 containerships were rerouted.', [['14 containerships', 'traffic']]],
    // Nouns of harm are read as before.
    ['The blast claimed 68 lives.', [['68 lives', 'losses']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // With no cue of the broader word's category the kind counts nothing of the topic.
    ['The army bought 30 rifles last year.', []],
    ['Guards carried 12 pistols on patrol.', []],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('files nothing when the topic lists none of the broader words', () => {
    expect(read('Guards carried 12 rifles to the depot.', NO_ARMS)).toEqual([]);
  });

  it('keeps a noun the topic lists in its own category', () => {
    expect(read('The militia handed over 70 rifles.', RIFLES_APART)).toEqual([['70 rifles', 'rifles']]);
  });
});
