/**
 * Moves every date a news text mentions by the same number of days as its publication
 * date, so relative words ("on Wednesday", "yesterday", "last week") still point where
 * they did: weekday names turn with the days, month-day dates move by the days, and bare
 * month names move by whole months.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** AP style: these months are abbreviated before a day; March to July never are. */
const ABBREVIATED: Record<string, number> = { 'Jan.': 0, 'Feb.': 1, 'Aug.': 7, 'Sept.': 8, 'Sep.': 8, 'Oct.': 9, 'Nov.': 10, 'Dec.': 11 };
const AP_ABBREVIATION = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

const escape = (word: string): string => word.replace(/\./g, '\\.');
const MONTH = [...MONTHS, ...Object.keys(ABBREVIATED)].map(escape).join('|');
// "May" alone is far more often the verb than the month; it moves only beside a day or a year.
const BARE_MONTH = MONTHS.filter((month) => month !== 'May').join('|');

/** One pass over the text; the longer date forms come first so "October 23, 2024" is one match. */
const DATE = new RegExp(
  [
    `(?<my>${MONTH}) (?<myYear>\\d{4})(?!\\p{N})`,
    `(?<md>${MONTH}) (?<mdDay>\\d{1,2})(?<mdYear>, \\d{4})?(?!\\p{N})`,
    `(?<dmDay>\\d{1,2}) (?<dm>${MONTH})(?<dmYear> \\d{4})?(?!\\p{N})`,
    `(?<weekday>${WEEKDAYS.join('|')})`,
    `(?<month>${BARE_MONTH})`,
  ]
    .map((form) => `(?<![\\p{L}\\p{N}])(?:${form})(?!\\p{L})`)
    .join('|'),
  'gu',
);

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of the UTC day `days` after `iso`. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar months from the month of `from` to the month of `to` (both `YYYY-MM-DD`). */
export function monthsBetween(from: string, to: string): number {
  const months = (iso: string): number => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
  return months(to) - months(from);
}

function monthIndex(word: string): number {
  return ABBREVIATED[word] ?? MONTHS.indexOf(word);
}

/** The new month written the way the old one was: abbreviated (AP style) or in full. */
function monthName(index: number, like: string): string {
  return (like in ABBREVIATED ? AP_ABBREVIATION[index] : MONTHS[index]) as string;
}

/** The year of a day-and-month written without one: the year that puts it nearest the publication day. */
function nearestYear(month: number, day: number, published: string): number {
  const year = Number(published.slice(0, 4));
  const at = Date.parse(`${published}T00:00:00Z`);
  const distance = (y: number): number => Math.abs(Date.UTC(y, month, day) - at);
  return [year - 1, year, year + 1].reduce((best, y) => (distance(y) < distance(best) ? y : best));
}

/** Month `month` of `year` moved by `delta` months: [year, month]. */
function addMonths(year: number, month: number, delta: number): [number, number] {
  const total = year * 12 + month + delta;
  return [Math.floor(total / 12), ((total % 12) + 12) % 12];
}

/**
 * Shifts the dates in `text`, an article published on `published`, by `days` days.
 * Years alone, ordinals and numbers that are not beside a month are left alone.
 */
export function shiftDates(text: string, published: string, days: number): string {
  const months = monthsBetween(published, addDays(published, days));
  const moveDay = (month: number, day: number, year: number): Date => new Date(Date.UTC(year, month, day) + days * DAY_MS);

  return text.replace(DATE, (match, ...args) => {
    const groups = args.at(-1) as Record<string, string | undefined>;
    if (groups.my !== undefined) {
      const [year, month] = addMonths(Number(groups.myYear), monthIndex(groups.my), months);
      return `${monthName(month, groups.my)} ${year}`;
    }
    if (groups.md !== undefined || groups.dm !== undefined) {
      const word = (groups.md ?? groups.dm) as string;
      const day = Number(groups.mdDay ?? groups.dmDay);
      const yearText = groups.mdYear ?? groups.dmYear;
      const month = monthIndex(word);
      const moved = moveDay(month, day, yearText ? Number(yearText.replace(/\D/g, '')) : nearestYear(month, day, published));
      const name = monthName(moved.getUTCMonth(), word);
      const year = yearText ? moved.getUTCFullYear() : undefined;
      if (groups.md !== undefined) return `${name} ${moved.getUTCDate()}${year === undefined ? '' : `, ${year}`}`;
      return `${moved.getUTCDate()} ${name}${year === undefined ? '' : ` ${year}`}`;
    }
    if (groups.weekday !== undefined) {
      const index = WEEKDAYS.indexOf(groups.weekday);
      return WEEKDAYS[(((index + days) % 7) + 7) % 7] as string;
    }
    if (groups.month !== undefined) return MONTHS[(((monthIndex(groups.month) + months) % 12) + 12) % 12] as string;
    return match;
  });
}
