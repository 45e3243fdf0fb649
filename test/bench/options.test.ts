import { describe, expect, it } from 'vitest';
import { readBenchOptions } from './options.ts';
import { UsageError } from '../helpers/usage-error.ts';

describe('the command line of npm run bench', () => {
  it('reads sizes, seed and the steps to skip', () => {
    expect(readBenchOptions(['--sizes', '10, 100', '--seed', '7', '--no-plain', '--no-browser'])).toMatchObject({
      sizes: [10, 100],
      seed: 7,
      plain: false,
      browser: false,
      rebuild: true,
      keep: false,
      runs: 2,
    });
    expect(readBenchOptions(['--runs', '3']).runs).toBe(3);
  });

  it('names a wrong option, size or seed and says what to write, instead of a stack trace', () => {
    expect(() => readBenchOptions(['--size', '10'])).toThrow(UsageError);
    expect(() => readBenchOptions(['--sizes', '10,x'])).toThrow('--sizes 10,x: sizes are whole numbers of 1 or more separated by commas, e.g. --sizes 10,100.');
    expect(() => readBenchOptions(['--sizes', '0'])).toThrow(UsageError);
    expect(() => readBenchOptions(['--seed', 'one'])).toThrow(/--seed one: the seed is a whole number/);
    expect(() => readBenchOptions(['--runs', '0'])).toThrow('--runs 0: the number of runs is a whole number of 1 or more, e.g. --runs 2.');
  });
});
