import type { Briefing, Figure } from '../model.ts';
import { actorLookup } from './actor-lookup.ts';
import { figureChart, type FigureChart } from './figure-chart.ts';
import { compareFigureRows, figureRow, type FigureRow } from './figure-row.ts';
import { figureSpread, type FigureSpread } from './figure-spread.ts';
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

/** One figure category: its table, its spread and its chart. */
export interface FigureSection {
  /** The category id, the section's anchor. */
  id: string;
  label: string;
  description: string | null;
  /** Claims by date (as-of, else first report), then value, then id. */
  rows: FigureRow[];
  /** Null when the category has no claims. */
  spread: FigureSpread | null;
  /** Null when no claim can be placed on a date axis. */
  chart: FigureChart | null;
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
      const spread = figureSpread(rows);
      return { id: category.id, label: category.label, description: category.description ?? null, rows, spread, chart: figureChart(category.label, rows, spread) };
    }),
  };
}
