/**
 * Date detection: finds the date expressions of a text and resolves them against the article's
 * publication date (never the clock; all arithmetic in UTC).
 *
 * Like chrono, it is an ordered list of rules, then an ordered list of refiners. Every rule proposes
 * candidates; a candidate is kept only if it overlaps no candidate kept before it, so a rule listed
 * earlier wins its span and each span has exactly one resolver. Refiners then rewrite kept candidates.
 */
import type { ParsedResult } from 'chrono-node';
import type { ResolvedDate } from '../../model.ts';
import { ago, fromNow } from './ago.ts';
import { anchoredDates, meetingDates, occasionDates, type Period, periodAnchoredDates } from './anchored.ts';
import { parseDay } from './calendar.ts';
import { casualDay } from './casual-day.ts';
import { decade } from './decade.ts';
import { parseWithChrono } from './chrono-parser.ts';
import { comingPeriod } from './coming-period.ts';
import { earlierLater } from './earlier-later.ts';
import { edgeOfPeriod } from './edge-of-period.ts';
import { explicitDate } from './explicit-date.ts';
import { isFutureContext } from './future-context.ts';
import { isPlannedContext } from './planned-context.ts';
import { monthName } from './month-name.ts';
import { newYear } from './new-year.ts';
import { ordinalDay, ordinalDayOfRelativeMonth } from './ordinal-day.ts';
import { overnight } from './overnight.ts';
import { partOfMonth } from './part-of-month.ts';
import { recentPeriod } from './recent-period.ts';
import { refineAsOf } from './refine-as-of.ts';
import { refineCountedFrom } from './refine-counted-from.ts';
import { refineDeadline } from './refine-deadline.ts';
import { refineNarrowed } from './refine-narrowed.ts';
import { refineRestated } from './refine-restated.ts';
import { refineFramedRelative } from './refine-framed-relative.ts';
import { refineAlternatives } from './refine-alternatives.ts';
import { refineDaySpan } from './refine-day-span.ts';
import { refineOvernightInto } from './refine-overnight-into.ts';
import { refinePartOfPeriod } from './refine-part-of-period.ts';
import { refinePartOfWeek } from './refine-part-of-week.ts';
import { refineSince } from './refine-since.ts';
import { refineYearSuffix } from './refine-year-suffix.ts';
import { relativePeriod } from './relative-period.ts';
import { partOfYear, season } from './season.ts';
import { weekend } from './weekend.ts';
import type { Candidate, DateMention, DateRefiner, DateRule, RuleContext } from './types.ts';
import { weekday } from './weekday.ts';
import { year } from './year.ts';

export type { DateMention, StatedParts } from './types.ts';

/** The rules, most specific first. */
export const DATE_RULES: readonly DateRule[] = [
  // Periods counted from publication come first: "over the next two weeks" and "over the last week"
  // contain "next week" and "last week", which mean calendar weeks and are relative-period's.
  comingPeriod,
  recentPeriod,
  ago,
  fromNow,
  // Parts of a period before the period: "earlier this month" and "the end of this year" before "this
  // month" and "this year"; "early- to mid-October" and "the end of October" before "October".
  earlierLater,
  edgeOfPeriod,
  partOfMonth,
  ordinalDayOfRelativeMonth,
  // Before the year rule, which would read "2024" alone in "late 2024" and "autumn 2024".
  decade,
  partOfYear,
  season,
  monthName,
  relativePeriod,
  newYear,
  weekend,
  ordinalDay,
  casualDay,
  overnight,
  // After the month rules, which read a stated year themselves ("October 2023", "the end of 2024").
  year,
  // chrono last: where a rule of ours and chrono read the same words, ours wins.
  explicitDate,
  weekday,
];

/** The refiners, in order. */
export const DATE_REFINERS: readonly DateRefiner[] = [
  // First, so "since August last year" widens the merged "August last year", not "August" alone.
  refineYearSuffix,
  // Before the refiners that read a date's neighbours: "on Monday (19 February)" is one date.
  refineRestated,
  refinePartOfWeek,
  refinePartOfPeriod,
  refineOvernightInto,
  refineAlternatives,
  refineDaySpan,
  // Before the since refiner: "30 days from 17 January" names a day, where "from 17 January" opens a state.
  refineCountedFrom,
  refineSince,
  refineDeadline,
  // After the deadline refiner, which leaves "as of" alone: "as of Tuesday" before a count reads like "by".
  refineAsOf,
  refineFramedRelative,
  // Last: the dates it compares are read in full ("in the coming days", "last week").
  refineNarrowed,
];

/**
 * Finds the date expressions of `text` and resolves them against `published` (`YYYY-MM-DD`); `anchor`
 * is the last day told before `text` in the article, for dates counted from it ("the following day");
 * `period` the last date of any precision, for "since then" and "that month"; `storyDay` the day the
 * story tells of, for "earlier in the day"; `meetingDay` the day of the meeting the paragraphs before
 * told last, for "During the talks," (see `lastMeetingDay`).
 * Mentions come in reading order and never overlap; `text.slice(index, endIndex)` is each one's words.
 */
export function findDates(text: string, published: string, anchor: string | null = null, period: Period | null = null, storyDay: string | null = null, meetingDay: string | null = null): DateMention[] {
  const day = parseDay(published);
  if (!day) {
    throw new Error(
      `Cannot resolve dates against the publication date "${published}": expected a calendar day as YYYY-MM-DD (the source's \`published\` field).`,
    );
  }
  let chronoResults: ParsedResult[] | undefined;
  const context: RuleContext = {
    published: day,
    futureAt: (index) => isFutureContext(text, index),
    plannedAt: (index) => isPlannedContext(text, index),
    lowered: text.toLowerCase(),
    chrono: () => (chronoResults ??= parseWithChrono(text, day)),
  };

  const kept: Candidate[] = [];
  for (const rule of DATE_RULES) {
    for (const candidate of rule.find(text, context)) {
      if (!kept.some((other) => overlaps(other, candidate)) && !inWebAddress(text, candidate)) kept.push(candidate);
    }
  }
  kept.sort((a, b) => a.index - b.index);

  let refined = kept;
  for (const refiner of DATE_REFINERS) refined = refiner.refine(text, refined, context);
  // Last: "the following day" counts from the dates found above, or from `anchor` (the paragraphs before);
  // "from the same day" then opens a range as "from January 1" does.
  const counted = refineSince.refine(text, anchoredDates(text, context.lowered, refined, anchor, day, context.futureAt, storyDay), context);
  const told = [...refined, ...counted].sort((a, b) => a.index - b.index);
  const all = [
    ...told,
    ...periodAnchoredDates(text, context.lowered, told, period),
    ...occasionDates(text, context.lowered, told),
    ...meetingDates(text, context.lowered, told, meetingDay),
  ].sort((a, b) => a.index - b.index);
  return all.map((candidate) => toMention(text, candidate));
}

/** A web address: a host with a dot, then a path ("example.com/2023/09/20/story"). */
const WEB_ADDRESS = /[\p{L}\d-]\.[\p{L}]{2,}\/\S/u;

/** Whether the candidate's words are part of a web address, whose path dates nothing the text tells. */
function inWebAddress(text: string, candidate: Candidate): boolean {
  const start = text.lastIndexOf(' ', candidate.index) + 1;
  const next = text.slice(candidate.endIndex).search(/\s/);
  const word = text.slice(start, next < 0 ? text.length : candidate.endIndex + next);
  return WEB_ADDRESS.test(word);
}

function overlaps(a: Candidate, b: Candidate): boolean {
  return a.index < b.endIndex && b.index < a.endIndex;
}

function toMention(text: string, candidate: Candidate): DateMention {
  const { index, endIndex, start, end, precision, expected, stated, rule } = candidate;
  const date: ResolvedDate = { text: text.slice(index, endIndex), start, end, precision };
  return { index, endIndex, date, expected, stated, rule };
}
