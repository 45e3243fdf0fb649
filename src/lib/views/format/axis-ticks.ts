/** A linear axis from 0: its top value, the step between ticks and the tick values. */
export interface LinearAxis {
  max: number;
  step: number;
  ticks: number[];
}

/** Steps a reader can count in, per power of ten. */
const NICE_STEPS = [1, 2, 2.5, 5, 10];

/**
 * An axis from 0 to a rounded value at or above `dataMax`, with 4 or 5 ticks (3 or 4
 * steps) at round numbers: 12,000 → 0, 5,000, 10,000, 15,000. The step is the
 * smallest nice number at least a quarter of `dataMax`; as nice numbers are never
 * more than twice apart, that gives more than 2 and at most 4 steps.
 */
export function linearAxis(dataMax: number): LinearAxis {
  const top = dataMax > 0 ? dataMax : 1;
  const raw = top / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = round((NICE_STEPS.find((nice) => nice * power >= raw * (1 - 1e-9)) ?? 10) * power);
  const count = Math.max(1, Math.ceil(round(top / step)));
  const ticks = Array.from({ length: count + 1 }, (_, i) => round(i * step));
  return { max: ticks.at(-1) ?? step, step, ticks };
}

/** Drops floating-point noise (0.6000000000000001 → 0.6). */
function round(value: number): number {
  return Number(value.toPrecision(12));
}
