import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A name hedged with "if" ("we will pardon the deserters, if they can be so called", "if they can be
 * classified as such") sets no condition: the clause is read as it would be without it. A condition
 * that foretells still warns or threatens.
 */
describe('a name hedged with "if"', () => {
  /** [words reported with "said" by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['we will pardon the deserters, if they can be so called', 'pledges'],
    ['we will send food to the rebels too, if they can be described as such', 'pledges'],
    // A condition that foretells: read as before.
    ['if they cross the border, they will be considered invaders', 'warns'],
    ['If they attack the dam, they will be destroyed', 'threatens'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
