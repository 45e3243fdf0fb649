import type { Briefing } from '../model.ts';
import { chartDrawing, type ChartDrawing } from './chart-drawing.ts';
import { figuresView, type CategoryInfo, type FigureSection, type SectionSeries } from './figures.ts';
import type { FigureRow } from './figure-row.ts';
import { seriesOf } from './figure-series.ts';
import { countLabel } from './format/count-label.ts';
import { pageNav, partSuffix, type PageLink, type PageNav } from './page-links.ts';
import { FIGURES } from './paths.ts';
import type { CategoryPlacement, EntryPage, Placement } from './placement.ts';
import { sitePlacement } from './site-placement.ts';

/** A table row of the figures page. */
export interface FiguresPageRow extends FigureRow {
  /** The claimant's description as the source words it, when it says more than `claimant`; else null. */
  describedAs: string | null;
  /** The verbatim words, when they differ from `claimWithUnit` ("thousands of foreign troops"); else null. */
  asWritten: string | null;
  /** The as-of date's words, when they differ from its label ("last week"); else null. */
  asOfAsWritten: string | null;
  /** The series the claim is compared in: "Reported so far", "Planned or in total", "Expected by a date". */
  stageLabel: string;
}

/** A series of a category as the figures page draws it. */
export interface PageSeries extends SectionSeries {
  /** The chart, ready to write as SVG; null when the series has no chart. */
  drawing: ChartDrawing | null;
  /** Ids of the SVG's `<title>` and `<desc>`, unique on the page because they start with the category and series ids. */
  chartIds: { title: string; desc: string };
}

/** A category section as the figures page draws it. */
export interface FiguresPageSection extends Omit<FigureSection, 'rows' | 'series'> {
  rows: FiguresPageRow[];
  series: PageSeries[];
  /** True when at least one series has a chart. */
  charted: boolean;
  /** The table's caption: "<label>: every claim, by date". */
  caption: string;
  /** Id of the table's caption, which also names its scrolling region. */
  captionId: string;
  /**
   * When figures are split (see placement.ts): the category's page, or one link per part,
   * which hold its chart and table; empty when they are on `/figures/` itself.
   */
  pages: PageLink[];
}

export interface FiguresPageView {
  /** True when `/figures/` keeps the sections and the tables are on the categories' pages. */
  split: boolean;
  sections: FiguresPageSection[];
  /** How many claims in all, for the introduction: "14 claims". */
  claims: string;
  /** "3 categories". */
  categories: string;
}

/**
 * The figures page: `figuresView` plus what only the page shows (the drawings, the stage of
 * each row), and, when `placement` splits figures, the links to the categories' pages.
 */
export function figuresPageView(briefing: Briefing, categories: readonly CategoryInfo[], placement: Placement = sitePlacement(briefing)): FiguresPageView {
  const placed = new Map(placement.figures.categories.map((category) => [category.id, category]));
  const sections = figuresView(briefing, categories, placement).sections.map((section) => ({
    ...section,
    rows: section.rows.map((row) => ({
      ...row,
      describedAs: describedAs(row),
      asWritten: unlessSame(row.text, row.claimWithUnit),
      asOfAsWritten: row.asOfText === null || row.asOfLabel === null ? null : unlessSame(row.asOfText, row.asOfLabel),
      stageLabel: seriesOf(row.stage).label,
    })),
    series: section.series.map((one) => ({
      ...one,
      drawing: one.chart ? chartDrawing(one.chart) : null,
      chartIds: { title: `${section.id}-${one.id}-chart-title`, desc: `${section.id}-${one.id}-chart-desc` },
    })),
    charted: section.series.some((one) => one.chart !== null),
    caption: `${section.label}: every claim, by date`,
    captionId: `${section.id}-table-caption`,
    pages: (placed.get(section.id)?.pages ?? []).map((page) => ({ href: page.path, label: `${section.label}${partSuffix(page)}` })),
  }));
  return { split: placement.figures.split, sections, claims: countLabel(briefing.figures.length, 'claim'), categories: countLabel(sections.length, 'category', 'categories') };
}

/** The description as written, unless it only repeats the label ("Reuters" for "reuters"). */
function describedAs(row: Pick<FigureRow, 'claimant' | 'claimantDescription'>): string | null {
  return unlessSame(row.claimantDescription.trim(), row.claimant);
}

/** `words`, or null when they are empty or say what `shown` already says (ignoring case, spacing and digit-group commas). */
function unlessSame(words: string, shown: string): string | null {
  const norm = (text: string) => text.replace(/(?<=\d),(?=\d{3})/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
  return norm(words) === '' || norm(words) === norm(shown) ? null : words;
}

/** One page of split figures: a category's chart and claims table, or a part of the table. */
export interface FigureCategoryPageView {
  /** Site path before the base: `/figures/<category>/`, `/figures/<category>/2/`. */
  path: string;
  /** The category's section, its rows those of this page; its charts only on the first page. */
  section: FiguresPageSection;
  /** "Troops", "Troops, part 2 of 3": the page's name. */
  label: string;
  /** "1,500 claims." or, for a part, "Claims 201 to 400 of the 1,500, by date." */
  intro: string;
  /** Its section of `/figures/`, which keeps the spread of all the category's claims. */
  up: PageLink;
  nav: PageNav;
}

/** Every page of split figures, category by category in the order of the view; empty when figures are one page. */
export function figureCategoryPages(view: FiguresPageView, placement: Placement): FigureCategoryPageView[] {
  const sections = new Map(view.sections.map((section) => [section.id, section]));
  return placement.figures.categories.flatMap((category) => {
    const section = sections.get(category.id);
    return section ? categoryPages(section, category) : [];
  });
}

function categoryPages(section: FiguresPageSection, category: CategoryPlacement): FigureCategoryPageView[] {
  const byId = new Map(section.rows.map((row) => [row.id, row]));
  const label = (page: EntryPage) => `${section.label}${partSuffix(page)}`;
  let before = 0;
  return category.pages.map((page, index) => {
    const rows = page.ids.flatMap((id) => byId.get(id) ?? []);
    const first = before;
    before += rows.length;
    const intro = page.parts === 1 ? `${countLabel(rows.length, 'claim')}.` : `Claims ${first + 1} to ${first + rows.length} of the ${section.rows.length}, by date.`;
    return {
      path: page.path,
      section: {
        ...section,
        rows,
        // The charts show every claim of the category: once, on its first page.
        series: section.series.map((one) => ({ ...one, drawing: page.part === 1 ? one.drawing : null })),
        charted: page.part === 1 && section.charted,
        caption: page.parts === 1 ? section.caption : `${section.label}: claims ${first + 1} to ${first + rows.length} of ${section.rows.length}, by date`,
      },
      label: label(page),
      intro,
      up: { href: `${FIGURES}#${section.id}`, label: 'All figures' },
      nav: pageNav(category.pages, index, label),
    };
  });
}
