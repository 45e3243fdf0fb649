import type { Briefing } from '../model.ts';
import { chartDrawing, type ChartDrawing } from './chart-drawing.ts';
import { figuresView, type CategoryInfo, type FigureSection } from './figures.ts';
import type { FigureRow } from './figure-row.ts';
import { countLabel } from './format/count-label.ts';

/** A table row of the figures page. */
export interface FiguresPageRow extends FigureRow {
  /** The claimant's description as the source words it, when it says more than `claimant`; else null. */
  describedAs: string | null;
  /** The verbatim words, when they differ from `claimWithUnit` ("thousands of foreign troops"); else null. */
  asWritten: string | null;
  /** The as-of date's words, when they differ from its label ("last week"); else null. */
  asOfAsWritten: string | null;
}

/** A category section as the figures page draws it. */
export interface FiguresPageSection extends Omit<FigureSection, 'rows'> {
  rows: FiguresPageRow[];
  /** A plain warning when different claimants give different numbers; null when they do not. */
  disagreement: string | null;
  /** The chart, ready to write as SVG; null when the section has no chart. */
  drawing: ChartDrawing | null;
  /** Ids of the SVG's `<title>` and `<desc>`, unique on the page because they start with the category id. */
  chartIds: { title: string; desc: string };
  /** The table's caption: "<label>: every claim, by date". */
  caption: string;
  /** Id of the table's caption, which also names its scrolling region. */
  captionId: string;
}

export interface FiguresPageView {
  sections: FiguresPageSection[];
  /** How many claims in all, for the introduction: "14 claims". */
  claims: string;
  /** "3 categories". */
  categories: string;
}

/** The figures page: `figuresView` plus what only the page shows (the disagreement note, the drawing). */
export function figuresPageView(briefing: Briefing, categories: readonly CategoryInfo[]): FiguresPageView {
  const sections = figuresView(briefing, categories).sections.map((section) => ({
    ...section,
    rows: section.rows.map((row) => ({
      ...row,
      describedAs: describedAs(row),
      asWritten: unlessSame(row.text, row.claimWithUnit),
      asOfAsWritten: row.asOfText === null || row.asOfLabel === null ? null : unlessSame(row.asOfText, row.asOfLabel),
    })),
    disagreement: disagreementNote(section),
    drawing: section.chart ? chartDrawing(section.chart) : null,
    chartIds: { title: `${section.id}-chart-title`, desc: `${section.id}-chart-desc` },
    caption: `${section.label}: every claim, by date`,
    captionId: `${section.id}-table-caption`,
  }));
  return { sections, claims: countLabel(briefing.figures.length, 'claim'), categories: countLabel(sections.length, 'category', 'categories') };
}

/**
 * "3 claimants give 4 different numbers. …" when the spread
 * says claimants disagree. Counts come from the rows, so the note and the table agree.
 */
export function disagreementNote(section: Pick<FigureSection, 'rows' | 'spread'>): string | null {
  if (!section.spread?.disagree) return null;
  const claimants = new Set(section.rows.map((row) => row.claimantKey)).size;
  const numbers = new Set(section.rows.map((row) => row.value)).size;
  return `${countLabel(claimants, 'claimant')} give ${countLabel(numbers, 'different number')}. Each is shown as its claimant’s claim; none is confirmed by this briefing.`;
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
