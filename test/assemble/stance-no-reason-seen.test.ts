import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

const told = { forThemselves: false, reported: true, forASide: true };

describe('a side that sees no reason to act', () => {
  /** [reported words, the stance]. */
  const cases: [string, Stance][] = [
    ['the council sees no reason to reject the offer of help from its neighbours', 'other'],
    ['the ministry has had "no reason to refuse this generous gesture."', 'other'],
    ['they saw no point in waiting for the court', 'other'],
    ['we see no reason to change our policy toward the island', 'other'],
    // What is found to be so is still told, and a reason to doubt given is no judgement of an absence.
    ['the inspectors found that the dam had been breached', 'confirms'],
    ['the coast guard has rescued 40 people from the ferry', 'confirms'],
  ];
  it.each(cases)('said %s', (words, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, told)).toBe(stance);
  });
  it('leaves "sees no reason to doubt" to the rest of the rules', () => {
    const doubt = 'the agency sees no reason to doubt that the tanker was hit by a missile';
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, doubt, told)).not.toBe('other');
  });
});
