/**
 * Which stance each found statement should have and which it was shown with, counted per corpus
 * half. Numbers only: they show which confusion (an assertion read as a denial, a warning read as
 * other …) a test half suffers from without anyone reading the half's items.
 */
import type { Verdict } from './match.ts';

/** Counts keyed "wanted → shown", right stances included (keyed "asserts → asserts"). */
export type StanceConfusion = Map<string, number>;

export function tallyStances(verdicts: readonly Verdict[], confusion: StanceConfusion): void {
  for (const { stance } of verdicts) {
    if (!stance) continue;
    const key = `${stance.wanted} → ${stance.shown}`;
    confusion.set(key, (confusion.get(key) ?? 0) + 1);
  }
}

/** The wrong pairs, commonest first, then how many were right: "asserts → other 12". */
export function formatStanceConfusion(title: string, confusion: StanceConfusion): string[] {
  const wrong = [...confusion].filter(([key]) => {
    const [wanted, shown] = key.split(' → ');
    return wanted !== shown;
  });
  wrong.sort(([a, m], [b, n]) => n - m || a.localeCompare(b));
  const right = [...confusion].reduce((sum, [key, n]) => (wrong.some(([w]) => w === key) ? sum : sum + n), 0);
  const width = Math.max(...wrong.map(([key]) => key.length), 0);
  return [title, ...wrong.map(([key, n]) => `  ${key.padEnd(width)}  ${n}`), `  right: ${right}`];
}
