import type { ChronologyEntry, ChronologyMonth, ChronologyView } from './chronology.ts';
import { countLabel } from './format/count-label.ts';
import { pageNav, partSuffix, type PageLink, type PageNav } from './page-links.ts';
import type { EntryPage, Placement } from './placement.ts';

/*
 * The pages of a split chronology (see placement.ts): `/chronology/` becomes an index of
 * periods, and each period's events are on its own page. Built from the one-page view, so
 * entries, labels and order are those of the one-page chronology.
 */

/** A period in the index of a split chronology. */
export interface PeriodIndexItem {
  /** The period (`2024-10`, `2023`, `undated`): the section's anchor, as on the one-page chronology. */
  id: string;
  /** "October 2024", "Date not known". */
  label: string;
  /** `YYYY-MM` or `YYYY` for `<time datetime>`; null for the undated group. */
  datetime: string | null;
  /** "12 events". */
  count: string;
  /** The period's page, or one link per part when the period is cut: "October 2024, part 2 of 3". */
  pages: PageLink[];
}

/** One page of a split chronology: a period, or a part of one. */
export interface ChronologyPageView {
  /** Site path before the base: `/chronology/2024-10/`. */
  path: string;
  /** The period, as in `PeriodIndexItem.id`. */
  period: string;
  /** "October 2024", "October 2024, part 2 of 3": the page's name. */
  label: string;
  datetime: string | null;
  /** "12 events in October 2024." or, for a part, "Events 13 to 24 of the 30 in October 2024." */
  intro: string;
  entries: ChronologyEntry[];
  nav: PageNav;
}

/** The periods of a split chronology for its index page, in date order; empty when the chronology is one page. */
export function chronologyIndex(view: ChronologyView, placement: Placement): PeriodIndexItem[] {
  if (!placement.chronology.split) return [];
  return view.months.map((month) => ({
    id: month.id,
    label: month.label,
    datetime: month.datetime,
    count: countLabel(month.entries.length, 'event'),
    pages: pagesOf(month, placement).map((page) => ({ href: page.path, label: pageLabel(month, page) })),
  }));
}

/** The period pages of a split chronology, in reading order; empty when the chronology is one page. */
export function chronologyPages(view: ChronologyView, placement: Placement): ChronologyPageView[] {
  const months = new Map(view.months.map((month) => [month.id, month]));
  const pages = placement.chronology.pages;
  const label = (page: EntryPage) => {
    const month = months.get(page.period ?? '');
    return month ? pageLabel(month, page) : (page.period ?? '');
  };
  return pages.flatMap((page, index) => {
    const month = months.get(page.period ?? '');
    if (!month) return [];
    const byId = new Map(month.entries.map((entry) => [entry.id, entry]));
    const entries = page.ids.flatMap((id) => byId.get(id) ?? []);
    return [
      {
        path: page.path,
        period: month.id,
        label: label(page),
        datetime: month.datetime,
        intro: pageIntro(month, page, pages),
        entries,
        nav: pageNav(pages, index, label),
      },
    ];
  });
}

function pagesOf(month: ChronologyMonth, placement: Placement): EntryPage[] {
  return placement.chronology.pages.filter((page) => page.period === month.id);
}

function pageLabel(month: ChronologyMonth, page: EntryPage): string {
  return `${month.label}${partSuffix(page)}`;
}

function pageIntro(month: ChronologyMonth, page: EntryPage, pages: readonly EntryPage[]): string {
  const where = month.datetime === null ? 'without a date' : `in ${month.label}`;
  if (page.parts === 1) return `${countLabel(page.ids.length, 'event')} ${where}.`;
  const before = pages.filter((other) => other.period === page.period && other.part < page.part).reduce((sum, other) => sum + other.ids.length, 0);
  return `Events ${before + 1} to ${before + page.ids.length} of the ${month.entries.length} ${where}.`;
}
