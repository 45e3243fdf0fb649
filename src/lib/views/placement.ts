import type { Briefing } from '../model.ts';
import { UNDATED_GROUP } from './chronology.ts';
import { eventsInOrder, statementsInOrder } from './entry-order.ts';
import { periodKey } from './format/date-order.ts';
import { DEFAULT_PAGE_BUDGET, eventWeight, statementWeight, type PageBudget } from './page-budget.ts';
import { CHRONOLOGY, figureHref, OTHER_VOICES, POSITIONS, type EntryKind } from './paths.ts';
import { sourceLookup } from './source-lookup.ts';

/*
 * Where each event and statement is published, decided here and nowhere else: pages render
 * what this says, and every link to an entry (back-links, overview, search records, the
 * comparison table, the anchor manifest) asks `entryHref`, so a link always names the page
 * the entry is on.
 *
 * The rule, by weight (see page-budget.ts; a typical entry weighs 1):
 *
 * - Chronology: all events on `/chronology/` while their weight fits the budget. Beyond it,
 *   `/chronology/` lists the periods (the month, or the year for dates known only to the
 *   year, as the one-page chronology groups them; `undated` last) and each period gets its
 *   page `/chronology/<period>/`.
 * - Positions: all statements on `/positions/` while they fit. Beyond it, `/positions/` keeps
 *   the comparison table and lists the governments, and each government (and the other
 *   voices) gets its page `/positions/<government>/`. A government too heavy for one page
 *   gets a page per period, `/positions/<government>/<period>/`, and its own page lists them.
 * - A period still too heavy is cut, in reading order, into parts: `/<…>/<period>/` holds
 *   the first, `/<…>/<period>/2/` the second, and so on.
 *
 * Everything depends on the model and the budget alone, so two builds of the same content
 * place every entry on the same page. Splitting by what an entry is (its date, its
 * government) rather than by its rank keeps most entries on their page as sources are
 * added; links to those that do move are kept by stubs (moved-entries.ts).
 */

/** A page of entries other than `/chronology/` and `/positions/` themselves. */
export interface EntryPage {
  /** Site path before the base: `/chronology/2024-10/`, `/positions/freedonia/`, `/positions/freedonia/2024-10/2/`. */
  path: string;
  /** The government id (or `other-voices`) whose statements the page holds; null on chronology pages. */
  government: string | null;
  /** The period held (`2024-10`, `2023`, `undated`); null for a government's whole page. */
  period: string | null;
  /** 1-based rank of the page among the parts of its period; 1 when the period is not cut. */
  part: number;
  /** How many parts the period is cut into; 1 when it is not cut. */
  parts: number;
  /** The entries on the page, in reading order. Empty on a government page that only lists its periods. */
  ids: string[];
}

/** The chronology: one page, or an index of periods and a page per period. */
export interface ChronologyPlacement {
  /** True when `/chronology/` lists periods and their events are on period pages. */
  split: boolean;
  /** The period pages in date order, undated last; empty when not split. */
  pages: EntryPage[];
}

/** The pages of one government (or of the other voices) when positions are split. */
export interface GovernmentPlacement {
  /** The government's actor id, or `other-voices`. */
  id: string;
  /** True when the government's page lists periods and its statements are on period pages. */
  split: boolean;
  /** The government's page first (`/positions/<id>/`), then its period pages in date order. */
  pages: EntryPage[];
}

/** Positions: one page, or the comparison and a page (or pages) per government. */
export interface PositionsPlacement {
  /** True when the statements are on the governments' pages rather than on `/positions/`. */
  split: boolean;
  /** By id; empty when not split. */
  governments: GovernmentPlacement[];
}

/** Where every event and statement of one briefing is published. */
export interface Placement {
  budget: PageBudget;
  chronology: ChronologyPlacement;
  positions: PositionsPlacement;
  /** `event:<id>` or `statement:<id>` → the path of the page it is on, for every event and statement. */
  entryPages: ReadonlyMap<string, string>;
}

/** An entry to place: its id, its weight and the period it is filed under. */
interface Placed {
  id: string;
  weight: number;
  period: string;
}

/**
 * Decides on which page each event and statement is published (see the rule above). The
 * budget comes from the caller; `sitePlacement` gives the one the build uses.
 */
export function placeEntries(briefing: Pick<Briefing, 'events' | 'statements' | 'sources'>, budget: PageBudget = DEFAULT_PAGE_BUDGET): Placement {
  const events: Placed[] = eventsInOrder(briefing.events).map((event) => ({ id: event.id, weight: eventWeight(event), period: periodKey(event.date) ?? UNDATED_GROUP.id }));
  const statements = statementsInOrder(briefing.statements, sourceLookup(briefing));

  const chronologySplit = total(events) > budget.entries;
  const chronology: ChronologyPlacement = { split: chronologySplit, pages: chronologySplit ? periodPages(CHRONOLOGY, null, events, budget) : [] };

  const byGovernment = new Map<string, Placed[]>();
  for (const statement of statements) {
    const government = statement.government ?? OTHER_VOICES.id;
    const list = byGovernment.get(government) ?? [];
    byGovernment.set(government, list);
    list.push({ id: statement.id, weight: statementWeight(statement), period: periodKey(statement.date) ?? UNDATED_GROUP.id });
  }
  const positionsSplit = [...byGovernment.values()].reduce((sum, list) => sum + total(list), 0) > budget.entries;
  const governments = positionsSplit ? [...byGovernment].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, list]) => governmentPlacement(id, list, budget)) : [];

  const entryPages = new Map<string, string>();
  for (const event of events) entryPages.set(key('event', event.id), CHRONOLOGY);
  for (const statement of statements) entryPages.set(key('statement', statement.id), POSITIONS);
  for (const page of chronology.pages) for (const id of page.ids) entryPages.set(key('event', id), page.path);
  for (const government of governments) for (const page of government.pages) for (const id of page.ids) entryPages.set(key('statement', id), page.path);
  return { budget, chronology, positions: { split: positionsSplit, governments }, entryPages };
}

function governmentPlacement(id: string, statements: readonly Placed[], budget: PageBudget): GovernmentPlacement {
  const path = `${POSITIONS}${id}/`;
  if (total(statements) <= budget.entries) {
    return { id, split: false, pages: [{ path, government: id, period: null, part: 1, parts: 1, ids: statements.map((s) => s.id) }] };
  }
  const index: EntryPage = { path, government: id, period: null, part: 1, parts: 1, ids: [] };
  return { id, split: true, pages: [index, ...periodPages(path, id, statements, budget)] };
}

/** A page per period under `parent` (entries come in reading order, so periods do too), each cut into parts when too heavy. */
function periodPages(parent: string, government: string | null, entries: readonly Placed[], budget: PageBudget): EntryPage[] {
  const periods = new Map<string, Placed[]>();
  for (const entry of entries) {
    const list = periods.get(entry.period) ?? [];
    periods.set(entry.period, list);
    list.push(entry);
  }
  return [...periods].flatMap(([period, list]) => {
    const parts = cut(list, budget);
    return parts.map((ids, i) => ({
      path: i === 0 ? `${parent}${period}/` : `${parent}${period}/${i + 1}/`,
      government,
      period,
      part: i + 1,
      parts: parts.length,
      ids,
    }));
  });
}

/** Consecutive runs of entries, each within the budget; an entry heavier than the budget alone gets a run of its own. */
function cut(entries: readonly Placed[], budget: PageBudget): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  let weight = 0;
  for (const entry of entries) {
    if (run.length > 0 && weight + entry.weight > budget.entries) {
      runs.push(run);
      run = [];
      weight = 0;
    }
    run.push(entry.id);
    weight += entry.weight;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function total(entries: readonly Placed[]): number {
  return entries.reduce((sum, entry) => sum + entry.weight, 0);
}

function key(kind: EntryKind, id: string): string {
  return `${kind}:${id}`;
}

/** The page an event or statement is on; null when the briefing has no such entry. */
export function placedPage(placement: Placement, kind: 'event' | 'statement', id: string): string | null {
  return placement.entryPages.get(key(kind, id)) ?? null;
}

/**
 * The link to an entry on the page it is on: `entryHref(p, 'event', 'x')` → `/chronology/#x`
 * on a one-page chronology, `/chronology/2024-10/#x` on a split one.
 */
export function entryHref(placement: Placement, kind: EntryKind, id: string): string {
  if (kind === 'figure') return figureHref(id);
  // An id the model does not have can only be on the main page, if anywhere.
  return `${placedPage(placement, kind, id) ?? (kind === 'event' ? CHRONOLOGY : POSITIONS)}#${id}`;
}

/**
 * Where to read a government's statements: its section of `/positions/` (`/positions/#<id>`),
 * or its own page once positions are split (`/positions/<id>/`).
 */
export function governmentHref(placement: Placement, government: string): string {
  return placement.positions.split ? `${POSITIONS}${government}/` : `${POSITIONS}#${government}`;
}

/**
 * Where to read the events of a chronology period: its section of `/chronology/`
 * (`/chronology/#2024-10`), or its page once the chronology is split (`/chronology/2024-10/`).
 */
export function periodHref(placement: Placement, period: string): string {
  return placement.chronology.split ? `${CHRONOLOGY}${period}/` : `${CHRONOLOGY}#${period}`;
}

/** Every page of entries beyond `/chronology/` and `/positions/`, chronology first, each path once. */
export function entryPages(placement: Placement): EntryPage[] {
  return [...placement.chronology.pages, ...placement.positions.governments.flatMap((government) => government.pages)];
}
