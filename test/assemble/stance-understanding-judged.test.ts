import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A thing judged as making sense or not ("this text is not understandable", "the ruling is
 * incomprehensible", "their anger is understandable", "remains puzzling") is an assessment: other. A thing
 * understood, told, is read as before.
 */
describe('a thing judged understandable or not', () => {
  /** [words reported with "said" by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['this text is not understandable, given the absence of the army from the valley', 'other'],
    ['the decision of the court is incomprehensible', 'other'],
    ['their anger is understandable', 'other'],
    ['the ruling was inexplicable to the fishermen', 'other'],
    ['the ship’s sudden turn remains puzzling', 'other'],
    // A thing understood, told: not a judgement.
    ['the rebels understood the terms of the deal', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
