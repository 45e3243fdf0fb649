import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * An obligation that is the content of a decision named as a noun ("the decision that Fredonburg must
 * become part of Sylvania was made with the participation of Berg", "brought the side to a decision on the
 * need to diversify its ties") is told, not asked: the speaker calls for nothing by it. The speaker's own
 * "must" about a decision, or beside one, still calls.
 */
describe('a decision’s content', () => {
  /** [words said by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['the decision that Fredonburg must become part of Sylvania was made with the direct participation of Berg', 'confirms'],
    ['the events brought the Freedonian side to a decision on the need to diversify its security ties', 'confirms'],
    ['they took the decision that all Ostmark troops must leave Marsh City by Friday', 'confirms'],
    ['Ruhl announced the decision that the ferries should stop at dusk', 'confirms'],
    // The speaker's own must, about or beside a decision: still a call.
    ['the decision must be respected by Sylvania', 'calls-for'],
    ['Sylvania must respect the decision that the port stays open', 'calls-for'],
    ['Freedonia should reverse its decision on the port', 'calls-for'],
    ['the ruling needs to be implemented without delay', 'calls-for'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true })).toBe(expected);
  });
});
