import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A wrong a party seeks ("Sylvania seeks to “complete the policy of ethnic cleansing”", "aims to terrorise
 * the villages") or a wrong given as the cause of what happened ("the exodus is the result of ethnic
 * cleansing carried out by Sylvania") lays it at the party's door: condemns, not a motive or an
 * explanation told. An aim to end a wrong, a fear of one and a cause that is no wrong stay as they were.
 */
describe('a wrong sought or given as the cause', () => {
  /** [words reported with "said" by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['Sylvania seeks to “complete the policy of ethnic cleansing” in the valley', 'condemns'],
    ['the Sylvanian army aims to terrorise the villages near Fredonburg', 'condemns'],
    ['Sylvania wants to carry out genocide against the Freedonians', 'condemns'],
    ['the exodus from Marsh City is the result of ethnic cleansing carried out by Sylvania', 'condemns'],
    ['the shortages were a direct consequence of the policy of genocide', 'condemns'],
    // An aim to end a wrong, a fear of one, a cause that is no wrong, an aim that is no wrong: as before.
    ['Freedonia seeks to end the ethnic cleansing in the valley', 'other'],
    ['the exodus is the result of fears of ethnic cleansing', 'other'],
    ['the fire at the depot was the result of a short circuit', 'other'],
    ['Freedonia seeks to restore trade with Ruritania', 'other'],
    ['Freedonia plans to prevent provocations on the border', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
