import type { Briefing, BriefingEvent, Citation, Figure, ResolvedDate, Statement } from '../model.ts';
import { actorLookup, actorName, type ActorLookup } from '../views/actor-lookup.ts';
import { publisherLabel } from '../views/citation-label.ts';
import { claimWithUnit } from '../views/format/claim-label.ts';
import { dateLabel } from '../views/format/date-label.ts';
import { capitalise, excerpt } from '../views/format/excerpt.ts';
import { statementSentence } from '../views/format/statement-sentence.ts';
import { speakerLabel } from '../views/format/speaker-label.ts';
import type { EntryKind } from '../views/paths.ts';
import { entryHref, type Placement } from '../views/placement.ts';
import { sitePlacement } from '../views/site-placement.ts';
import { firstPublished, sourceLookup, type SourceLookup } from '../views/source-lookup.ts';
import { PIECE_SEPARATOR, SORT_KEY, type FilterKey } from './fields.ts';

/** One briefing entry as a record of the search index (Pagefind's `addCustomRecord`, without the language). */
export interface SearchRecord {
  /**
   * The entry on the page it is on (see placement.ts), site-internal (`/chronology/#<id>`,
   * `/chronology/2024-10/#<id>` on a split chronology): the base path is
   * not stored but added when searching (Pagefind's `baseUrl`), as for indexed pages,
   * so one index serves any base.
   */
  url: string;
  /** The words a search matches: what the entry shows on its page, the cited evidence included. */
  content: string;
  /** Shown with a result: `title`, `type` (a result type), `date` (a label) and `government` (names). */
  meta: Record<string, string>;
  filters: Record<FilterKey, string[]>;
  /** `date`: an ISO day, see `SORT_KEY`. */
  sort: Record<string, string>;
}


/** Words of the title taken from an entry's text; the full text is in the excerpt. */
const TITLE_WORDS = 12;

interface Lookups {
  actors: ActorLookup;
  sources: SourceLookup;
  placement: Placement;
}

/**
 * One search record per event, statement and figure, in the model's order. Each
 * record lands on its entry on the page `placement` puts it on (`/chronology/#<id>`,
 * `/positions/<government>/#<id>`, `/figures/<category>/#<id>`) and carries its own filters, so a
 * search finds the entry itself rather than the long page that lists it.
 */
export function entryRecords(
  briefing: Pick<Briefing, 'events' | 'statements' | 'figures' | 'actors' | 'sources'>,
  placement: Placement = sitePlacement(briefing),
): SearchRecord[] {
  const lookups: Lookups = { actors: actorLookup(briefing), sources: sourceLookup(briefing), placement };
  return [
    ...briefing.events.map((event) => eventRecord(event, lookups)),
    ...briefing.statements.map((statement) => statementRecord(statement, lookups)),
    ...briefing.figures.map((figure) => figureRecord(figure, lookups)),
  ];
}

function eventRecord(event: BriefingEvent, { actors, sources, placement }: Lookups): SearchRecord {
  const date = dateLabel(event.date, event.expected).label;
  const involved = event.actors.map((id) => actorName(id, actors));
  return record('event', entryHref(placement, 'event', event.id), event.citations, sources, {
    title: `${date}: ${excerpt(event.summary, TITLE_WORDS)}`,
    text: [date, event.summary, involved.length > 0 ? `Involving: ${involved.join(', ')}` : ''],
    date,
    sortDate: event.date.start ?? event.date.end,
    governments: event.governments.map((id) => actorName(id, actors)),
  });
}

function statementRecord(statement: Statement, { actors, sources, placement }: Lookups): SearchRecord {
  const speaker = speakerLabel(statement.speaker, statement.government, actors);
  // The title is the statement as a sentence, with its reporting verb: a denial never reads as an assertion.
  const sentence = statementSentence({ ...statement, speaker: speaker.label, actor: statement.speaker.actor }, TITLE_WORDS);
  return record('statement', entryHref(placement, 'statement', statement.id), statement.citations, sources, {
    title: sentence?.plain ?? speaker.label,
    text: [speaker.label, statement.speaker.description, statement.quote ?? '', statement.reported ?? '', statement.stance !== null ? `Stance: ${statement.stance}` : ''],
    date: labelOf(statement.date),
    sortDate: startOf(statement.date),
    governments: statement.government !== null ? [actorName(statement.government, actors)] : [],
  });
}

function figureRecord(figure: Figure, { actors, sources, placement }: Lookups): SearchRecord {
  const claim = claimWithUnit(figure.value, figure.qualifier, figure.unit);
  const claimant = speakerLabel(figure.claimant, figure.government, actors);
  return record('figure', entryHref(placement, 'figure', figure.id), figure.citations, sources, {
    title: `${capitalise(claim)}, according to ${claimant.label}`,
    // The claim as the figures page shows it writes the value as a numeral ("more than 8,000,000
    // rounds"), so a figure given in words is found by its number too; Pagefind finds "12,000" by
    // "12000" and the reverse by itself.
    text: [figure.text, claim, claimant.label, figure.claimant.description],
    date: labelOf(figure.asOf),
    sortDate: startOf(figure.asOf),
    governments: figure.government !== null ? [actorName(figure.government, actors)] : [],
  });
}

interface RecordParts {
  title: string;
  /** The entry's own text, in reading order; empty strings are left out. */
  text: string[];
  /** The entry's date label; null when the entry has no date. */
  date: string | null;
  /** The entry's own day; null sorts it by the day it was first reported. */
  sortDate: string | null;
  governments: string[];
}

function record(type: EntryKind, url: string, citations: readonly Citation[], sources: SourceLookup, parts: RecordParts): SearchRecord {
  const meta: Record<string, string> = { title: parts.title, type };
  if (parts.date !== null) meta.date = parts.date;
  if (parts.governments.length > 0) meta.government = parts.governments.join(', ');
  const sortDate = parts.sortDate ?? firstPublished(citations, sources);
  return {
    url,
    content: distinct([...parts.text, ...citations.map((citation) => citation.evidence)]).join(PIECE_SEPARATOR),
    meta,
    filters: {
      type: [type],
      government: distinct(parts.governments),
      publisher: distinct(citations.flatMap((citation) => {
        const source = sources.get(citation.source);
        return source ? [publisherLabel(source)] : [];
      })),
    },
    sort: sortDate !== null ? { [SORT_KEY]: sortDate } : {},
  };
}

function labelOf(date: ResolvedDate | null): string | null {
  return date !== null ? dateLabel(date).label : null;
}

function startOf(date: ResolvedDate | null): string | null {
  return date !== null ? (date.start ?? date.end) : null;
}

/** Non-empty strings, first occurrence kept, in order. */
function distinct(values: readonly string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter((value) => value !== ''))];
}
