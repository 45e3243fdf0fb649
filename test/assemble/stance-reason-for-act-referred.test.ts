import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * The reason for an act the writer has told, the act named only by "did this", "did so" ("they did this
 * as a form of solidarity with …"), explains a motive: other. The act told again stays told.
 */
describe('the reason for an act referred to', () => {
  /** [words reported with "said" by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['they did this as a form of solidarity with the islanders', 'other'],
    ['we did so in response to the shelling of the harbour', 'other'],
    ['she did it to protect her crew', 'other'],
    // The act told again, a harm done, an act told after the reason: still told.
    ['they did this twice last week', 'confirms'],
    ['they did it again on Sunday', 'confirms'],
    ['they did this to the village in 2019', 'confirms'],
    ['the rebels did this as a form of revenge, burning the granary', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
