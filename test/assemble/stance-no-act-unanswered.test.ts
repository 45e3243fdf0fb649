import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * No act of the other side let pass, with "no" before the act ("no attack will pass without a response",
 * "no aggression will go unpunished"), vows the speaker's response: it threatens, as "the aggression will
 * not go unpunished" does.
 */
describe('no act of the other side let pass', () => {
  /** [words reported with "said" by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['no attack on our ports will pass without a response', 'threatens'],
    ['no aggression will go unpunished', 'threatens'],
    ['no further provocation shall be left unanswered', 'threatens'],
    ['no strike against the republic will go without retaliation', 'threatens'],
    // A service promised, or a past told: no threat.
    ['no request will go unanswered', 'calls-for'],
    ['no letter went unanswered last year', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
