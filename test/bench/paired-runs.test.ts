import { describe, expect, it } from 'vitest';
import { pairLines, ratioText, summariseRuns } from './paired-runs.ts';
import type { BuildRun } from './run-build.ts';

const run = (wallMs: number, cpuMs: number | null, treePeakKb = 1_000, maxRssKb: number | null = 900): BuildRun => ({
  wallMs,
  cpuMs,
  maxRssKb,
  treePeakKb,
  modelBuilds: 1,
  pagefindMs: wallMs / 5,
  log: '',
});

describe('our build and the plain one, timed in pairs', () => {
  it('summarises each side by the mean of its times and the highest of its peaks', () => {
    expect(summariseRuns([run(80_000, 90_000, 1_500, 1_400), run(100_000, 110_000, 1_200, 1_600)])).toEqual({
      wallMs: 90_000,
      cpuMs: 100_000,
      maxRssKb: 1_600,
      treePeakKb: 1_500,
      pagefindMs: 18_000,
    });
  });

  it('has no mean CPU time when a run has none, and refuses to summarise no run', () => {
    expect(summariseRuns([run(80_000, 90_000), run(100_000, null, 1_000, null)])).toMatchObject({ cpuMs: null, maxRssKb: 900 });
    expect(() => summariseRuns([])).toThrow('at least one build run');
  });

  it('states each pair in the order they ran, with its ratios', () => {
    expect(ratioText(run(88_000, 97_200), run(34_200, 30_100))).toBe('2.57× (CPU 3.23×)');
    expect(pairLines({ ours: [run(88_000, 97_200), run(80_000, null)], plain: [run(34_200, 30_100), run(32_000, 29_000)] })).toEqual([
      'run 1: ours 88.0 s (CPU 97.2 s), plain 34.2 s (CPU 30.1 s): 2.57× (CPU 3.23×)',
      'run 2: ours 80.0 s, plain 32.0 s (CPU 29.0 s): 2.50×',
    ]);
  });

  it('lists our runs alone when there is no plain build', () => {
    expect(pairLines({ ours: [run(88_000, 97_200)], plain: [] })).toEqual(['run 1: ours 88.0 s (CPU 97.2 s)']);
  });
});
