import * as chrono from 'chrono-node';

/** A line that is nothing but a date, optionally labelled (`Published Date: 03:09 | 23 October 2024`). */
export interface DateLine {
  /** The day, `YYYY-MM-DD`. */
  date: string;
  /** Whether the line dates the publication or a later revision. */
  label: 'published' | 'modified';
  /** True when the day and month could be read either way (`10/11/2024`): the editor must decide. */
  ambiguous: boolean;
}

/** Chrono needs a reference date; only dates that state their year are accepted, so it never shows. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));
/** Longer than this, a line is a sentence that mentions a date, not a date line. */
const MAX_WORDS = 12;
/** Label words of a date line that dates a revision, not the publication. */
const MODIFIED_WORDS = /\b(?:updated|modified|edited|revised|last)\b/i;
/** Every word a date line's label may use (`Published Date:`, `Posted on`, `Last updated:`). */
const LABEL_WORDS = /\b(?:published|posted|released|issued|first|date|time|updated|modified|edited|revised|last|on|at)\b/gi;
/** What may surround the date once the date, times and label words are taken out: separators, a time zone, am/pm. */
const LEFTOVER = /^(?:[\s|,;:/·•–—()-]|\b(?:am|pm|a\.m\.|p\.m\.|[A-Z]{2,4}|(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?)\b)*$/;
/** A numeric date whose first two parts both fit a month. */
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}$/;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * Reads `text` as a date line: the whole line must be a date with day, month and year
 * stated, plus at most a label, a weekday, a time and a time zone. A sentence that
 * mentions a date ("On Oct. 28, the minister …") is not a date line.
 */
export function readDateLine(text: string): DateLine | null {
  if (text.split(/\s+/).length > MAX_WORDS) return null;
  const results = chrono.strict.parse(text, REFERENCE);
  const days = results.filter(
    ({ start }) => start.isCertain('year') && start.isCertain('month') && start.isCertain('day'),
  );
  const first = days[0];
  if (!first) return null;
  const iso = (result: chrono.ParsedResult) =>
    `${result.start.get('year')}-${pad(result.start.get('month') ?? 0)}-${pad(result.start.get('day') ?? 0)}`;
  // A range, or two different days on one line, dates no single publication.
  if (first.end || days.some((result) => iso(result) !== iso(first))) return null;

  let rest = text;
  for (const result of [...results].sort((a, b) => b.index - a.index)) {
    rest = rest.slice(0, result.index) + ' ' + rest.slice(result.index + result.text.length);
  }
  const modified = MODIFIED_WORDS.test(rest);
  if (!LEFTOVER.test(rest.replace(LABEL_WORDS, ' '))) return null;

  const numeric = NUMERIC.exec(first.text.trim());
  return {
    date: iso(first),
    label: modified ? 'modified' : 'published',
    ambiguous: numeric !== null && Number(numeric[1]) <= 12 && Number(numeric[2]) <= 12 && numeric[1] !== numeric[2],
  };
}
