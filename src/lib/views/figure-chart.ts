import { formatDayShort } from '../site/format-date.ts';
import { attribution } from './figure-spread.ts';
import type { FigureRow } from './figure-row.ts';
import { axisNumberLabel } from './format/axis-label.ts';
import { linearAxis } from './format/axis-ticks.ts';
import { countLabel } from './format/count-label.ts';
import type { QualifierMarker } from './format/qualifier-marker.ts';

/** How many series colours the stylesheet defines (`.series-0` … `.series-5`); indexes wrap around. */
export const PALETTE_SIZE = 6;

/** The drawing box of a chart, in SVG user units. */
export const CHART_BOX = { width: 640, height: 320, padding: { top: 16, right: 24, bottom: 40, left: 72 } } as const;

export interface ChartTick {
  /** Position along the axis (x for the date axis, y for the value axis). */
  at: number;
  label: string;
  /** `YYYY-MM-DD` on the date axis; null on the value axis. */
  datetime: string | null;
}

/** A claimant: one colour and one legend entry. */
export interface ChartSeries {
  key: string;
  label: string;
  colorIndex: number;
}

export interface ChartPoint {
  /** The figure id; `href` links to its table row. */
  id: string;
  href: string;
  x: number;
  y: number;
  /** "Ministry of Defence: around 12,000 (week of 14 Oct 2024)", for the point's `<title>`. */
  label: string;
  marker: QualifierMarker;
  colorIndex: number;
}

/**
 * A vague amount ("thousands") as a band from the lowest to the highest number its words allow,
 * never as a point: `top` is the axis top when the words set no upper bound (`open`).
 */
export interface ChartBand {
  /** The figure id; `href` links to its table row. */
  id: string;
  href: string;
  x: number;
  /** y of the band's upper and lower ends. */
  top: number;
  bottom: number;
  /** True when the words set no upper bound and the band runs off the top of the axis. */
  open: boolean;
  /** The words, written beside the band: "thousands". */
  words: string;
  /** "A senior official: thousands (23 Oct 2024)", for the band's `<title>`. */
  label: string;
  colorIndex: number;
}

/** Everything a server-rendered SVG needs; coordinates are rounded to 0.1 so output is stable. */
export interface FigureChart {
  width: number;
  height: number;
  padding: { top: number; right: number; bottom: number; left: number };
  /** The plotting area inside the padding. */
  plot: { x: number; y: number; width: number; height: number };
  xTicks: ChartTick[];
  yTicks: ChartTick[];
  series: ChartSeries[];
  points: ChartPoint[];
  /** Vague amounts, drawn as bands. */
  bands: ChartBand[];
  /** For the SVG's `<title>`. */
  title: string;
  /** For the SVG's `<desc>`: every claim in words, so the chart has a text alternative. */
  description: string;
}

/**
 * Lays out comparable claims (one category, one stage: see figure-series.ts): x by the claim's
 * day (as-of date, else first report), y linear from 0. A number is a point; a vague amount
 * ("thousands") is a band over the numbers its words allow, labelled with its words, since its
 * stored bounds are not a claim of any one number. Rows without any day cannot be placed and are
 * left out (they stay in the table). `sentence` opens the text alternative. `claimants` (claimant
 * keys in order) give a claimant the same colour on every chart of its category. Null when
 * nothing can be placed.
 */
export function figureChart(title: string, rows: readonly FigureRow[], sentence: string | null, claimants: readonly string[] = []): FigureChart | null {
  const placed = rows.filter((row): row is FigureRow & { day: string; value: number } => row.day !== null && row.value !== null);
  const vague = rows.filter((row): row is FigureRow & { day: string; bounds: { min: number; max: number | null } } => row.day !== null && row.value === null && row.bounds.min !== null);
  if (placed.length + vague.length === 0) return null;
  const { width, height, padding } = CHART_BOX;
  const plot = { x: padding.left, y: padding.top, width: width - padding.left - padding.right, height: height - padding.top - padding.bottom };

  const days = [...placed, ...vague].map((row) => dayNumber(row.day));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const xOf = (day: number) => round(plot.x + (last === first ? plot.width / 2 : ((day - first) / (last - first)) * plot.width));
  const axis = linearAxis(Math.max(...placed.map((row) => row.value), ...vague.map((row) => row.bounds.max ?? row.bounds.min)));
  const yOf = (value: number) => round(plot.y + plot.height - (Math.min(value, axis.max) / axis.max) * plot.height);

  // A claimant keeps one colour on every chart of its category: its rank in `claimants`, else by first appearance here.
  const order = [...claimants, ...rows.map((row) => row.claimantKey).filter((key) => !claimants.includes(key))];
  const series: ChartSeries[] = [];
  const colorOf = (row: FigureRow): number => {
    let entry = series.find((s) => s.key === row.claimantKey);
    if (!entry) {
      entry = { key: row.claimantKey, label: row.claimantFull, colorIndex: order.indexOf(row.claimantKey) % PALETTE_SIZE };
      series.push(entry);
    }
    return entry.colorIndex;
  };
  const labelOf = (row: FigureRow) => `${row.claimant}: ${row.claim}${row.when ? ` (${row.when})` : ''}`;

  const points = placed.map((row) => ({
    id: row.id,
    href: row.href,
    x: xOf(dayNumber(row.day)),
    y: yOf(row.value),
    label: labelOf(row),
    marker: row.marker,
    colorIndex: colorOf(row),
  }));
  const bands = vague.map((row) => ({
    id: row.id,
    href: row.href,
    x: xOf(dayNumber(row.day)),
    top: yOf(row.bounds.max ?? axis.max),
    bottom: yOf(row.bounds.min),
    open: row.bounds.max === null || row.bounds.max > axis.max,
    words: row.claim,
    label: labelOf(row),
    colorIndex: colorOf(row),
  }));
  const dated = [...placed, ...vague];
  const firstDay = dated.find((row) => dayNumber(row.day) === first)?.day as string;
  const lastDay = dated.find((row) => dayNumber(row.day) === last)?.day as string;
  const xTicks = [firstDay, ...(last === first ? [] : [lastDay])].map((day) => ({ at: xOf(dayNumber(day)), label: formatDayShort(day), datetime: day }));
  const claims = [...rows].filter((row) => row.day !== null && (row.value !== null || row.bounds.min !== null));

  return {
    width,
    height,
    padding: { ...padding },
    plot,
    xTicks,
    yTicks: axis.ticks.map((value) => ({ at: yOf(value), label: axisNumberLabel(value), datetime: null })),
    series,
    points,
    bands,
    title: `${title}: ${countLabel(claims.length, 'claim')} by date`,
    description: [sentence ?? '', `By date: ${claims.map((row) => `${row.claim} (${attribution(row)})`).join('; ')}.`].filter(Boolean).join(' '),
  };
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` day, in UTC. */
function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Most claims one chart draws. A claim adds about 300 bytes of SVG (its marker, its title and its
 * words in the text alternative), and a category followed for years gathers thousands of claims:
 * all of them would pass the 1 MB page limit on their own. Beyond this the chart draws the latest
 * claims; the table lists every one.
 */
export const CHART_POINTS = 1_000;

/** The rows a chart draws: every row with a day while they are at most `max`, else the `max` latest by day, in their order. */
export function chartedRows<T extends Pick<FigureRow, 'day'>>(rows: readonly T[], max: number = CHART_POINTS): { rows: T[]; cut: boolean } {
  const dated = rows.filter((row) => row.day !== null);
  if (dated.length <= max) return { rows: [...rows], cut: false };
  const kept = new Set([...dated].sort((a, b) => ((a.day as string) < (b.day as string) ? -1 : (a.day as string) > (b.day as string) ? 1 : 0)).slice(-max));
  return { rows: rows.filter((row) => kept.has(row)), cut: true };
}
