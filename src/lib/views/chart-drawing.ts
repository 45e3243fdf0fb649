import type { FigureChart } from './figure-chart.ts';
import { MARKER_LEGEND, markerPath } from './format/marker-shape.ts';
import type { QualifierMarker } from './format/qualifier-marker.ts';

/** Radius of a point marker, in SVG user units. */
export const MARKER_RADIUS = 6;
/** Radius of the shapes in the legend, drawn in their own small SVGs. */
export const LEGEND_RADIUS = 5;

/** A straight line, in SVG user units. */
export interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A tick label and where to write it. */
export interface TickLabel {
  x: number;
  y: number;
  label: string;
  /** `YYYY-MM-DD` on the date axis, for a `<time>`-like hint; null on the value axis. */
  datetime: string | null;
  /** SVG `text-anchor`: the outer labels of the date axis are aligned to stay inside the drawing. */
  anchor: 'start' | 'middle' | 'end';
}

/** One claim as a shape: colour class by claimant, shape by qualifier. */
export interface PointShape {
  /** The figure id (its table row's anchor). */
  id: string;
  /** Link to its table row (before the base path). */
  href: string;
  /** SVG path data of the marker. */
  d: string;
  /** `series-<n> marker-<qualifier>`, for the stylesheet. */
  className: string;
  /** For the shape's `<title>`: who claims what, when. */
  label: string;
}

/** A vague amount as a band (see `ChartBand`), with its words beside it. */
export interface BandShape {
  id: string;
  href: string;
  /** The band's rectangle. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** `series-<n> band` (and `band--open` when it has no upper end), for the stylesheet. */
  className: string;
  /** Where its words go: beside the band, at its middle, on the side with room. */
  textX: number;
  textY: number;
  textAnchor: 'start' | 'end';
  words: string;
  label: string;
}

/** One legend entry with its own small shape. */
export interface LegendEntry {
  label: string;
  /** Path data of the swatch in a `LEGEND_BOX`-sized SVG. */
  d: string;
  className: string;
}

/** Everything a component needs to write the SVG, with no arithmetic left to do. */
export interface ChartDrawing {
  viewBox: string;
  width: number;
  height: number;
  xAxis: Line;
  yAxis: Line;
  /** Horizontal grid lines at the value ticks above 0. */
  grid: Line[];
  /** Small tick marks below the date axis. */
  xTickMarks: Line[];
  xLabels: TickLabel[];
  yLabels: TickLabel[];
  points: PointShape[];
  bands: BandShape[];
  /** Claimants, in order of first appearance. */
  seriesLegend: LegendEntry[];
  /** The qualifier shapes used in this chart, in the order of `MARKER_LEGEND`. */
  markerLegend: LegendEntry[];
}

/** The size of a legend swatch's SVG (square). */
export const LEGEND_BOX = 2 * LEGEND_RADIUS + 4;

const TICK_LENGTH = 5;
/** Width of a vague amount's band, in SVG user units. */
export const BAND_WIDTH = 10;
/** Room a band's words take beside it ("tens of thousands" at the chart's font size), in SVG user units. */
const BAND_WORDS_ROOM = 120;
/** What a band means, for the legend. */
export const BAND_LEGEND = 'a band: a vague amount (“thousands”), over the numbers its words allow';

/** The legend swatch of a band: a tall narrow rectangle centred in the swatch. */
function bandPath(centre: number): string {
  const w = 3;
  const h = LEGEND_RADIUS;
  return `M${centre - w},${centre - h}h${2 * w}v${2 * h}h${-2 * w}Z`;
}
const LABEL_GAP = 8;

/**
 * Turns a chart's geometry into drawing primitives: axis and grid lines, tick
 * labels with their anchors, marker paths with their CSS classes, and the two
 * legends (colour = claimant, shape = qualifier).
 */
export function chartDrawing(chart: FigureChart): ChartDrawing {
  const { plot } = chart;
  const bottom = plot.y + plot.height;
  const right = plot.x + plot.width;
  const lastX = chart.xTicks.length - 1;
  const used = new Set<QualifierMarker>(chart.points.map((point) => point.marker));
  const centre = LEGEND_BOX / 2;
  const offsets = dodge(chart.points);
  return {
    viewBox: `0 0 ${chart.width} ${chart.height}`,
    width: chart.width,
    height: chart.height,
    xAxis: { x1: plot.x, y1: bottom, x2: right, y2: bottom },
    yAxis: { x1: plot.x, y1: plot.y, x2: plot.x, y2: bottom },
    grid: chart.yTicks.filter((tick) => tick.at !== bottom).map((tick) => ({ x1: plot.x, y1: tick.at, x2: right, y2: tick.at })),
    xTickMarks: chart.xTicks.map((tick) => ({ x1: tick.at, y1: bottom, x2: tick.at, y2: bottom + TICK_LENGTH })),
    xLabels: chart.xTicks.map((tick, i) => ({
      x: tick.at,
      y: bottom + TICK_LENGTH + LABEL_GAP + 10,
      label: tick.label,
      datetime: tick.datetime,
      // A lone tick sits mid-axis; the first and last of several sit at the plot's edges, where a centred label would be cut off.
      anchor: lastX === 0 ? 'middle' : i === 0 ? 'start' : i === lastX ? 'end' : 'middle',
    })),
    yLabels: chart.yTicks.map((tick) => ({ x: plot.x - LABEL_GAP, y: tick.at, label: tick.label, datetime: null, anchor: 'end' })),
    points: chart.points.map((point, i) => ({
      id: point.id,
      href: point.href,
      d: markerPath(point.marker, point.x + (offsets[i] ?? 0), point.y, MARKER_RADIUS),
      className: `series-${point.colorIndex} marker-${point.marker}`,
      label: point.label,
    })),
    bands: chart.bands.map((band) => {
      // A band beside a point of its day stands a little to its left, so neither hides the other.
      const x = chart.points.some((point) => Math.abs(point.x - band.x) < MARKER_RADIUS + BAND_WIDTH) ? band.x - MARKER_RADIUS - BAND_WIDTH : band.x;
      // Words go to the right of the band, or to its left near the right edge of the plot.
      const right = x + BAND_WIDTH / 2 + BAND_WORDS_ROOM < plot.x + plot.width + chart.padding.right;
      return {
        id: band.id,
        href: band.href,
        x: round(x - BAND_WIDTH / 2),
        y: band.top,
        width: BAND_WIDTH,
        height: round(Math.max(band.bottom - band.top, 2)),
        className: `series-${band.colorIndex} band${band.open ? ' band--open' : ''}`,
        textX: round(right ? x + BAND_WIDTH / 2 + 4 : x - BAND_WIDTH / 2 - 4),
        textY: round((band.top + band.bottom) / 2),
        textAnchor: right ? 'start' : 'end',
        words: band.words,
        label: band.label,
      };
    }),
    seriesLegend: chart.series.map((series) => ({
      label: series.label,
      d: markerPath('exact', centre, centre, LEGEND_RADIUS),
      className: `series-${series.colorIndex}`,
    })),
    markerLegend: [
      ...MARKER_LEGEND.filter((entry) => used.has(entry.marker)).map((entry) => ({
        label: entry.label,
        d: markerPath(entry.marker, centre, centre, LEGEND_RADIUS),
        className: `marker-${entry.marker}`,
      })),
      ...(chart.bands.length > 0 ? [{ label: BAND_LEGEND, d: bandPath(centre), className: 'band' }] : []),
    ],
  };
}

/**
 * Horizontal offsets that set apart markers which would cover each other: points
 * on the same day whose values lie within a marker's width of each other are
 * spread side by side, centred on their day, in the order of the chart's points.
 * A point's position still reads as its day; only its neighbours move with it.
 */
export function dodge(points: readonly { x: number; y: number }[], r: number = MARKER_RADIUS): number[] {
  const offsets = points.map(() => 0);
  const byX = new Map<number, number[]>();
  points.forEach((point, i) => byX.set(point.x, [...(byX.get(point.x) ?? []), i]));
  for (const indexes of byX.values()) {
    const sorted = [...indexes].sort((a, b) => (points[a]?.y ?? 0) - (points[b]?.y ?? 0) || a - b);
    let cluster: number[] = [];
    const flush = () => {
      const ordered = [...cluster].sort((a, b) => a - b);
      ordered.forEach((index, k) => (offsets[index] = round((k - (ordered.length - 1) / 2) * 2.4 * r)));
      cluster = [];
    };
    for (const index of sorted) {
      const last = cluster.at(-1);
      if (last !== undefined && (points[index]?.y ?? 0) - (points[last]?.y ?? 0) >= 2 * r) flush();
      cluster.push(index);
    }
    flush();
  }
  return offsets;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
