import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A side's act told as forced on it ("was forced to take these measures", "found itself compelled to
 * respond", "the raids had obliged the army to launch …") gives why it acted: other. What befell people
 * forced from their homes, a force foretold ("would be forced to respond") and an act told with "had to"
 * are read as before.
 */
describe('an act told as forced on a side', () => {
  /** [words reported with "said" by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['Sylvania was forced to take these measures to protect its fishermen', 'other'],
    ['the government found itself compelled to take the necessary steps on its own soil', 'other'],
    ['the repeated border raids had obliged the army to launch a limited operation', 'other'],
    ['in order to stop the shelling, Freedonia was compelled to respond', 'other'],
    ['the coast guard has been forced to intervene after the blockade', 'other'],
    ['Sylvania was forced to conduct a limited operation in the valley for lack of other solutions', 'other'],
    ['Freedonia was compelled to carry out the military operation after months of shelling', 'other'],
    ['the army was forced to start an offensive in the north', 'other'],
    ['Sylvania has taken forced measures in the valley by launching a limited operation', 'other'],
    // What befell people, a force foretold, an act told: not a motive given.
    ['thousands of villagers were forced to flee their homes', 'confirms'],
    ['150 residents were forced to take refuge in the school', 'confirms'],
    ['many carriers have been forced to avoid the strait', 'confirms'],
    ['the navy has had to respond to drone attacks on the convoy', 'confirms'],
    ['if the raids continue, Sylvania would be forced to respond', 'warns'],
    // An operation or measures told without compulsion, and people or ships made to start or conduct
    // something, stay told.
    ['the army conducted a limited operation in the north', 'confirms'],
    ['Sylvania has taken tough measures against the smugglers', 'confirms'],
    ['the residents were forced to start over in the capital', 'confirms'],
    ['the crew was forced to conduct repairs at sea', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
