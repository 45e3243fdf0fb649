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
  /** SVG path data of the marker. */
  d: string;
  /** `series-<n> marker-<qualifier>`, for the stylesheet. */
  className: string;
  /** For the shape's `<title>`: who claims what, when. */
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
  /** Claimants, in order of first appearance. */
  seriesLegend: LegendEntry[];
  /** The qualifier shapes used in this chart, in the order of `MARKER_LEGEND`. */
  markerLegend: LegendEntry[];
}

/** The size of a legend swatch's SVG (square). */
export const LEGEND_BOX = 2 * LEGEND_RADIUS + 4;

const TICK_LENGTH = 5;
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
      d: markerPath(point.marker, point.x + (offsets[i] ?? 0), point.y, MARKER_RADIUS),
      className: `series-${point.colorIndex} marker-${point.marker}`,
      label: point.label,
    })),
    seriesLegend: chart.series.map((series) => ({
      label: series.label,
      d: markerPath('exact', centre, centre, LEGEND_RADIUS),
      className: `series-${series.colorIndex}`,
    })),
    markerLegend: MARKER_LEGEND.filter((entry) => used.has(entry.marker)).map((entry) => ({
      label: entry.label,
      d: markerPath(entry.marker, centre, centre, LEGEND_RADIUS),
      className: `marker-${entry.marker}`,
    })),
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
