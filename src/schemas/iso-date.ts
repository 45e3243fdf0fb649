import { z } from 'astro/zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a real calendar day written `YYYY-MM-DD` (so `2024-02-30` is not). */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A calendar day as `YYYY-MM-DD`. Astro's YAML reader turns unquoted dates into
 * `Date` objects, so those are accepted and written back as the same day in UTC.
 */
export function isoDate(field: string) {
  return z.preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z
      .string({ error: `${field} must be a date written YYYY-MM-DD, for example 2024-10-23` })
      .refine(isCalendarDate, {
        error: (issue) => `${field} must be a real calendar date written YYYY-MM-DD; got "${String(issue.input)}"`,
      }),
  );
}
