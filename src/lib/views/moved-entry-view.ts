import type { Briefing } from '../model.ts';
import { actorLookup, actorName } from './actor-lookup.ts';
import { UNDATED_GROUP } from './chronology.ts';
import { eventLabel, figureLabel, statementLabel } from './entry-label.ts';
import type { CategoryInfo } from './figures.ts';
import { periodLabel } from './format/period-label.ts';
import type { MovedEntry } from './moved-entries.ts';
import { partSuffix } from './page-links.ts';
import { OTHER_VOICES } from './paths.ts';
import { entryPages, placedPage, type EntryPage, type Placement } from './placement.ts';
import { statementPeriodLabel } from './positions-pages.ts';

/** A stub as a page shows it: the moved entry in a line, and where it is now. */
export interface MovedEntryView extends MovedEntry {
  /** The entry in a line: "23 Oct 2024: Talks resumed at the port…", "Anna Berg: “We will…”". */
  label: string;
  /** The page it is on now: "the chronology for October 2024", "the positions of Freedonia". */
  where: string;
}

/**
 * The stubs of `moved` with the words a reader needs to follow them, in the same order.
 * `categories` name the figure categories (`content/figure-categories.yaml`); a category
 * they do not list is named by its id.
 */
export function movedEntryViews(moved: readonly MovedEntry[], briefing: Briefing, placement: Placement, categories: readonly CategoryInfo[] = []): MovedEntryView[] {
  const actors = actorLookup(briefing);
  const events = new Map(briefing.events.map((event) => [event.id, event]));
  const statements = new Map(briefing.statements.map((statement) => [statement.id, statement]));
  const figures = new Map(briefing.figures.map((figure) => [figure.id, figure]));
  const categoryLabels = new Map(categories.map((category) => [category.id, category.label]));
  const pages = new Map(entryPages(placement).map((page) => [page.path, page]));
  const governmentName = (id: string) => (id === OTHER_VOICES.id ? OTHER_VOICES.name : actorName(id, actors));
  return moved.map((entry) => {
    const event = entry.kind === 'event' ? events.get(entry.id) : undefined;
    const statement = entry.kind === 'statement' ? statements.get(entry.id) : undefined;
    const figure = entry.kind === 'figure' ? figures.get(entry.id) : undefined;
    const label = event ? eventLabel(event) : statement ? statementLabel(statement, actors) : figure ? figureLabel(figure, actors) : entry.id;
    const page = pages.get(placedPage(placement, entry.kind, entry.id) ?? '');
    const categoryLabel = (id: string) => categoryLabels.get(id) ?? id;
    return { ...entry, label, where: page ? pageName(page, governmentName, categoryLabel) : MAIN_PAGE_NAMES[entry.kind] };
  });
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
