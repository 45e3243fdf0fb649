import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** An act called urgent ("it is urgent to ensure …"), as one called necessary or important, is called for. */
describe('an act called urgent', () => {
  /** [words reported with "said" by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['It is urgent to ensure continuous access for the relief convoys', 'calls-for'],
    ['it was urgent for the council to act on the report', 'calls-for'],
    // A matter called urgent, with no act, calls for nothing.
    ['the matter is urgent and the council met overnight', 'confirms'],
    ['it is an urgent matter for the region', 'other'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
