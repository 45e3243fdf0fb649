import { describe, expect, it } from 'vitest';
import { checkTargets, formatTable, type BenchRow } from './table.ts';

const row = (sources: number, buildMs: number, peakKb: number, plainBuildMs: number | null = null): BenchRow => ({
  sources,
  buildMs,
  extractionMs: buildMs / 10,
  modelBuilds: 1,
  pagefindMs: buildMs / 5,
  peakKb,
  distBytes: 1e6,
  largestPage: { path: 'sources/index.html', bytes: 500_000 },
  indexBytes: 1e5,
  firstQueryBytes: 200_000,
  plainBuildMs,
  cpuMs: null,
  plainCpuMs: null,
  rebuildMs: null,
  rebuildExtractionMs: null,
});

describe('the bench table', () => {
  it('shows time and memory per source beside the totals', () => {
    const [, , line] = formatTable([row(1_000, 60_000, 1_000_000)]).split('\n');
    expect(line?.split(' | ').slice(0, 3)).toEqual(['| 1,000', '60.0 s', '60 ms']);
    expect(line?.split(' | ')[7]).toBe('1.0 MB');
  });

  it('says which targets are met, with the measured values', () => {
    const lines = checkTargets([row(1_000, 60_000, 1_000_000, 30_000), row(10_000, 720_000, 5_000_000, 240_000)]);
    expect(lines).toContain('10,000 sources in under 5 minutes: 12:00 min, NOT met; peak memory under 4 GB: 5.12 GB, NOT met');
    expect(lines).toContain('1,000 sources at most 2.5× plain: 2.00×, met');
    expect(lines).toContain('10,000 sources at most 2.5× plain: 3.00×, NOT met');
    expect(lines).toContain('time per source from 1,000 to 10,000 grows at most 20%: 60 ms → 72 ms (+20%), met');
  });
});
