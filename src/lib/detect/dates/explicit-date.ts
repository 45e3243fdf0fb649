import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { daySpan, formatDay, isAfter, utcDay } from './calendar.ts';
import { isPastContext, pastSinceCue } from './future-context.ts';
import type { Candidate, DateRule, Resolution, StatedParts } from './types.ts';

/** A month word in lowercase: "may 9" is not a date in edited copy. */
const LOWERCASE_MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/;
/** A day number after a comma: "In October, 23 people…". */
const COMMA_BEFORE_DAY = /\p{L}\.?,\s*\d{1,2}(?!\d)/u;
/** A weekday and its comma before the day: "Sunday, 14 January" is one date, as "Sunday, January 14" is. */
const WEEKDAY_AND_COMMA = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s*/;

/**
 * A noun of a past happening, up to six words and "on" before the date: "the attack on", "the attack
 * on its vessel Marsh Star on". Such a date dates the happening, not the clause about the future it
 * stands in.
 */
const HAPPENING_BEFORE =
  /\b(?:attacks?|strikes?|airstrikes?|raids?|assaults?|bombings?|shelling|explosions?|blasts?|killings?|massacres?|incursions?|invasion|clash(?:es)?|shootings?|ambush(?:es)?|seizure|hijacking|sinking)\s+(?:[\p{L}'’.-]+\s+){0,6}?on\s+$/iu;

/**
 * A noun of a gathering, up to eight words and "on" before the date, with no clause break between:
 * "a possible meeting with Berg at a summit in Marsh City on", "the talks in Fredonburg on". Such a
 * date names the day of the gathering, not of the verb its clause is told in ("has decided not to take
 * part in a meeting … on Oct. 5" is about this October 5th, a day ahead, not last year's).
 */
const GATHERING_BEFORE =
  /\b(?:meetings?|summits?|talks|conference|negotiations|session|forum|ceremony|parade|visit|trip)\s+(?:[\p{L}'’.-]+\s+){0,8}?on\s+$/iu;

/** A comma and a number of one or two digits closing chrono's words: "Jan. 3, 14". */
const COUNT_AFTER_DAY = /,\s*\d{1,2}$/;
/** A comma and a number of up to four digits closing chrono's words: "Sept. 29, 84" of "Sept. 29, 84,770". */
const NUMBER_AFTER_DAY = /,\s*\d{1,4}$/;
/** A number going on past chrono's words, by a group of thousands or a decimal: ",770", ".5". */
const NUMBER_GOES_ON = /^[.,]\d/;

/**
 * Dates written out to the day, found by chrono: "Oct. 30", "October 23, 2024", "23 October 2024",
 * "2024-10-21", "Oct. 5-9", "Tuesday, Oct. 22". Without a stated year, the occurrence nearest the
 * publication date is taken ("Dec. 30" in a January article is last year's), or the last one not after
 * publication when the sentence tells of the past ("On 3 March, the ministry said"). Expected when after
 * publication. A leading "on" is left out of the span, whichever order chrono read.
 */
export const explicitDate: DateRule = {
  name: 'explicit-date',
  find(text, context) {
    const found: Candidate[] = [];
    for (const result of context.chrono()) {
      if (!(result.start.isCertain('month') && result.start.isCertain('day'))) continue;
      const lead = /^[\s,(]*(?:on\s+)?/i.exec(result.text)?.[0].length ?? 0;
      let words = result.text.slice(lead).replace(/[\s,)]+$/, '');
      if (LOWERCASE_MONTH.test(words) || COMMA_BEFORE_DAY.test(words.replace(WEEKDAY_AND_COMMA, ''))) continue;
      const index = result.index + lead;
      const resolve = (year: number) => resolveIn(result, year, context.published);
      const stated = statedParts(result.start);
      // "On Jan. 3, 14 countries issued …": a number of one or two digits after the day's comma counts
      // what follows it; it is no year.
      // Nor is the head of a longer number ("On Sept. 29, 84,770 people had arrived"): a year ends
      // where its digits end.
      const after = text.slice(index + words.length);
      const counted = /^\s+\p{L}/u.test(after) ? COUNT_AFTER_DAY.exec(words) : NUMBER_GOES_ON.test(after) ? NUMBER_AFTER_DAY.exec(words) : null;
      if (counted) {
        words = words.slice(0, counted.index);
        delete stated.year;
      }
      const base = { index, endIndex: index + words.length, rule: 'explicit-date', stated };
      const statedYear = stated.year;
      if (statedYear !== undefined) {
        const resolution = resolve(statedYear);
        if (resolution) found.push({ ...base, ...onTheDayAhead(resolution, context.published, () => looksAhead(text, index, context.futureAt)) });
        continue;
      }
      // "On 3 March, the ministry said" in a January article is last March: a past sentence names
      // the last such day, however near the next one is.
      // Only a date that dates the verb ("on 3 March", "On 3 March, …"), not one naming a thing ("the May 9 parade").
      // Nor one that names the day of a gathering ("a meeting in Marsh City on 5 October").
      const datesTheVerb =
        /(?:^|[.,;:]\s*|\b[Oo]n\s+)$/.test(text.slice(Math.max(0, result.index - 20), result.index + lead)) &&
        !GATHERING_BEFORE.test(text.slice(Math.max(0, result.index - 100), result.index + lead));
      const past = datesTheVerb && isPastContext(text, index);
      // "The vote will be held on October 5" in a March article is this October, however near last
      // October is: a clause about the future names the next such day (corpus README: a day and month
      // without a year, the next one for future events). Not a day that dates a past happening the
      // clause names ("will be tried for the attack on October 5", "the ship the rebels seized on Nov. 19").
      const ahead = !past && looksAhead(text, index, context.futureAt);
      const resolution = nearest(result.start, context.published, resolve, past ? 'past' : ahead ? 'ahead' : 'either');
      if (resolution) found.push({ ...base, ...onTheDayAhead(resolution, context.published, () => ahead), inYear: (year) => resolve(year) ?? resolution });
    }
    return found;
  },
};

/**
 * Whether the clause before `index` looks ahead, and the day is not that of a past happening it names
 * ("will be tried for the attack on October 5") nor of a past verb after its cue.
 */
function looksAhead(text: string, index: number, futureAt: (index: number) => boolean): boolean {
  return futureAt(index) && !HAPPENING_BEFORE.test(text.slice(Math.max(0, index - 80), index)) && !pastSinceCue(text, index);
}

/**
 * A day that is the publication day, in a clause that looks ahead, is still to come: "the designation
 * will take effect on 16 February" in a paper of 16 February tells of a schedule, as "will meet today"
 * and "will meet on Friday" in a Friday paper do.
 */
function onTheDayAhead(resolution: Resolution, published: Date, ahead: () => boolean): Resolution {
  if (resolution.expected || resolution.start !== formatDay(published) || !ahead()) return resolution;
  return { ...resolution, expected: true };
}

/** The result's day (or day range) with its start placed in `year`; null when no such day exists. */
function resolveIn(result: ParsedResult, year: number, published: Date): Resolution | null {
  const start = componentsDay(result.start, year);
  if (!start) return null;
  if (!result.end) return { ...daySpan(start), precision: 'day', expected: isAfter(formatDay(start), published) };
  let end = componentsDay(result.end, result.end.isCertain('year') ? (result.end.get('year') ?? year) : year);
  // "Dec. 28 - Jan. 3": an end before the start is in the following year.
  if (end && end < start && !result.end.isCertain('year')) end = componentsDay(result.end, year + 1);
  if (!end) return null;
  return { start: formatDay(start), end: formatDay(end), precision: 'range', expected: isAfter(formatDay(start), published) };
}

/**
 * The resolution, among last year, this year and next year, whose start is closest to publication;
 * only those not after it for a clause about the past, only those not before it for one about the future.
 */
function nearest(
  components: ParsedComponents,
  published: Date,
  resolve: (year: number) => Resolution | null,
  side: 'past' | 'ahead' | 'either' = 'either',
): Resolution | null {
  const year = published.getUTCFullYear();
  let best: { resolution: Resolution; distance: number } | null = null;
  for (const candidate of [year - 1, year, year + 1]) {
    const day = componentsDay(components, candidate);
    const resolution = resolve(candidate);
    if (!day || !resolution) continue;
    if (side === 'past' && day.getTime() > published.getTime()) continue;
    if (side === 'ahead' && day.getTime() < published.getTime()) continue;
    const distance = Math.abs(day.getTime() - published.getTime());
    if (!best || distance < best.distance) best = { resolution, distance };
  }
  return best?.resolution ?? null;
}

function componentsDay(components: ParsedComponents, year: number): Date | null {
  return utcDay(year, components.get('month') ?? 0, components.get('day') ?? 0);
}

function statedParts(components: ParsedComponents): StatedParts {
  const stated: StatedParts = {};
  for (const part of ['year', 'month', 'day', 'weekday'] as const) {
    const value = components.get(part);
    if (components.isCertain(part) && value !== null) stated[part] = value;
  }
  return stated;
}
