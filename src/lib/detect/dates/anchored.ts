/**
 * Dates counted from another event, not from the publication day: "the following day", "a day
 * earlier", "two days later", "about eight hours later". They resolve against the date told just
 * before them in the article (the event they follow), so they are read after every other date.
 */
import { addDays, daySpan, formatDay, isAfter, isOnOrAfter, monthSpan, parseDay, spanOf, yearSpan } from './calendar.ts';
import { nextIndex } from './regex-rule.ts';
import type { Candidate, Resolution } from './types.ts';
import { COUNT_PATTERN, countValue } from './words.ts';

/**
 * A clause after "after" with a subject and a verb in the past: "a day after Ruhl arrived", "one day
 * after attacks were carried out", "a day after U.S. and British forces carried out strikes" (a
 * subject of up to eight words, abbreviations with their points). Not a noun alone ("two days after
 * the strike"), which dates the clause around it from the strike instead.
 */
const PAST_CLAUSE = "(?=\\s+(?:(?:\\p{Lu}\\.){2,3}\\s+|[\\p{L}’'-]+\\s+){1,8}(?:was|were|had|has|have|met|began|took|left|fled|struck|sent|signed|held|came|said|told|made|[\\p{L}]+ed)\\b)";

/** The rule of "a day after Ruhl arrived": it dates the clause after "after", not the one before. */
export const AFTER_RULE = 'anchored+after';

/** "less than a day after Ruhl arrived", "within two days": the count bounds a window rather than giving an offset. */
const WITHIN = String.raw`(?:less\s+than|under|within)\s+`;

/**
 * Each pattern with a `cue`: a word every match of it holds, tested first with the pattern's own flags, as
 * most paragraphs hold none ("day", "hours") and the patterns are slow to try at every word. A `window`
 * count bounds a span from the day counted from ("less than a day later": that day or the next).
 */
export const ANCHORED_PATTERNS: { cue: string; pattern: RegExp; days: (match: RegExpExecArray) => number | null; hours?: boolean; window?: boolean; rule?: string; ofStory?: boolean; toldOnly?: boolean }[] = [
  { cue: 'day', pattern: new RegExp(String.raw`\b(?:the\s+(?:following|next)\s+day|(?<!\b${WITHIN})(?:a|one)\s+day\s+later|the\s+day\s+after(?!\s+tomorrow))\b`, 'gi'), days: () => 1 },
  // "The ship sank less than a day later": that day or the next.
  { cue: 'day', pattern: new RegExp(`\\b${WITHIN}(${COUNT_PATTERN})\\s+days?\\s+later\\b`, 'gi'), days: (m) => countValue(m[1] ?? ''), window: true },
  { cue: 'day', pattern: /\b(?:the\s+(?:previous|preceding)\s+day|a\s+day\s+(?:earlier|before)|the\s+day\s+before(?!\s+yesterday))\b/gi, days: () => -1 },
  // "Berg met Ruhl on Friday, a day after Ruhl arrived": what followed "after" happened that many days before.
  // ("after" is in fewer paragraphs than "day", which every weekday and "today" hold.)
  { cue: 'after', pattern: new RegExp(`\\b(?<!\\b${WITHIN})(${COUNT_PATTERN})\\s+days?\\s+after${PAST_CLAUSE}`, 'giu'), days: (m) => negate(countValue(m[1] ?? '')), rule: AFTER_RULE },
  // "on Monday, less than a day after they launched a missile": the launch was that day or the one before.
  { cue: 'after', pattern: new RegExp(`\\b${WITHIN}(${COUNT_PATTERN})\\s+days?\\s+after${PAST_CLAUSE}`, 'giu'), days: (m) => negate(countValue(m[1] ?? '')), window: true, rule: AFTER_RULE },
  { cue: 'day', pattern: /\b(?:earlier|later)\s+that\s+day\b/gi, days: () => 0 },
  // "Earlier in the day" is the day of the story, not of whatever the paragraphs before last dated.
  { cue: 'day', pattern: /\b(?:earlier|later)\s+in\s+the\s+day\b/gi, days: () => 0, ofStory: true },
  { cue: 'day', pattern: /\b(?:on\s+)?(?:the|that)\s+same\s+day\b/gi, days: () => 0 },
  // "The vessel was struck on Saturday. Subsequent to this, …", "Shortly before, the company had reported …":
  // a connective opening its sentence that points back to the happening told before, on its day.
  { cue: 'subsequent', pattern: /(?<=^|[.!?]["”’]?\s+)Subsequent\s+to\s+(?:this|that)(?=,)/g, days: () => 0, toldOnly: true },
  { cue: 'shortly', pattern: /(?<=^|[.!?]["”’]?\s+)Shortly\s+(?:before|after(?:wards)?|thereafter)(?=,)/g, days: () => 0, toldOnly: true },
  // "… announced on 20 September that they would cease fire from 13:00 that day": the day told before,
  // and only one told ("Nobody forgets that day" counts from no day of the text).
  { cue: 'day', pattern: /(?<!\b(?:earlier|later|same)\s+)\b(?:on\s+)?that\s+day\b/gi, days: () => 0, toldOnly: true },
  { cue: 'days', pattern: new RegExp(`\\b(${COUNT_PATTERN})\\s+days\\s+later\\b`, 'gi'), days: (m) => countValue(m[1] ?? '') },
  { cue: 'days', pattern: new RegExp(`\\b(${COUNT_PATTERN})\\s+days\\s+(?:earlier|before)\\b`, 'gi'), days: (m) => negate(countValue(m[1] ?? '')) },
  { cue: 'hours', pattern: new RegExp(`\\b(?:(?:about|some|around|nearly|roughly)\\s+)?(${COUNT_PATTERN})\\s+hours\\s+later\\b`, 'gi'), days: (m) => countValue(m[1] ?? ''), hours: true },
  // "A joint operation 24 hours earlier struck …": counted back from the happening told before.
  { cue: 'hours', pattern: new RegExp(`\\b(?:(?:about|some|around|nearly|roughly)\\s+)?(${COUNT_PATTERN})\\s+hours\\s+earlier\\b`, 'gi'), days: (m) => negate(countValue(m[1] ?? '')), hours: true },
  // "The offensive began on 19 September. After 24 hours of fighting, the rebels surrendered": an activity
  // of that many hours from the day told before ends that many hours later, like "24 hours later". Only
  // opening a sentence: "agreed on Wednesday to a truce after 24 hours of fighting" counts back from its own day.
  { cue: 'hours', pattern: new RegExp(`\\bafter\\b(?<=(?:^|[.!?]["”’]?\\s+)after)\\s+(?:(?:about|some|around|nearly|roughly|more\\s+than)\\s+)?(${COUNT_PATTERN})\\s+hours\\s+of\\s+[a-z-]+\\b`, 'gi'), days: (m) => countValue(m[1] ?? ''), hours: true },
  // "Several hours later", "a few hours later": under a day, so that day or the next.
  { cue: 'hours', pattern: /\b(?:several|a\s+few)\s+hours\s+later\b/gi, days: () => 23, hours: true },
];

/** The days from `from` to `count` days on (or back, for a negative count), in order. */
function windowFrom(from: Date, count: number): ReturnType<typeof spanOf> {
  const other = addDays(from, count);
  return count < 0 ? spanOf(other, from) : spanOf(from, other);
}

/**
 * The days `hours` after (or, negative, before) a happening on `from`: whole days move the day ("24
 * hours earlier" is the day before); other counts may cross midnight, so the span holds both days.
 */
function hoursFrom(from: Date, hours: number): ReturnType<typeof spanOf> {
  if (hours % 24 === 0) return daySpan(addDays(from, hours / 24));
  return windowFrom(from, Math.sign(hours) * Math.ceil(Math.abs(hours) / 24));
}

function negate(n: number | null): number | null {
  return n === null ? null : -n;
}

/**
 * The anchored dates of `text` that overlap none of `kept`, resolved against the nearest kept date
 * before each (a single day), else against `anchor`, the last such day of the paragraphs before
 * ("earlier in the day" against `storyDay`, the day the story tells of, when `anchor` is a day of the
 * background);
 * a day counted back with neither ("the previous day", "earlier in the day") counts from publication.
 * Hours later may run into the next day: the range covers both.
 */
export function anchoredDates(
  text: string,
  lowered: string,
  kept: readonly Candidate[],
  anchor: string | null,
  published: Date,
  futureAt: (index: number) => boolean,
  storyDay: string | null = null,
): Candidate[] {
  const found: Candidate[] = [];
  for (const { cue, pattern, days, hours, window = false, rule = 'anchored', ofStory = false, toldOnly = false } of ANCHORED_PATTERNS) {
    for (const { match, index, endIndex } of freeMatches(text, lowered, cue, pattern, kept)) {
      const future = futureAt(index);
      const before = dayCountedFrom(kept.filter((k) => k.endIndex <= index), future);
      const count = days(match);
      // "the ministry said the previous day", "earlier in the day", with no day told before: counted from publication.
      const from = parseDay(before?.start ?? (ofStory && inBackground(anchor, storyDay) ? storyDay : anchor) ?? '') ?? (count !== null && count <= 0 && !toldOnly ? published : null);
      if (!from || count === null) continue;
      const span = hours ? hoursFrom(from, count) : window ? windowFrom(from, count) : daySpan(addDays(from, count));
      const precision = (hours || window) && span.start !== span.end ? 'range' : 'day';
      const expected = isAfter(span.start, published) || (future && isOnOrAfter(span.end, published));
      found.push({ index, endIndex, ...span, precision, expected, rule, stated: {} });
    }
  }
  return found;
}

/**
 * The day told before that a count starts from: the last single day, but in a clause about the future
 * the last day to come, told as a day or as the day something starts ("dissolves the council from
 * January 1, the ministry announced today. From the same day, the republic will cease to exist":
 * the same day is January 1, not the day of the telling).
 */
function dayCountedFrom(told: readonly Candidate[], future: boolean): Candidate | undefined {
  const days = told.filter((k) => k.start !== null && (k.precision === 'day' || (k.end === null && k.stated.day !== undefined)));
  return (future ? days.filter((k) => k.expected).at(-1) : undefined) ?? days.filter((k) => k.precision === 'day').at(-1);
}

/**
 * "Sylvania annexed the peninsula in 2014. Since the annexation, …": a sentence that opens with
 * "Since the" and a noun of an act ("-ment", "-tion", "-sion", "-ure", "-al", "-ing") reads like
 * "since then" (corpus README, nineteenth batch) when it opens its sentence (`SENTENCE_OPENS`) and the
 * sentence right before is dated: the act is the one it told. Only there: "Since the war, …" after an
 * undated sentence names its own occasion.
 */
const SINCE_THE_ACT = /\bSince\s+the\s+\p{L}+(?:ment|tion|sion|ure|al|ing)(?=\s*,)/gu;

/** What comes before a sentence's first word: nothing, or a sentence end (and an opening quotation mark). */
const SENTENCE_OPENS = /(?:^|[.!?]["”’]?\s+)["“]?$/u;

/** A sentence end inside the words between a date and what is counted from it. */
const SENTENCE_END = /[.!?]["”’]?\s+["“]?\p{Lu}/gu;

/** A period told before, to anchor "since then" and "that month". */
export interface Period {
  start: string;
  precision: string;
}

/**
 * Words counted from a period told before: "since then" runs from its start and is still running;
 * "that month", "the same month" is the month of a day or month told before; "a month later" the next;
 * "at the time", "at that time" is the day, month or year told before.
 */
export const PERIOD_PATTERNS: {
  cue: string;
  pattern: RegExp;
  rule: string;
  resolve: (from: Period, match: RegExpExecArray) => Pick<Resolution, 'start' | 'end' | 'precision'> | null;
  /** Counted only from a date of the sentence right before, in the same text (see `SINCE_THE_ACT`). */
  justBefore?: boolean;
}[] = [
  { cue: 'then', pattern: /\b(?:ever\s+)?since\s+then\b/gi, rule: 'anchored+since', resolve: (from) => ({ start: from.start, end: null, precision: 'range' }) },
  // "Freedonia confirmed the deployment in April. Since the acknowledgment, …": see `SINCE_THE_ACT`.
  { cue: 'since the', pattern: SINCE_THE_ACT, rule: 'anchored+since', resolve: (from) => ({ start: from.start, end: null, precision: 'range' }), justBefore: true },
  {
    // "In January, … One month later, …": the month that many months after a day or month told before.
    cue: 'month',
    pattern: new RegExp(`\\b(${COUNT_PATTERN})\\s+months?\\s+later\\b`, 'gi'),
    rule: 'anchored+months-later',
    resolve: (from, match) => {
      const count = countValue(match[1]);
      if (count === null || (from.precision !== 'day' && from.precision !== 'month')) return null;
      const [year, month] = from.start.split('-').map(Number) as [number, number];
      const later = new Date(Date.UTC(year, month - 1 + count, 1));
      return { ...monthSpan(later.getUTCFullYear(), later.getUTCMonth() + 1), precision: 'month' };
    },
  },
  {
    cue: 'month',
    pattern: /\b(?:(?:in|during)\s+)?(?:that|the\s+same)\s+month\b/gi,
    rule: 'anchored+month',
    resolve: (from) => {
      if (from.precision !== 'day' && from.precision !== 'month') return null;
      const [year, month] = from.start.split('-').map(Number) as [number, number];
      return { ...monthSpan(year, month), precision: 'month' };
    },
  },
  {
    // "In April, the two sides confirmed it. At the time, Berg thanked …": the day, month or year told
    // before. Not "at the time of …", which names its own occasion, nor "at the same time" (meanwhile).
    cue: 'time',
    pattern: /\bat\s+(?:the|that)\s+time\b(?!\s+of\b)/gi,
    rule: 'anchored+at-the-time',
    resolve: (from) => {
      const [year, month] = from.start.split('-').map(Number) as [number, number];
      if (from.precision === 'day') return { start: from.start, end: from.start, precision: 'day' };
      if (from.precision === 'month') return { ...monthSpan(year, month), precision: 'month' };
      if (from.precision === 'year') return { ...yearSpan(year), precision: 'year' };
      return null;
    },
  },
];

/**
 * "Since then, …" and "That month, …": counted from the date told just before them, else from
 * `period`, the last one of the paragraphs before. Never from the day of publication: with nothing
 * told before, no date.
 */
export function periodAnchoredDates(text: string, lowered: string, kept: readonly Candidate[], period: Period | null): Candidate[] {
  const found: Candidate[] = [];
  for (const { cue, pattern, rule, resolve, justBefore } of PERIOD_PATTERNS) {
    for (const { match, index, endIndex } of freeMatches(text, lowered, cue, pattern, kept)) {
      const before = kept.filter((k) => k.endIndex <= index && k.start !== null && !k.expected).at(-1);
      if (justBefore && (before === undefined || !SENTENCE_OPENS.test(text.slice(Math.max(0, index - 4), index)) || (text.slice(before.endIndex, index + 1).match(SENTENCE_END) ?? []).length !== 1)) continue;
      const from = before?.start ? { start: before.start, precision: before.precision } : period;
      const span = from && resolve(from, match);
      if (span) found.push({ index, endIndex, ...span, expected: false, rule, stated: {} });
    }
  }
  return found;
}

/**
 * "On the very day of its operation", "on the day of the vote": the date the text gave the occasion
 * before, at its precision (a week stays a week). The occasion's head noun must be told before, in
 * the sentence of the last date before it ("a one-day operation last week. On the very day of its
 * operation, …"); otherwise the article does not date it, and neither do these words.
 */
export const DAY_OF = { cue: 'day', pattern: /\b(?:on\s+)?the\s+(?:very\s+|same\s+)?day\s+of\s+([^,.;:!?()]{1,60}?)(?=\s*[,.;])/giu };

export function occasionDates(text: string, lowered: string, kept: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  for (const { match, index, endIndex } of freeMatches(text, lowered, DAY_OF.cue, DAY_OF.pattern, kept)) {
    const head = /([\p{L}-]+)\W*$/u.exec(match[1] ?? '')?.[1];
    const before = kept.filter((k) => k.endIndex <= index && k.start !== null && !k.expected).at(-1);
    if (!head || !before) continue;
    const sentenceStart = Math.max(0, ...['. ', '! ', '? '].map((end) => text.lastIndexOf(end, before.index) + 1));
    if (!text.slice(sentenceStart, index).toLowerCase().split(/[^\p{L}-]+/u).includes(head.toLowerCase())) continue;
    found.push({ index, endIndex, start: before.start, end: before.end, precision: before.precision, expected: false, rule: 'anchored+day-of', stated: {} });
  }
  return found;
}

/**
 * "During the talks,", "During his trip,", "After the meeting with Ruhl,", "Following the negotiations,",
 * and with no comma before a subject, "During the conversation the two leaders …": a sentence that opens
 * with a meeting it names, told before as a happening of one day ("Berg met Ruhl on Saturday. During
 * the talks, …"). Group 1 is the meeting's noun.
 */
const DURING_MEETING =
  /(?<=^|[.!?]["”’]?\s+)(?:During|After|Following)\s+(?:the|his|her|their|its|\p{Lu}[\p{L}-]*['’]s)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(talks|negotiations|meeting|visit|trip|summit|call|conversation|discussions)(?:(?:\s+with\s+[^,.;:]{1,40})?(?=,)|(?=\s+(?:the|both|two|he|she|they|it)\s))/gu;

/** Words that tell a meeting happened: what "the talks", "his trip" can point back to. */
const MEETING_TOLD = /\b(?:met|meets?|meeting|talks|negotiat(?:ed|ions?)|visit(?:ed|s)?|trip|travel(?:l)?ed|summit|call(?:ed)?|conversation|discussions?|held)\b/i;

/** A reporting verb right before a date: "the agency said on Tuesday" dates the report, not the meeting it tells. */
const REPORTED_ON = /\b(?:said|says|announced|reported|told|added|stated|confirmed)\s+$/;

/** Whether the date at `index` follows a reporting verb (see `REPORTED_ON`). */
function datesReport(text: string, index: number): boolean {
  return REPORTED_ON.test(text.slice(Math.max(0, index - 20), index));
}

/** Whether the sentence of `text` that holds the date `told` tells of a meeting. */
function tellsMeeting(text: string, told: { index: number; endIndex: number }): boolean {
  const sentenceStart = Math.max(0, ...['. ', '! ', '? '].map((end) => text.lastIndexOf(end, told.index) + 1));
  const sentenceEnd = text.slice(told.endIndex).search(/[.!?](?:\s|$)/);
  return MEETING_TOLD.test(text.slice(sentenceStart, sentenceEnd < 0 ? text.length : told.endIndex + sentenceEnd));
}

/**
 * The day a meeting opening ("During the talks,") points back to: the last single day told before it
 * in the text (not the day of a report), when the sentence that tells it tells of a meeting; with no
 * day told before it in the text, `meetingDay`, the day of a meeting the paragraph before told (see
 * `lastMeetingDay`).
 * None otherwise: the words alone do not say when the meeting was.
 */
export function meetingDates(text: string, lowered: string, kept: readonly Candidate[], meetingDay: string | null = null): Candidate[] {
  if (!lowered.includes('during') && !lowered.includes('after') && !lowered.includes('following')) return [];
  const found: Candidate[] = [];
  for (const match of text.matchAll(DURING_MEETING)) {
    const index = match.index;
    const endIndex = index + match[0].length;
    if (overlapsAny(kept, index, endIndex)) continue;
    const before = kept.filter((k) => k.endIndex <= index && k.precision === 'day' && k.start !== null && !k.expected && !datesReport(text, k.index)).at(-1);
    const day = before ? (tellsMeeting(text, before) ? before.start : null) : meetingDay;
    if (!day) continue;
    found.push({ index, endIndex, start: day, end: day, precision: 'day', expected: false, rule: 'anchored+meeting', stated: {} });
  }
  return found;
}

/**
 * The day a paragraph leaves for a meeting opening of the paragraph right after it ("Berg held talks
 * with Ruhl on Monday." then "During Berg's talks with Ruhl, …"): its last past single day when
 * the sentence that tells it tells of a meeting; null otherwise: when that day is of something else,
 * or the paragraph tells no day (the further back the meeting, the likelier "the conversation" is
 * another one than the one dated).
 */
export function lastMeetingDay(text: string, dates: readonly { index: number; endIndex: number; date: { start: string | null; precision: string }; expected: boolean }[]): string | null {
  const last = dates.filter((d) => d.date.precision === 'day' && d.date.start !== null && !d.expected && !datesReport(text, d.index)).at(-1);
  if (!last?.date.start) return null;
  return tellsMeeting(text, last) ? last.date.start : null;
}

/**
 * The matches of `pattern` in `text` that overlap no date already found, with their spans; none when
 * `lowered` (the text in lower case) lacks `cue`. A pattern's letters, read case-insensitively, match
 * only letters that lower-case to them, so its cue is in the lowered text wherever it matches (the
 * tests hold every pattern to it); a search of the lowered text is quicker than a case-insensitive one.
 */
function freeMatches(
  text: string,
  lowered: string,
  cue: string,
  pattern: RegExp,
  kept: readonly Candidate[],
): { match: RegExpExecArray; index: number; endIndex: number }[] {
  const found: { match: RegExpExecArray; index: number; endIndex: number }[] = [];
  if (!lowered.includes(cue)) return found;
  // The matches `text.matchAll(pattern)` gives, read with the pattern itself: `matchAll` copies it
  // for every text (see regex-rule.ts).
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    if (match[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
    const index = match.index;
    const endIndex = index + match[0].length;
    if (!overlapsAny(kept, index, endIndex)) found.push({ match, index, endIndex });
  }
  return found;
}

/** Whether `[index, endIndex)` overlaps a date already found. */
function overlapsAny(kept: readonly Candidate[], index: number, endIndex: number): boolean {
  return kept.some((k) => k.index < endIndex && index < k.endIndex);
}

/** The last period a list of dates tells of (not a forecast), to anchor the next paragraph's "since then". */
export function lastPeriod(dates: readonly { date: { start: string | null; precision: string }; expected: boolean }[]): Period | null {
  const last = dates.filter((d) => d.date.start !== null && !d.expected).at(-1);
  return last?.date.start ? { start: last.date.start, precision: last.date.precision } : null;
}

/** Most days before publication that the day a story tells of may lie: its news is of the last few days. */
const STORY_DAYS = 3;

/**
 * The day a story tells of, from the dates of its paragraphs so far: the first single day told as past
 * that lies at most `STORY_DAYS` before publication ("This was stated on September 19 …" in a story
 * of September 20); null while none is. A day of the background ("the sinking of Dec. 31" in a story
 * of January 10) or a day to come ("expected on Wednesday") is not the story's.
 */
export function storyDayOf(dates: readonly { date: { start: string | null; precision: string }; expected: boolean }[], published: string): string | null {
  const day = parseDay(published);
  if (!day) return null;
  const earliest = formatDay(addDays(day, -STORY_DAYS));
  return dates.find((d) => d.date.precision === 'day' && !d.expected && d.date.start !== null && d.date.start >= earliest && d.date.start <= published)?.date.start ?? null;
}

/**
 * Whether `day`, told in the paragraphs before, lies in the story's background: more than `STORY_DAYS`
 * before `storyDay` ("Austin on Dec. 18 announced …" in a story of January 16).
 */
function inBackground(day: string | null, storyDay: string | null): boolean {
  const story = parseDay(storyDay ?? '');
  return day !== null && story !== null && day < formatDay(addDays(story, -STORY_DAYS));
}

/** The last single day a list of dates tells of, to anchor the next paragraph's "the following day". */
export function lastDay(dates: readonly { date: { start: string | null; precision: string }; expected: boolean }[]): string | null {
  return dates.filter((d) => d.date.precision === 'day' && d.date.start !== null && !d.expected).at(-1)?.date.start ?? null;
}

