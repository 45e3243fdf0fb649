import { formatMonth } from '../../site/format-date.ts';

/**
 * A chronology period (see `periodKey`) as readers see it: `2024-10` → "October 2024",
 * `2023` → "2023".
 */
export function periodLabel(period: string): string {
  return period.length === 4 ? period : formatMonth(period, 'long');
}
