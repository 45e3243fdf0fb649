import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * Where a side's attention lies, told of itself ("As the agency, our focus is on the well-being of
 * civilians", "we are focused on the crisis"), or a presence that shows a feeling ("I'm here to express
 * the full solidarity of Sylvania") describes the side: other, neither told nor undertaken. Another's
 * focus, a focus promised and help at hand stay as they were.
 */
describe('our attention told', () => {
  /** [words said by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['As the Ostmark agency, our focus is on the well-being of civilians.', 'other'],
    ['Still, during this visit, we are focused on the humanitarian needs of the people of Fredonburg', 'other'],
    ['I’m here to express the full solidarity of Sylvania with the people of Marsh City', 'other'],
    ['that he was here to express the deep sympathy of Freedonia', 'other'],
    // Another's focus, a focus promised, help at hand: as before.
    ['the focus of the strikes was the port of Marsh City', 'confirms'],
    ['we will focus on rebuilding the bridge', 'pledges'],
    ['we are here to help', 'confirms'],
    ['I am here to deliver aid to Marsh City', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true })).toBe(expected);
  });
});
