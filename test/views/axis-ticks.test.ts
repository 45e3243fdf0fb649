import { describe, expect, it } from 'vitest';
import { linearAxis } from '../../src/lib/views/format/axis-ticks.ts';

describe('linearAxis', () => {
  it('rounds the top up to a nice step and gives 4 or 5 ticks from 0', () => {
    expect(linearAxis(12_000)).toEqual({ max: 15_000, step: 5_000, ticks: [0, 5_000, 10_000, 15_000] });
    expect(linearAxis(1_000)).toEqual({ max: 1_000, step: 250, ticks: [0, 250, 500, 750, 1_000] });
    expect(linearAxis(1_500)).toEqual({ max: 1_500, step: 500, ticks: [0, 500, 1_000, 1_500] });
    expect(linearAxis(5_001)).toEqual({ max: 6_000, step: 2_000, ticks: [0, 2_000, 4_000, 6_000] });
    expect(linearAxis(8_000_000)).toEqual({ max: 8_000_000, step: 2_000_000, ticks: [0, 2_000_000, 4_000_000, 6_000_000, 8_000_000] });
    expect(linearAxis(7)).toEqual({ max: 8, step: 2, ticks: [0, 2, 4, 6, 8] });
  });

  it('keeps decimal steps free of floating-point noise', () => {
    expect(linearAxis(0.5)).toEqual({ max: 0.6, step: 0.2, ticks: [0, 0.2, 0.4, 0.6] });
  });

  it('gives a usable axis when every value is 0', () => {
    expect(linearAxis(0)).toEqual({ max: 1, step: 0.25, ticks: [0, 0.25, 0.5, 0.75, 1] });
  });

  it('always has 4 or 5 ticks and a top at or above the data', () => {
    for (const max of [1, 3, 9, 11, 99, 101, 250, 333, 999, 1_001, 2_600, 9_999, 12_345, 600_000]) {
      const axis = linearAxis(max);
      expect([4, 5], `ticks for ${max}`).toContain(axis.ticks.length);
      expect(axis.max).toBeGreaterThanOrEqual(max);
    }
  });
});
