import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * The grounds of a judgement given in the active ("the agency based this assessment on …") explain what
 * it rests on, other, as "the estimate is based on …" does; a thing placed ("based its fleet in the
 * port") stays told.
 */
describe('the grounds of a judgement given', () => {
  /** [words reported with "said" by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['that the agency based this assessment on a new wave of conscription reportedly under way in the north', 'other'],
    ['the mission based its estimate on satellite images of the camps', 'other'],
    ['the panel based its conclusions largely on interviews with the crew', 'other'],
    // A thing placed, not a judgement: still told.
    ['the company based its fleet in the northern port', 'confirms'],
    ['the army based two brigades on the island', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
