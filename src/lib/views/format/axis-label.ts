import { numberLabel } from './number-label.ts';

const COMPACT = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 });

/**
 * A value-axis tick label that fits beside the axis: in full below a million
 * ("750,000"), compact from a million up ("2.5M", "10M", "1.2B"), where the full
 * number would be wider than the space the chart leaves for labels.
 */
export function axisNumberLabel(value: number): string {
  return Math.abs(value) < 1_000_000 ? numberLabel(value) : COMPACT.format(value);
}
