import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** Test categories, built here so the tests do not depend on one briefing's topic data. */
const CATEGORIES: FigureCategory[] = [
  { id: 'evacuees', label: 'People who fled', units: ['civilians', 'people', 'refugees'], cues: ['fled', 'fleeing', 'flee', 'evacuated'] },
  { id: 'losses', label: 'Killed and wounded', units: ['civilians', 'people', 'soldiers'], cues: ['killed', 'wounded'] },
  { id: 'raids', label: 'Raids on ships', units: ['ships', 'tankers'], cues: ['raided', 'seized', 'struck', 'hit', 'took'] },
  { id: 'traffic', label: 'Ships rerouted', units: ['ships', 'tankers'], cues: ['rerouted', 'diverted'] },
];

/** Each figure as [text, category]. */
function read(text: string): [string, string | null][] {
  return findFigures(text, CATEGORIES).map((m) => [m.text, m.category]);
}

describe('findFigures: the verb a count is the object of, before a relative clause that describes it', () => {
  it.each([
    // What the verb did to them is what is counted; the relative clause says who they were.
    ['Shelling killed 12 civilians who were fleeing the town.', [['12 civilians', 'losses']]],
    ['The blast killed 20 people who had lined up to flee.', [['20 people', 'losses']]],
    ['Rescuers evacuated 300 people who had been wounded in the shelling.', [['300 people', 'evacuees']]],
    ['Pirates seized five tankers that had been rerouted.', [['five tankers', 'raids']]],
    // An irregular past governs as one in "-ed" does.
    ['Drones struck four tankers that had been rerouted.', [['four tankers', 'raids']]],
    ['Gunmen took three ships that were diverted from the canal.', [['three ships', 'raids']]],
    ['Missiles hit two tankers that had rerouted to avoid the strait.', [['two tankers', 'raids']]],
    // A verb that is no governor's cue leaves the relative clause to tell it.
    ['The company chartered 12 ships that were rerouted around the cape.', [['12 ships', 'traffic']]],
    ['Owners sold 12 ships that were rerouted around the cape.', [['12 ships', 'traffic']]],
    // With no verb before the count, the relative clause and the clause's own verb still tell it.
    ['More than 5,000 refugees who fled the fighting are housed in schools.', [['More than 5,000 refugees', 'evacuees']]],
    ['The 40 civilians who were killed were buried on Monday.', [['40 civilians', 'losses']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

/** Categories where the count of harm lists no bare noun for soldiers, as topics that file "soldiers" under troops sent do. */
const SENT_AND_LOST: FigureCategory[] = [
  { id: 'sent', label: 'Troops sent', units: ['soldiers', 'troops'], cues: ['sent', 'deployed', 'stationed', 'dispatched', 'trained', 'arrived'] },
  { id: 'lost', label: 'Casualties', units: ['casualties', 'dead', 'wounded', 'soldiers killed'], cues: ['killed', 'wounded', 'captured'] },
];

describe('findFigures: the verb a count of people is the object of, before a participle or relative clause that describes them', () => {
  const readIn = (text: string, categories: FigureCategory[]) => findFigures(text, categories).map((m) => [m.text, m.category]);
  it.each([
    // What the verb did to them is what is counted, though the category of harm does not list their noun.
    ['Kyiv said its forces killed 30 Freedonian soldiers deployed to the front.', [['30 Freedonian soldiers', 'lost']]],
    ['Drones wounded 25 soldiers stationed near the border.', [['25 soldiers', 'lost']]],
    ['The raid captured 12 soldiers dispatched to the bridge.', [['12 soldiers', 'lost']]],
    ['Gunners killed 40 troops who had been deployed to the valley.', [['40 troops', 'lost']]],
    ['Its troops killed or wounded at least 30 soldiers who Sylvania had deployed to the region.', [['at least 30 soldiers', 'lost']]],
    // Near misses: no verb of harm governs the count, so the participle or the clause's verb tells it.
    ['Some 3,000 soldiers deployed to the front were still fighting.', [['Some 3,000 soldiers', 'sent']]],
    ['Freedonia sent 3,000 soldiers trained in the east.', [['3,000 soldiers', 'sent']]],
    ['Sylvania deployed 2,000 troops stationed in the north.', [['2,000 troops', 'sent']]],
    ['Officials counted 300 soldiers deployed to the front.', [['300 soldiers', 'sent']]],
    ['Kyiv said 40 soldiers deployed to the front had arrived.', [['40 soldiers', 'sent']]],
    // A participle of harm done to them is their fate, whatever the verb before the count.
    ['Sylvania deployed 900 soldiers captured in the war.', [['900 soldiers', 'lost']]],
  ])('%s', (text, expected) => {
    expect(readIn(text, SENT_AND_LOST)).toEqual(expected);
  });

  it.each([
    // A participle after the count is read as the relative clause is: the verb before it decides.
    ['Rescuers evacuated 300 people wounded in the shelling.', [['300 people', 'evacuees']]],
    ['Pirates seized five tankers rerouted around the cape.', [['five tankers', 'raids']]],
    // Near misses: a verb that is no cue, or no verb before the count, leaves the participle to tell it.
    ['The company chartered 12 ships rerouted around the cape.', [['12 ships', 'traffic']]],
    ['The 40 civilians wounded in the shelling were buried on Monday.', [['40 civilians', 'losses']]],
  ])('%s', (text, expected) => {
    expect(readIn(text, CATEGORIES)).toEqual(expected);
  });
});
