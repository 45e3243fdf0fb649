import { describe, expect, it } from 'vitest';
import { figureBounds } from '../../src/lib/assemble/figure-bounds.ts';

describe('figureBounds: a negated bound', () => {
  it('reads "no fewer than" and "not less than" as lower bounds, "no more than" as an upper one', () => {
    expect(figureBounds(3000, 'no fewer than', null)).toEqual({ min: 3000, max: null });
    expect(figureBounds(3000, 'not less than', null)).toEqual({ min: 3000, max: null });
    expect(figureBounds(500, 'no more than', null)).toEqual({ min: null, max: 500 });
  });
});

describe('figureBounds: a bound touching the digits', () => {
  it('reads "100,000+" and "100,000-plus" as at least the number, "50-odd" as about it', () => {
    expect(figureBounds(100000, '+', null)).toEqual({ min: 100000, max: null });
    expect(figureBounds(100000, 'plus', null)).toEqual({ min: 100000, max: null });
    expect(figureBounds(50, 'odd', null)).toEqual({ min: null, max: null });
  });
});

describe('figureBounds: "tens of"', () => {
  it('reads "tens" as at least ten and fewer than a hundred', () => {
    expect(figureBounds(10, 'tens', 'tens')).toEqual({ min: 10, max: 99 });
  });
});
