import type { Briefing } from '../model.ts';
import { UNDATED_GROUP } from './chronology.ts';
import { eventsInOrder, statementsInOrder } from './entry-order.ts';
import { periodKey } from './format/date-order.ts';
import { compareFigureRows, figureDay } from './figure-row.ts';
import { compareIds } from './format/date-order.ts';
import { chartWeight, DEFAULT_PAGE_BUDGET, eventWeight, figureWeight, statementWeight, type PageBudget } from './page-budget.ts';
import { CHRONOLOGY, FIGURES, OTHER_VOICES, POSITIONS, type EntryKind } from './paths.ts';
import { sourceLookup } from './source-lookup.ts';

/*
 * Where each event, statement and figure is published, decided here and nowhere else: pages render
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
 * - Figures: every claims table (and chart) on `/figures/` while they fit. Beyond it,
 *   `/figures/` keeps each category's section (label, spread, disagreement note) and each
 *   category with claims gets its page `/figures/<category>/`, with the chart and the table;
 *   a table too heavy for one page is cut, in the table's order, into parts
 *   `/figures/<category>/2/`, … as periods are. The chart weighs on the first part.
 *
 * Everything depends on the model and the budget alone, so two builds of the same content
 * place every entry on the same page. Splitting by what an entry is (its date, its
 * government) rather than by its rank keeps most entries on their page as sources are
 * added; links to those that do move are kept by stubs (moved-entries.ts).
 */

/** A page of entries other than `/chronology/`, `/positions/` and `/figures/` themselves. */
export interface EntryPage {
  /** Site path before the base: `/chronology/2024-10/`, `/positions/freedonia/2024-10/2/`, `/figures/troops/2/`. */
  path: string;
  /** What the page holds: events, statements or figures. */
  kind: EntryKind;
  /** The government id (or `other-voices`) whose statements the page holds; null on chronology and figures pages. */
  government: string | null;
  /** The figure category whose claims the page holds; null on chronology and positions pages. */
  category: string | null;
  /** The period held (`2024-10`, `2023`, `undated`); null for a government's whole page and on figures pages. */
  period: string | null;
  /** 1-based rank of the page among the parts of its period (or category); 1 when it is not cut. */
  part: number;
  /** How many parts the period (or category) is cut into; 1 when it is not cut. */
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

/** The pages of one figure category when figures are split. */
export interface CategoryPlacement {
  /** The category id. */
  id: string;
  /** `/figures/<id>/`, then `/figures/<id>/2/`, …: the category's claims in the table's order. */
  pages: EntryPage[];
}

/** Figures: one page, or `/figures/` with the categories' sections and a page (or pages) per category. */
export interface FiguresPlacement {
  /** True when the claims tables are on the categories' pages rather than on `/figures/`. */
  split: boolean;
  /** Categories with claims, by id; empty when not split. */
  categories: CategoryPlacement[];
}

/** Where every event, statement and figure of one briefing is published. */
export interface Placement {
  budget: PageBudget;
  chronology: ChronologyPlacement;
  positions: PositionsPlacement;
  figures: FiguresPlacement;
  /** `event:<id>`, `statement:<id>` or `figure:<id>` → the path of the page it is on, for every entry. */
  entryPages: ReadonlyMap<string, string>;
}

/** An entry to place: its id, its weight and the period (or category) it is filed under. */
interface Placed {
  id: string;
  weight: number;
  period: string;
}

/** The parts of the briefing `placeEntries` reads. */
export type PlacedBriefing = Pick<Briefing, 'events' | 'statements' | 'figures' | 'sources'>;

/**
 * Decides on which page each event, statement and figure is published (see the rule above).
 * The budget comes from the caller; `sitePlacement` gives the one the build uses.
 */
export function placeEntries(briefing: PlacedBriefing, budget: PageBudget = DEFAULT_PAGE_BUDGET): Placement {
  const events: Placed[] = eventsInOrder(briefing.events).map((event) => ({ id: event.id, weight: eventWeight(event), period: periodKey(event.date) ?? UNDATED_GROUP.id }));
  const statements = statementsInOrder(briefing.statements, sourceLookup(briefing));

  const chronologySplit = total(events) > budget.entries;
  const chronology: ChronologyPlacement = { split: chronologySplit, pages: chronologySplit ? periodPages('event', CHRONOLOGY, null, events, budget) : [] };

  const byGovernment = new Map<string, Placed[]>();
  for (const statement of statements) {
    const government = statement.government ?? OTHER_VOICES.id;
    const list = byGovernment.get(government) ?? [];
    byGovernment.set(government, list);
    list.push({ id: statement.id, weight: statementWeight(statement), period: periodKey(statement.date) ?? UNDATED_GROUP.id });
  }
  const positionsSplit = [...byGovernment.values()].reduce((sum, list) => sum + total(list), 0) > budget.entries;
  const governments = positionsSplit ? [...byGovernment].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, list]) => governmentPlacement(id, list, budget)) : [];

  const figures = placeFigures(briefing, budget);

  const entryPages = new Map<string, string>();
  for (const event of events) entryPages.set(key('event', event.id), CHRONOLOGY);
  for (const statement of statements) entryPages.set(key('statement', statement.id), POSITIONS);
  for (const figure of briefing.figures) entryPages.set(key('figure', figure.id), FIGURES);
  const pages = [...chronology.pages, ...governments.flatMap((government) => government.pages), ...figures.categories.flatMap((category) => category.pages)];
  for (const page of pages) for (const id of page.ids) entryPages.set(key(page.kind, id), page.path);
  return { budget, chronology, positions: { split: positionsSplit, governments }, figures, entryPages };
}

/**
 * Figures by category, each category's claims in its table's order (see figures.ts) and its
 * chart weighing on the first page; split when tables and charts together pass the budget.
 */
function placeFigures(briefing: PlacedBriefing, budget: PageBudget): FiguresPlacement {
  const sources = sourceLookup(briefing);
  const byCategory = new Map<string, Placed[]>();
  const rows = briefing.figures.map((figure) => ({ figure, id: figure.id, value: figure.value, day: figureDay(figure, sources) })).sort(compareFigureRows);
  for (const { figure } of rows) {
    const list = byCategory.get(figure.category) ?? [];
    byCategory.set(figure.category, list);
    list.push({ id: figure.id, weight: figureWeight(figure), period: figure.category });
  }
  // A chart draws the claims placed on a date (figure-chart.ts): those with a day.
  const charts = new Map([...byCategory.keys()].map((category) => [category, chartWeight(rows.filter((row) => row.figure.category === category && row.day !== null).length)]));
  const weight = [...byCategory].reduce((sum, [category, list]) => sum + total(list) + (charts.get(category) ?? 0), 0);
  if (weight <= budget.entries) return { split: false, categories: [] };
  const categories = [...byCategory].sort(([a], [b]) => compareIds(a, b)).map(([id, list]) => {
    const parent = `${FIGURES}${id}/`;
    const parts = cut(list, budget, charts.get(id) ?? 0);
    const pages = parts.map((ids, i) => ({ path: i === 0 ? parent : `${parent}${i + 1}/`, kind: 'figure' as const, government: null, category: id, period: null, part: i + 1, parts: parts.length, ids }));
    return { id, pages };
  });
  return { split: true, categories };
}

function governmentPlacement(id: string, statements: readonly Placed[], budget: PageBudget): GovernmentPlacement {
  const path = `${POSITIONS}${id}/`;
  if (total(statements) <= budget.entries) {
    return { id, split: false, pages: [{ path, kind: 'statement', government: id, category: null, period: null, part: 1, parts: 1, ids: statements.map((s) => s.id) }] };
  }
  const index: EntryPage = { path, kind: 'statement', government: id, category: null, period: null, part: 1, parts: 1, ids: [] };
  return { id, split: true, pages: [index, ...periodPages('statement', path, id, statements, budget)] };
}

/** A page per period under `parent` (entries come in reading order, so periods do too), each cut into parts when too heavy. */
function periodPages(kind: 'event' | 'statement', parent: string, government: string | null, entries: readonly Placed[], budget: PageBudget): EntryPage[] {
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
      kind,
      government,
      category: null,
      period,
      part: i + 1,
      parts: parts.length,
      ids,
    }));
  });
}

/**
 * Consecutive runs of entries, each within the budget; an entry heavier than the budget alone
 * gets a run of its own. `head` is weight the first page carries besides its entries (a chart);
 * the first page still holds at least one entry, so no page is a chart alone.
 */
function cut(entries: readonly Placed[], budget: PageBudget, head = 0): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  let weight = head;
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

/** The page an event, statement or figure is on; null when the briefing has no such entry. */
export function placedPage(placement: Placement, kind: EntryKind, id: string): string | null {
  return placement.entryPages.get(key(kind, id)) ?? null;
}

/** The main page of entries of a kind: `/chronology/`, `/positions/`, `/figures/`. */
export function mainPage(kind: EntryKind): string {
  return kind === 'event' ? CHRONOLOGY : kind === 'statement' ? POSITIONS : FIGURES;
}

/**
 * The link to an entry on the page it is on: `entryHref(p, 'event', 'x')` → `/chronology/#x`
 * on a one-page chronology, `/chronology/2024-10/#x` on a split one; a figure's row is on
 * `/figures/#x`, or `/figures/<category>/#x` (or a part of it) once figures are split.
 */
export function entryHref(placement: Placement, kind: EntryKind, id: string): string {
  // An id the model does not have can only be on the main page, if anywhere.
  return `${placedPage(placement, kind, id) ?? mainPage(kind)}#${id}`;
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

/**
 * Where to read a figure category's claims table: its section of `/figures/`
 * (`/figures/#<id>`), or its page once figures are split (`/figures/<id>/`). A category
 * without claims has no page: its section is all there is.
 */
export function categoryHref(placement: Placement, category: string): string {
  const placed = placement.figures.categories.find((c) => c.id === category);
  return placed?.pages[0]?.path ?? `${FIGURES}#${category}`;
}

/** Every page of entries beyond `/chronology/`, `/positions/` and `/figures/`: chronology, positions, then figures, each path once. */
export function entryPages(placement: Placement): EntryPage[] {
  return [
    ...placement.chronology.pages,
    ...placement.positions.governments.flatMap((government) => government.pages),
    ...placement.figures.categories.flatMap((category) => category.pages),
  ];
}
