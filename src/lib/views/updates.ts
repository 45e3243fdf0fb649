import type { SourceAddition } from '../anchors/additions.ts';
import type { Briefing, SourceDocument } from '../model.ts';
import { formatDay, formatDayShort } from '../site/format-date.ts';
import { actorLookup } from './actor-lookup.ts';
import { publisherLabel } from './citation-label.ts';
import { eventLabel, figureLabel, statementLabel } from './entry-label.ts';
import { countLabel } from './format/count-label.ts';
import { periodLabel } from './format/period-label.ts';
import { sourceHref, UPDATES, type EntryKind } from './paths.ts';
import { entryHref, type Placement } from './placement.ts';

/*
 * What's new, for returning readers: for each source, in the order sources joined the briefing
 * (anchors/additions.ts), the entries it brought.
 *
 * - new: entries it is the first source of, in the order sources were added;
 * - changed: entries reported before it were added, that now read in its words, because it is
 *   the earliest report of them (an older article added later: the entry's wording, and its
 *   first-reported day, are now this source's);
 * - confirmed: entries reported before it was added, that it reports again.
 *
 * Updates live for good on a page per month of their addition (`/updates/2024-10/`), cut into
 * parts of `UPDATES_PER_PAGE` in the order of addition when a month has more, so a part only
 * ever grows at its end and an update never changes page; `/updates/` shows the latest of them,
 * newest first. Each list shows at most `LINKS_PER_LIST` entries (the source page lists them
 * all, paragraph by paragraph), so no page of updates nears the 1 MB limit however long the
 * articles: 25 updates × 3 lists × 30 links of about 200 bytes is under 500 KB.
 */

/** Updates on a page of updates. */
export const UPDATES_PER_PAGE = 25;
/** Entries shown in each list of an update; the rest are counted. */
export const LINKS_PER_LIST = 30;

/** A link to an entry an update brought. */
export interface UpdateEntry {
  kind: EntryKind;
  id: string;
  /** Where the entry is: `/chronology/#<id>`. */
  href: string;
  /** "Event: 23 Oct 2024: Talks resumed at the port…". */
  label: string;
}

/** What one source brought when it joined. */
export interface SourceUpdate {
  /** The source id, also the update's anchor. */
  id: string;
  /** 1-based rank in the order sources joined. */
  order: number;
  title: string;
  /** The source page. */
  sourceHref: string;
  /** "Reuters". */
  publisher: string;
  published: string;
  /** "23 October 2024". */
  publishedLabel: string;
  /** `YYYY-MM-DD` it joined (see additions.ts). */
  added: string;
  /** "29 Oct 2024", the day it joined, when that is later than its publication (an older article added later); null otherwise. */
  backfilledAfter: string | null;
  /** The month page that keeps it (`/updates/2024-10/` or a part): its permanent link is `${page}#${id}`. */
  page: string;
  /** At most `LINKS_PER_LIST` of each; `more` counts the rest. */
  new: UpdateEntry[];
  changed: UpdateEntry[];
  confirmed: UpdateEntry[];
  more: { new: number; changed: number; confirmed: number };
  /** "2 new entries, 1 changed, 3 confirmed", or "No entries drawn from it". */
  summary: string;
}

/** A page of updates: a month of additions, or a part of one. */
export interface UpdatesPage {
  path: string;
  /** `YYYY-MM`. */
  month: string;
  /** "October 2024", "October 2024, part 2 of 3". */
  label: string;
  /** Newest first. */
  updates: SourceUpdate[];
}

export interface UpdatesView {
  /** Every update, newest first. */
  updates: SourceUpdate[];
  /** The latest `UPDATES_PER_PAGE` updates, newest first, for `/updates/`. */
  latest: SourceUpdate[];
  /** The month pages, newest month first, each month's parts in order. */
  pages: UpdatesPage[];
}

const KIND_WORD = { event: 'Event', statement: 'Statement', figure: 'Figure' } as const;

/**
 * The updates of `briefing`: for each source its entries new, changed and confirmed (see above),
 * by `additions` (source id → when it joined) and on the pages `placement` puts entries.
 */
export function updatesView(briefing: Briefing, additions: ReadonlyMap<string, SourceAddition>, placement: Placement): UpdatesView {
  const actors = actorLookup(briefing);
  const sources = [...briefing.sources].sort((a, b) => orderOf(a, additions) - orderOf(b, additions) || compare(a.id, b.id));
  const brought = new Map(sources.map((source) => [source.id, { new: [] as UpdateEntry[], changed: [] as UpdateEntry[], confirmed: [] as UpdateEntry[] }]));

  const file = (kind: EntryKind, entry: { id: string; citations: { source: string }[] }, label: string) => {
    const citing = [...new Set(entry.citations.map((citation) => citation.source))].filter((id) => brought.has(id));
    if (citing.length === 0) return;
    const link: UpdateEntry = { kind, id: entry.id, href: entryHref(placement, kind, entry.id), label: `${KIND_WORD[kind]}: ${label}` };
    const first = citing.reduce((a, b) => (additions.get(b)!.order < additions.get(a)!.order ? b : a));
    // The entry reads in the words of its earliest report (reconcile/index.ts), whose citation comes first.
    const wording = entry.citations[0]?.source;
    for (const source of citing) {
      const list = brought.get(source)!;
      if (source === first) list.new.push(link);
      else if (source === wording) list.changed.push(link);
      else list.confirmed.push(link);
    }
  };
  for (const event of briefing.events) file('event', event, eventLabel(event));
  for (const statement of briefing.statements) file('statement', statement, statementLabel(statement, actors));
  for (const figure of briefing.figures) file('figure', figure, figureLabel(figure, actors));

  const inOrder = sources.map((source) => update(source, additions.get(source.id) ?? { order: Number.MAX_SAFE_INTEGER, added: source.published }, brought.get(source.id)!));
  const pages = monthPages(inOrder);
  const updates = [...inOrder].reverse();
  return { updates, latest: updates.slice(0, UPDATES_PER_PAGE), pages };
}

function update(source: SourceDocument, addition: SourceAddition, brought: Pick<SourceUpdate, 'new' | 'changed' | 'confirmed'>): SourceUpdate {
  const parts = [
    brought.new.length > 0 ? countLabel(brought.new.length, 'new entry', 'new entries') : '',
    brought.changed.length > 0 ? `${brought.changed.length} changed` : '',
    brought.confirmed.length > 0 ? `${brought.confirmed.length} confirmed` : '',
  ].filter(Boolean);
  return {
    id: source.id,
    order: addition.order,
    title: source.title,
    sourceHref: sourceHref(source.id),
    publisher: publisherLabel(source),
    published: source.published,
    publishedLabel: formatDay(source.published),
    added: addition.added,
    backfilledAfter: addition.added > source.published ? formatDayShort(addition.added) : null,
    page: '',
    new: brought.new.slice(0, LINKS_PER_LIST),
    changed: brought.changed.slice(0, LINKS_PER_LIST),
    confirmed: brought.confirmed.slice(0, LINKS_PER_LIST),
    more: {
      new: Math.max(0, brought.new.length - LINKS_PER_LIST),
      changed: Math.max(0, brought.changed.length - LINKS_PER_LIST),
      confirmed: Math.max(0, brought.confirmed.length - LINKS_PER_LIST),
    },
    summary: parts.length > 0 ? parts.join(', ') : 'No entries drawn from it',
  };
}

/** Month pages from updates in the order of addition; sets each update's `page`. Newest month first, updates newest first. */
function monthPages(inOrder: SourceUpdate[]): UpdatesPage[] {
  const months = Map.groupBy(inOrder, (item) => item.added.slice(0, 7));
  const pages: UpdatesPage[] = [];
  for (const [month, items] of [...months].reverse()) {
    const parts: SourceUpdate[][] = [];
    for (let i = 0; i < items.length; i += UPDATES_PER_PAGE) parts.push(items.slice(i, i + UPDATES_PER_PAGE));
    parts.forEach((list, i) => {
      const path = i === 0 ? `${UPDATES}${month}/` : `${UPDATES}${month}/${i + 1}/`;
      for (const item of list) item.page = path;
      pages.push({ path, month, label: `${periodLabel(month)}${parts.length > 1 ? `, part ${i + 1} of ${parts.length}` : ''}`, updates: [...list].reverse() });
    });
  }
  return pages;
}

function orderOf(source: SourceDocument, additions: ReadonlyMap<string, SourceAddition>): number {
  return additions.get(source.id)?.order ?? Number.MAX_SAFE_INTEGER;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
