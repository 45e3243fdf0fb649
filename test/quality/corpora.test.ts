/**
 * The extraction quality gate: on the seeds and on every corpus's test half, each measure of the
 * issue's targets reaches its target, or at least does not fall below the value last recorded in
 * test/quality/floors.json. `npm run score` prints the table behind these numbers.
 */
import { describe, expect, it } from 'vitest';
import { gatedValues, readFloors, threshold } from './corpus/floors.ts';
import { scoreCorpora } from './corpus/score-corpora.ts';

const values = gatedValues(scoreCorpora());
const floors = readFloors();

describe('extraction quality on unseen articles', () => {
  it('scores the seeds and every corpus test half the floors name', () => {
    expect(Object.keys(values).sort()).toEqual(Object.keys(floors).sort());
  });

  it('publishes no meaning-inverting error on the seeds', () => {
    expect(values['seeds seeds']?.['meaning-inverting errors']).toBe(0);
  });

  for (const [half, measures] of Object.entries(values)) {
    it(`${half}: every measure reaches its target or its recorded floor`, () => {
      const failing = Object.entries(measures).filter(([label, value]) => {
        const { min, max } = threshold(label, floors[half]?.[label]);
        return (min !== undefined && value < min) || (max !== undefined && value > max);
      });
      expect(failing.map(([label, value]) => `${label}: ${value} (floor ${floors[half]?.[label]})`)).toEqual([]);
    });
  }
});
