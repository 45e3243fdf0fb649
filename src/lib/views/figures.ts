import type { Briefing, Figure } from '../model.ts';
import { actorLookup } from './actor-lookup.ts';
import { chartedRows, figureChart, type FigureChart } from './figure-chart.ts';
import { disagreements, type Disagreement } from './figure-disagreement.ts';
import { compareFigureRows, figureRow, type FigureRow } from './figure-row.ts';
import { figureSeries, type FigureSeries } from './figure-series.ts';
import { compareIds } from './format/date-order.ts';
import { entryHref, type Placement } from './placement.ts';
import { sitePlacement } from './site-placement.ts';
import { sourceLookup } from './source-lookup.ts';

/** What the figures page needs of a figure category (`content/figure-categories.yaml`). */
export interface CategoryInfo {
  id: string;
  label: string;
  description?: string | undefined;
}

/** The comparable claims of a category (one stage, see figure-series.ts) with their chart. */
export interface SectionSeries extends FigureSeries {
  /** Null when none of the series' claims can be placed on a date axis. */
  chart: FigureChart | null;
}

/** One figure category: its table, its series by stage with their spreads and charts, and where claims disagree. */
export interface FigureSection {
  /** The category id, the section's anchor. */
  id: string;
  label: string;
  description: string | null;
  /** Claims by date (as-of, else first report), then value, then id. */
  rows: FigureRow[];
  /** Reported so far, planned or in total, expected: each with claims; empty when the category has none. */
  series: SectionSeries[];
  /** Claims of the same stage and period that cannot all be true (see figure-disagreement.ts). */
  disagreements: Disagreement[];
}

export interface FiguresView {
  /** One section per category, in the order of the topic data; then any category the data does not list. */
  sections: FigureSection[];
}

/**
 * Builds the figures page. Every category of the topic gets a section, even
 * without claims, so its anchor stays stable; figures of a category the topic
 * does not list get a section labelled with the category id, so none is hidden.
 * Rows link to the page `placement` puts each figure on.
 */
export function figuresView(briefing: Briefing, categories: readonly CategoryInfo[], placement: Placement = sitePlacement(briefing)): FiguresView {
  const actors = actorLookup(briefing);
  const sources = sourceLookup(briefing);
  const known = new Set(categories.map((category) => category.id));
  const unlisted = [...new Set(briefing.figures.map((f) => f.category).filter((id) => !known.has(id)))].sort(compareIds);
  const all: CategoryInfo[] = [...categories, ...unlisted.map((id) => ({ id, label: id }))];
  return {
    sections: all.map((category) => {
      const figures = briefing.figures.filter((figure: Figure) => figure.category === category.id);
      const rows = figures
        .map((figure) => ({ ...figureRow(figure, actors, sources), href: entryHref(placement, 'figure', figure.id) }))
        .sort(compareFigureRows);
      const claimants = [...new Set(rows.map((row) => row.claimantKey))];
      const series = figureSeries(rows).map((one) => {
        const charted = chartedRows(one.rows);
        const title = `${category.label}, ${one.label.toLowerCase()}${charted.cut ? `, the latest ${charted.rows.length} claims` : ''}`;
        return { ...one, chart: figureChart(title, charted.rows, one.sentence, claimants) };
      });
      return { id: category.id, label: category.label, description: category.description ?? null, rows, series, disagreements: disagreements(series) };
    }),
  };
}
