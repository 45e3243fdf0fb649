import type { Briefing, BriefingEvent, DatePrecision, Statement } from '../model.ts';
import { actorLookup, actorName, type ActorLookup } from './actor-lookup.ts';
import { citationViews, type CitationView } from './citation-label.ts';
import { eventHeadline } from './event-headline.ts';
import { dateLabel } from './format/date-label.ts';
import { countLabel } from './format/count-label.ts';
import { eventsInOrder } from './entry-order.ts';
import { datePoint, periodKey } from './format/date-order.ts';
import { excerpt } from './format/excerpt.ts';
import { periodLabel } from './format/period-label.ts';
import { reportedLabel, type ReportedLabel } from './format/reported-label.ts';
import { speakerLabel } from './format/speaker-label.ts';
import { distinctAnchorLabels } from './format/unique-labels.ts';
import { writtenDate } from './format/written-date.ts';
import { governmentHref, type Placement } from './placement.ts';
import { sitePlacement } from './site-placement.ts';
import { sourceLookup, type SourceLookup } from './source-lookup.ts';
import { cachedView } from './view-cache.ts';

/** Who asserts an event, as its entry names them: "according to Freedonia's State Bureau". */
export interface EventClaimant {
  /** The speaker's name or actor name, or the source's words for them ("Courier news agency"). */
  label: string;
  /** Their government's section of the positions page; null when they speak for none with statements. */
  href: string | null;
}

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
  /** The day the event is filed and drawn at (its start, or its end when open at the start); null when undated. */
  day: string | null;
  /** The last day of its range when it spans more than a day; null otherwise. */
  until: string | null;
  expected: boolean;
  /** True when the event is only known to happen by a day ("by December"): filed under that day's month. */
  undatedStart: boolean;
  /** Names of the actors involved. */
  actors: string[];
  /** The government the entry is coloured by on the timeline: its claimant's, else the first involved; null for none. */
  government: string | null;
  /** The source's whole sentence (the model's summary), shown on demand. */
  summary: string;
  /** The event in a line, verbatim from the source (see event-headline.ts). */
  headline: string;
  /** True when `headline` is a speaker's own words, shown in quotation marks. */
  headlineQuoted: boolean;
  /** Where words of the sentence's clause were left off the headline: before it, after it (the whole sentence is a click away). */
  headlineCut: { start: boolean; end: boolean };
  /** Who asserts that it happened; null when the source tells it in its own voice. */
  claimant: EventClaimant | null;
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
export function chronologyView(briefing: Briefing, placement: Placement = sitePlacement(briefing)): ChronologyView {
  return cachedView('chronology', [briefing, placement], () => buildChronologyView(briefing, placement));
}

function buildChronologyView(briefing: Briefing, placement: Placement): ChronologyView {
  const context = entryContext(briefing, placement);
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
    month.entries.push(chronologyEntry(event, context));
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

/** What an event's entry is made with, built once per view. */
export interface EntryContext {
  actors: ActorLookup;
  sources: SourceLookup;
  /** The statements that cite a paragraph, by `<source>#<paragraph>`. */
  cited: ReadonlyMap<string, Statement[]>;
  /** Link to the positions section of a government that has one. */
  governmentLink: (government: string) => string | null;
}

export function entryContext(briefing: Briefing, placement: Placement): EntryContext {
  const cited = new Map<string, Statement[]>();
  for (const statement of briefing.statements) {
    for (const citation of statement.citations) {
      const key = `${citation.source}#${citation.paragraph}`;
      const list = cited.get(key) ?? [];
      cited.set(key, list);
      if (!list.includes(statement)) list.push(statement);
    }
  }
  const sections = new Set(briefing.statements.flatMap((statement) => statement.government ?? []));
  return {
    actors: actorLookup(briefing),
    sources: sourceLookup(briefing),
    cited,
    governmentLink: (government) => (sections.has(government) ? governmentHref(placement, government) : null),
  };
}

/** One event as the chronology (and the overview) shows it. */
export function chronologyEntry(event: BriefingEvent, context: EntryContext): ChronologyEntry {
  const { actors, sources } = context;
  const date = dateLabel(event.date, event.expected);
  const [first] = event.citations;
  const line = eventHeadline(event, first ? (context.cited.get(`${first.source}#${first.paragraph}`) ?? []) : []);
  const claimantActor = line.claimant?.actor ?? null;
  const claimantGovernment = line.claimantGovernment ?? (claimantActor !== null ? governmentOf(claimantActor, actors) : null);
  // "according to He" would name no one: a pronoun for a claimant is left out.
  const named = line.claimant !== null && !/^(?:he|she|they|it|we|i)$/i.test(speakerLabel(line.claimant, null, actors).label);
  const claimant = line.claimant && named
    ? { label: speakerLabel(line.claimant, null, actors).label, href: claimantGovernment !== null ? context.governmentLink(claimantGovernment) : null }
    : line.claimantWords !== null
      ? { label: line.claimantWords, href: null }
      : null;
  return {
    id: event.id,
    aliases: event.aliases,
    reportDates: reportedLabel(event),
    dateLabel: date.label,
    dateText: date.text,
    writtenDate: writtenDate(date.text, date.label),
    datetime: date.datetime,
    precision: event.date.precision,
    day: datePoint(event.date),
    until: event.date.start !== null && event.date.end !== null && event.date.end !== event.date.start ? event.date.end : null,
    expected: event.expected,
    undatedStart: event.date.start === null && event.date.end !== null,
    actors: event.actors.map((id) => actorName(id, actors)),
    government: claimantGovernment ?? soleGovernment(event),
    summary: event.summary,
    headline: line.text,
    headlineQuoted: line.quoted,
    headlineCut: line.cut,
    claimant,
    citations: citationViews(event.citations, sources),
    anchorLabel: `this event (${date.label}): ${excerpt(line.text, ANCHOR_WORDS)}`,
  };
}

/**
 * The one government an event with no claimant belongs to: only when it names one. Of "Freedonia
 * and Sylvania signed …" or "when Sylvania's minister visits Freedonia", the first named is no more
 * the event's than the other, so the timeline shows it under no single government.
 */
function soleGovernment(event: BriefingEvent): string | null {
  return event.governments.length === 1 ? (event.governments[0] ?? null) : null;
}

/** The government an actor speaks for: itself for a government or organisation, else the one the topic data gives. */
function governmentOf(actor: string, actors: ActorLookup): string | null {
  const summary = actors.get(actor);
  if (!summary) return null;
  return summary.kind === 'government' || summary.kind === 'intergovernmental' ? summary.id : summary.government;
}
