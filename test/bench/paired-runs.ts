import type { BuildRun } from './run-build.ts';
import { formatMs } from './table.ts';

/**
 * Our build and the plain one, timed one after the other, as many times as `--runs` says. On a
 * shared machine the load drifts over minutes; a plain build timed minutes after ours (as the
 * benchmark did until stop 24) saw another load, and the ratio of one such pair moved by a third
 * from run to run. Pairs alternate (ours, plain, ours, plain), so each side sees the same drift,
 * and every pair is reported beside their mean.
 */
export interface PairedRuns {
  ours: BuildRun[];
  /** Empty with `--no-plain`; otherwise one plain build after each of ours. */
  plain: BuildRun[];
}

/** What the runs of one side cost: the mean of their times, the highest of their peaks. */
export interface RunsSummary {
  wallMs: number;
  cpuMs: number | null;
  maxRssKb: number | null;
  treePeakKb: number;
  pagefindMs: number | null;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** The mean of a measure every run has, else null (a run without GNU time, say). */
function meanOf(values: readonly (number | null)[]): number | null {
  return values.length > 0 && values.every((value) => value !== null) ? mean(values as number[]) : null;
}

/** The highest of a measure, null when no run has it. */
function maxOf(values: readonly (number | null)[]): number | null {
  const known = values.filter((value) => value !== null);
  return known.length > 0 ? Math.max(...known) : null;
}

/** The runs of one side as the table shows them. Throws without a run: there is nothing to summarise. */
export function summariseRuns(runs: readonly BuildRun[]): RunsSummary {
  if (runs.length === 0) throw new Error('summariseRuns needs at least one build run');
  return {
    wallMs: mean(runs.map((run) => run.wallMs)),
    cpuMs: meanOf(runs.map((run) => run.cpuMs)),
    maxRssKb: maxOf(runs.map((run) => run.maxRssKb)),
    treePeakKb: Math.max(...runs.map((run) => run.treePeakKb)),
    pagefindMs: meanOf(runs.map((run) => run.pagefindMs)),
  };
}

/** `2.57× (CPU 3.24×)`: ours over plain, wall time then CPU time when both have it. */
export function ratioText(ours: Pick<BuildRun, 'wallMs' | 'cpuMs'>, plain: Pick<BuildRun, 'wallMs' | 'cpuMs'>): string {
  const cpu = ours.cpuMs !== null && plain.cpuMs !== null ? ` (CPU ${(ours.cpuMs / plain.cpuMs).toFixed(2)}×)` : '';
  return `${(ours.wallMs / plain.wallMs).toFixed(2)}×${cpu}`;
}

/** One line per pair, in the order they ran: `run 1: ours 88.0 s (CPU 97.2 s), plain 34.2 s (CPU 30.1 s): 2.57× (CPU 3.23×)`. */
export function pairLines({ ours, plain }: PairedRuns): string[] {
  const side = (run: BuildRun) => `${formatMs(run.wallMs)}${run.cpuMs === null ? '' : ` (CPU ${formatMs(run.cpuMs)})`}`;
  return ours.map((run, i) => {
    const other = plain[i];
    return `run ${i + 1}: ours ${side(run)}${other ? `, plain ${side(other)}: ${ratioText(run, other)}` : ''}`;
  });
}
