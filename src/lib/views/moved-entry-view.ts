import type { AnchorLandings, EntryNotice } from '../anchors/landings.ts';
import type { GoneReason } from '../anchors/gone-reason.ts';
import type { AnchorManifest } from '../anchors/manifest.ts';
import type { Briefing } from '../model.ts';
import { actorLookup, actorName } from './actor-lookup.ts';
import { UNDATED_GROUP } from './chronology.ts';
import { eventLabel, figureLabel, statementLabel } from './entry-label.ts';
import type { CategoryInfo } from './figures.ts';
import { periodLabel } from './format/period-label.ts';
import type { MovedEntry } from './moved-entries.ts';
import { partSuffix } from './page-links.ts';
import { OTHER_VOICES, type EntryKind } from './paths.ts';
import { entryPages, placedPage, type EntryPage, type Placement } from './placement.ts';
import { statementPeriodLabel } from './positions-pages.ts';

/** A stub as a page shows it: the moved entry in a line, and where it is now. */
export interface MovedEntryView extends MovedEntry {
  status: 'moved';
  /** The entry in a line: "23 Oct 2024: Talks resumed at the port…", "Anna Berg: “We will…”". */
  label: string;
  /** The page it is on now: "the chronology for October 2024", "the positions of Freedonia". */
  where: string;
  /**
   * When the stub's id is that of an entry merged into the one it links to: that entry as it was
   * last published ("23 Oct 2024: The harbour closed…"); null for an entry that only moved.
   */
  mergedFrom: string | null;
}

/** A notice as a page shows it: what the entry (or section) was, why it is gone, what to read instead. */
export interface NoticeView {
  status: 'gone';
  /** The page that keeps it. */
  page: string;
  /** The published id, also the notice's. */
  id: string;
  /** "This event", "This statement", "This figure", "This section". */
  what: string;
  /** What it was, as last published. */
  label: string;
  /** Why it is gone, in a sentence. */
  reason: string;
  /** What to read instead, with where it is; null when there is nothing. */
  successor: { href: string; label: string; where: string } | null;
}

/** What a page keeps for links published earlier. */
export type EarlierLinkView = MovedEntryView | NoticeView;

/**
 * The stubs of `moved` with the words a reader needs to follow them, in the same order.
 * `categories` name the figure categories (`content/figure-categories.yaml`); a category
 * they do not list is named by its id.
 */
export function movedEntryViews(moved: readonly MovedEntry[], briefing: Briefing, placement: Placement, categories: readonly CategoryInfo[] = [], manifest: AnchorManifest | null = null): MovedEntryView[] {
  const describe = entryDescriber(briefing, placement, categories);
  return moved.map((entry) => {
    const now = describe(entry.kind, entryIdOf(entry));
    const mergedFrom = entry.merged ? (manifest?.entries[entry.id]?.label ?? entry.id) : null;
    return { ...entry, status: 'moved' as const, label: now.label, where: now.where, mergedFrom };
  });
}

/** Every stub and notice of `landings` as pages show them: stubs first, each list in its own order. */
export function earlierLinkViews(landings: AnchorLandings, manifest: AnchorManifest | null, briefing: Briefing, placement: Placement, categories: readonly CategoryInfo[] = []): EarlierLinkView[] {
  const describe = entryDescriber(briefing, placement, categories);
  const sources = new Map([...Object.entries(manifest?.sources ?? {}).map(([id, record]) => [id, record.title] as const), ...briefing.sources.map((source) => [source.id, source.title] as const)]);
  const notices = landings.notices.map((notice): NoticeView => {
    const successor = notice.successor && describe(notice.successor.kind, notice.successor.id);
    return {
      status: 'gone',
      page: notice.page,
      id: notice.id,
      what: WHAT[notice.kind],
      label: notice.label,
      reason: reasonText(notice.reason, notice, sources),
      successor: successor && notice.successor ? { href: notice.successor.href, label: successor.label, where: successor.where } : null,
    };
  });
  return [...movedEntryViews(landings.moved, briefing, placement, categories, manifest), ...notices];
}

const WHAT = { event: 'This event', statement: 'This statement', figure: 'This figure', section: 'This section' } as const;
const HELD = { event: 'events', statement: 'statements', figure: 'claims' } as const;

/** Why an entry is gone, for readers, in a sentence. */
export function reasonText(reason: GoneReason, notice: Pick<EntryNotice, 'label'>, sources: ReadonlyMap<string, string> = new Map()): string {
  const titles = (ids: readonly string[]) => ids.map((id) => `“${sources.get(id) ?? id}”`).join(', ');
  switch (reason.kind) {
    case 'suppressed':
      return `The editors withdrew it: ${reason.note.replace(/[.\s]+$/, '')}.`;
    case 'source-removed':
      return `${reason.sources.length === 1 ? 'The source it came from was' : 'The sources it came from were'} removed from the briefing (${titles(reason.sources)}).`;
    case 'source-corrected':
      return `${reason.sources.length === 1 ? 'Its source was' : 'Its sources were'} corrected and no longer ${reason.sources.length === 1 ? 'reports' : 'report'} it in these words (${titles(reason.sources)}).`;
    case 'not-extracted':
      return 'Its sources no longer yield it as an entry of its own.';
    case 'section-empty':
      return `No ${HELD[reason.area]} of ${notice.label} remain in the briefing.`;
  }
}

/** Looks up an entry by id and says it in a line, with the page it is on. */
function entryDescriber(briefing: Briefing, placement: Placement, categories: readonly CategoryInfo[]) {
  const actors = actorLookup(briefing);
  const events = new Map(briefing.events.map((event) => [event.id, event]));
  const statements = new Map(briefing.statements.map((statement) => [statement.id, statement]));
  const figures = new Map(briefing.figures.map((figure) => [figure.id, figure]));
  const categoryLabels = new Map(categories.map((category) => [category.id, category.label]));
  const pages = new Map(entryPages(placement).map((page) => [page.path, page]));
  const governmentName = (id: string) => (id === OTHER_VOICES.id ? OTHER_VOICES.name : actorName(id, actors));
  const categoryLabel = (id: string) => categoryLabels.get(id) ?? id;
  return (kind: EntryKind, id: string) => {
    const event = kind === 'event' ? events.get(id) : undefined;
    const statement = kind === 'statement' ? statements.get(id) : undefined;
    const figure = kind === 'figure' ? figures.get(id) : undefined;
    const label = event ? eventLabel(event) : statement ? statementLabel(statement, actors) : figure ? figureLabel(figure, actors) : id;
    const page = pages.get(placedPage(placement, kind, id) ?? '');
    return { id, label, where: page ? pageName(page, governmentName, categoryLabel) : MAIN_PAGE_NAMES[kind] };
  };
}

/** The id of the entry a stub leads to: its own, or that of the entry it was merged into. */
function entryIdOf(entry: MovedEntry): string {
  const hash = entry.href.indexOf('#');
  return hash < 0 ? entry.id : entry.href.slice(hash + 1);
}

const MAIN_PAGE_NAMES = { event: 'the chronology', statement: 'the positions page', figure: 'the figures page' } as const;

function pageName(page: EntryPage, governmentName: (id: string) => string, categoryLabel: (id: string) => string): string {
  const period = page.period;
  if (page.kind === 'figure') return `the figures for ${categoryLabel(page.category ?? '')}${partSuffix(page)}`;
  if (page.kind === 'event' || page.government === null) {
    return `the chronology for ${period === UNDATED_GROUP.id || period === null ? 'events without a date' : periodLabel(period)}${partSuffix(page)}`;
  }
  const when = period === null ? '' : `, ${statementPeriodLabel(period)}`;
  return `the positions of ${governmentName(page.government)}${when}${partSuffix(page)}`;
}
