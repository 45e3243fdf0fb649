/**
 * English calendar words and counts shared by the rules. Patterns are matched case-insensitively; the
 * lookups that follow insist on capitalised names, so "they march" and "troops may" are not months.
 */

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** Months that are also common English words; alone they count only after a preposition or with a year. */
export const AMBIGUOUS_MONTHS = new Set(['March', 'May']);

/** Index 0 is Sunday, as in `Date#getUTCDay`. */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** Month names and their short forms in lower case ("december", "dec", "sept"), for reading tokens. */
export const MONTH_WORDS: ReadonlySet<string> = new Set(MONTH_NAMES.flatMap((name) => [name.toLowerCase(), name.slice(0, 3).toLowerCase()]).concat('sept'));

export const MONTH_PATTERN = `(?:${MONTH_NAMES.join('|')})`;
export const WEEKDAY_PATTERN = `(?:${WEEKDAY_NAMES.join('|')})`;
/** A four-digit year of the last or this century. */
export const YEAR_PATTERN = '(?:19|20)\\d{2}';

/** Each name as written and in capitals ("June", "JUNE"), with its index in `names`. */
function indexByName(names: readonly string[]): ReadonlyMap<string, number> {
  return new Map(names.flatMap((name, index) => [[name.toUpperCase(), index], [name, index]] as const));
}

const MONTH_INDEX = indexByName(MONTH_NAMES);
const WEEKDAY_INDEX = indexByName(WEEKDAY_NAMES);

/** 1–12 for a capitalised full month name ("June", "JUNE"); null for anything else ("june", "Jun"). */
export function monthNumber(word: string): number | null {
  const index = MONTH_INDEX.get(word);
  return index === undefined ? null : index + 1;
}

/** 0–6 for a capitalised full weekday name; null otherwise ("wed", "sun"). */
export function weekdayNumber(word: string): number | null {
  return WEEKDAY_INDEX.get(word) ?? null;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** A definite count: digits, "a", "an", or a number word up to twenty, or a ten ("thirty years ago"). */
export const COUNT_PATTERN = `(?:\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;
/** An indefinite count: "few", "a few", "several", "a couple of". */
export const VAGUE_COUNT_PATTERN = '(?:a\\s+few|few|several|(?:a\\s+)?couple\\s+of)';
export const UNIT_PATTERN = '(?:hours?|days?|weeks?|months?|years?)';

/** The number a count stands for; null for an indefinite count ("several"). */
export function countValue(word: string | undefined): number | null {
  if (word === undefined) return null;
  const lower = word.toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower);
  return NUMBER_WORDS[lower] ?? null;
}

export type Unit = 'hour' | 'day' | 'week' | 'month' | 'year';

/** "weeks" → `week`. */
export function unitOf(word: string): Unit {
  return word.toLowerCase().replace(/s$/, '') as Unit;
}
