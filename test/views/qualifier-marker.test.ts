import { describe, expect, it } from 'vitest';
import { claimLabel, claimWithUnit } from '../../src/lib/views/format/claim-label.ts';
import { qualifierMarker } from '../../src/lib/views/format/qualifier-marker.ts';

describe('qualifierMarker', () => {
  it('reads lower bounds, upper bounds, approximations and plain numbers', () => {
    const cases: [string | null, string][] = [
      ['at least', 'min'], ['more than', 'min'], ['over', 'min'], ['just over', 'min'], ['thousands', 'min'], ['tens of thousands', 'min'],
      ['between', 'min'],
      ['up to', 'max'], ['possibly up to', 'max'], ['fewer than', 'max'], ['no more than', 'max'], ['as many as', 'max'], ['just under', 'max'],
      ['around', 'approx'], ['about', 'approx'], ['some', 'approx'], ['nearly', 'approx'], ['an estimated', 'approx'],
      [null, 'exact'], ['a total of', 'exact'], ['another', 'exact'],
      // A negated bound is the opposite bound.
      ['no fewer than', 'min'], ['not less than', 'min'], ['not more than', 'max'],
      ['tens', 'min'],
    ];
    expect(cases.map(([qualifier]) => [qualifier, qualifierMarker(qualifier)])).toEqual(cases);
  });
});

describe('claimLabel', () => {
  it('writes the qualifier before the number, and a vague quantity as its words', () => {
    expect(claimLabel(12_000, 'around')).toBe('around 12,000');
    expect(claimLabel(1_500, null)).toBe('1,500');
    expect(claimLabel(1_000, 'thousands')).toBe('thousands');
    expect(claimWithUnit(1_000, 'thousands', 'boats')).toBe('thousands of boats');
    expect(claimWithUnit(10, 'tens', 'boats')).toBe('tens of boats');
    expect(claimWithUnit(300, 'at least', 'boats')).toBe('at least 300 boats');
  });
});
