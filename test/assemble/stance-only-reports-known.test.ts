import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * Only reports known so far ("we are aware of reports of …", "will provide more information as it becomes
 * available") leave the matter open, as "is looking into" does: unconfirmed, not a pledge.
 */
describe('only reports known so far', () => {
  /** [words reported with "said" by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['we are aware of reports of a fire aboard the ferry and will provide information as it becomes available', 'unconfirmed'],
    ['the ministry is aware of media reports about the arrests', 'unconfirmed'],
    ['more details will be shared when further information is available', 'unconfirmed'],
    ['we remain aware of unconfirmed reports of shelling near the dam', 'unconfirmed'],
    // A danger known, or goods handed out as they come: not a matter left open.
    ['we are aware of the risks to the crew', 'warns'],
    ['vaccines will be delivered as they become available', 'other'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
