/**
 * The quality gate's floors: per test half (and the seeds), the value of each target measure when it
 * was last recorded. A measure must reach its target, or at least not fall below its floor: the gate
 * fails on any regression while the extractor works towards the targets it does not meet yet.
 * `npm run score -- --write-floors` records the current values (after a change that improves them).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CorpusScore } from './score-corpora.ts';
import { measure, TARGETS } from './metrics.ts';

export const FLOORS_FILE = resolve(import.meta.dirname, '../floors.json');

/** "<corpus> <half>" → target label → recorded value. */
export type Floors = Record<string, Record<string, number>>;

/** The measured value of every target, for the seeds and each test half (never dev: it is tuned on). */
export function gatedValues(scores: CorpusScore[]): Floors {
  const out: Floors = {};
  for (const score of scores) {
    for (const [half, results] of score.halves) {
      if (half === 'dev') continue;
      const m = measure(results);
      out[`${score.corpus} ${half}`] = Object.fromEntries(TARGETS.map((t) => [t.label, Math.round(t.value(m) * 1000) / 1000]));
    }
  }
  return out;
}

export function readFloors(): Floors {
  return existsSync(FLOORS_FILE) ? (JSON.parse(readFileSync(FLOORS_FILE, 'utf8')) as Floors) : {};
}

export function writeFloors(scores: CorpusScore[]): void {
  writeFileSync(FLOORS_FILE, `${JSON.stringify(gatedValues(scores), null, 2)}\n`);
}

/** What a measure must reach: its target when the floor already meets it, else the floor. */
export function threshold(label: string, floor: number | undefined): { min?: number; max?: number } {
  const target = TARGETS.find((t) => t.label === label);
  if (!target) return {};
  if (target.min !== undefined) return { min: Math.min(target.min, floor ?? target.min) };
  return { max: Math.max(target.max ?? 0, floor ?? target.max ?? 0) };
}
