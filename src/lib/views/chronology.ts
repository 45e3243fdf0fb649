import type { Briefing, BriefingEvent, DatePrecision } from '../model.ts';
import { actorLookup, actorName, type ActorLookup } from './actor-lookup.ts';
import { citationViews, type CitationView } from './citation-label.ts';
import { dateLabel } from './format/date-label.ts';
import { countLabel } from './format/count-label.ts';
import { eventsInOrder } from './entry-order.ts';
import { periodKey } from './format/date-order.ts';
import { excerpt } from './format/excerpt.ts';
import { periodLabel } from './format/period-label.ts';
import { reportedLabel, type ReportedLabel } from './format/reported-label.ts';
import { distinctAnchorLabels } from './format/unique-labels.ts';
import { writtenDate } from './format/written-date.ts';
import { sourceLookup, type SourceLookup } from './source-lookup.ts';

/** One event on the chronology page. */
export interface ChronologyEntry {
  /** The event id, used as the entry's anchor. */
  id: string;
  /** Ids of published events merged into this one: each is an anchor inside the entry. */
  aliases: string[];
  /** When the sources first reported it and last updated it. */
  reportDates: ReportedLabel;
  /** What was resolved: "23 Oct 2024", "expected by Dec 2024". */
  dateLabel: string;
  /** The words of the source: "last week". */
  dateText: string;
  /** `dateText` for an "as written" note; null when it says no more than `dateLabel` ("Oct. 30"). */
  writtenDate: string | null;
  /** For `<time datetime>`; null when no day, month or year covers the date. */
  datetime: string | null;
  precision: DatePrecision;
  expected: boolean;
  /** True when the event is only known to happen by a day ("by December"): filed under that day's month. */
  undatedStart: boolean;
  /** Names of the actors involved. */
  actors: string[];
  summary: string;
  citations: CitationView[];
  /** What the entry's self-link leads to, for screen readers: "this event (23 Oct 2024): The minister said…". */
  anchorLabel: string;
}

/** A month of the chronology, or the group of events with no date at all. */
export interface ChronologyMonth {
  /** `2024-10`, the section's anchor; `undated` for the group without a date. */
  id: string;
  /** "October 2024", or "Date not known". */
  label: string;
  /** `YYYY-MM` for `<time datetime>`; null for the undated group. */
  datetime: string | null;
  entries: ChronologyEntry[];
}

export interface ChronologyView {
  /** One sentence for the top of the page: how many events, over which months, from how many sources. */
  intro: string;
  /** Months in date order, each with its events sorted by date then id; undated events last. */
  months: ChronologyMonth[];
}

/** Words of the summary in a self-link's accessible name: enough to tell entries of one day apart. */
const ANCHOR_WORDS = 8;

/** Id and label of the group of events whose date resolved to nothing. */
export const UNDATED_GROUP = { id: 'undated', label: 'Date not known' } as const;

/**
 * Groups the briefing's events by month for the chronology page. An event is filed
 * under the month it starts in; one open at the start ("by December") under the
 * month it ends in, marked `undatedStart`; one known only to the year under that year.
 * Sorting is by that day, then by id.
 */
export function chronologyView(briefing: Briefing): ChronologyView {
  const actors = actorLookup(briefing);
  const sources = sourceLookup(briefing);
  const sorted = eventsInOrder(briefing.events);
  const months = new Map<string, ChronologyMonth>();
  for (const event of sorted) {
    const period = periodKey(event.date);
    const key = period ?? UNDATED_GROUP.id;
    let month = months.get(key);
    if (!month) {
      month = period === null
        ? { ...UNDATED_GROUP, datetime: null, entries: [] }
        : { id: key, label: periodLabel(key), datetime: key, entries: [] };
      months.set(key, month);
    }
    month.entries.push(chronologyEntry(event, actors, sources));
  }
  const grouped = [...months.values()];
  const entries = distinctAnchorLabels(grouped.map((month) => month.entries));
  return { intro: chronologyIntro(grouped, briefing.events), months: grouped.map((month, i) => ({ ...month, entries: entries[i] ?? [] })) };
}

/**
 * "18 events from January 2023 to December 2024, drawn from 5 sources." with a
 * second sentence when some events have no date.
 */
function chronologyIntro(months: readonly ChronologyMonth[], events: readonly BriefingEvent[]): string {
  if (events.length === 0) return 'No events have been found in the sources yet.';
  const dated = months.filter((month) => month.id !== UNDATED_GROUP.id);
  const first = dated[0];
  const last = dated.at(-1);
  const span = first && last ? (first === last ? ` in ${first.label}` : ` from ${first.label} to ${last.label}`) : '';
  const sources = new Set(events.flatMap((event) => event.citations.map((citation) => citation.source))).size;
  const undated = months.find((month) => month.id === UNDATED_GROUP.id)?.entries.length ?? 0;
  const undatedLine = undated > 0 ? ` ${countLabel(undated, 'event')} without a date ${undated === 1 ? 'is' : 'are'} listed last.` : '';
  return `${countLabel(events.length, 'event')}${span}, drawn from ${countLabel(sources, 'source')}.${undatedLine}`;
}

/** One event as the chronology (and the overview) shows it. */
export function chronologyEntry(event: BriefingEvent, actors: ActorLookup, sources: SourceLookup): ChronologyEntry {
  const date = dateLabel(event.date, event.expected);
  return {
    id: event.id,
    aliases: event.aliases,
    reportDates: reportedLabel(event),
    dateLabel: date.label,
    dateText: date.text,
    writtenDate: writtenDate(date.text, date.label),
    datetime: date.datetime,
    precision: event.date.precision,
    expected: event.expected,
    undatedStart: event.date.start === null && event.date.end !== null,
    actors: event.actors.map((id) => actorName(id, actors)),
    summary: event.summary,
    citations: citationViews(event.citations, sources),
    anchorLabel: `this event (${date.label}): ${excerpt(event.summary, ANCHOR_WORDS)}`,
  };
}
