import { formatMonth } from '../site/format-date.ts';
import type { ChronologyMonth } from './chronology.ts';
import { countLabel } from './format/count-label.ts';
import { PALETTE_SIZE } from './figure-chart.ts';
import { UNDATED_GROUP } from './chronology.ts';

/*
 * The timeline strip at the top of the chronology (and, smaller, on the overview): one mark per
 * dated event on a date axis, coloured by the government it is told of, each mark a link to its
 * entry. The axis has a column per period the chronology groups by (a month, or a year for dates
 * known only to the year), so a month of many events is not squeezed by a quiet year; a gap marks
 * periods without events. Drawn at build time as SVG; no script.
 */

/** An event placed on the strip. */
export interface TimelineMark {
  /** The event id; `href` links to its entry. */
  id: string;
  href: string;
  cx: number;
  cy: number;
  r: number;
  /** `series-<n>` by government, and `mark--expected` for what had not happened when reported. */
  className: string;
  /** A thin bar over the days of a ranged date ("1–22 Oct"), on the mark's row; null for a day. */
  range: { x1: number; x2: number } | null;
  /** "23 Oct 2024: Sylvania sent at least 3,000 troops… (Freedonia)": the link's name. */
  label: string;
}

/** A period of the axis. */
export interface TimelineColumn {
  /** `2024-10` or `2023`. */
  period: string;
  x: number;
  width: number;
  /** "Oct 2024", "2023". */
  label: string;
  /** For narrow screens: "Oct", with the year where it changes ("Jan ’25") and on the first column. */
  shortLabel: string;
  /** Where the label is written: the column's middle, under the axis. */
  labelX: number;
  labelY: number;
}

/** A colour of the legend: a government, or the governments without a colour of their own. */
export interface TimelineLegendEntry {
  label: string;
  className: string;
  count: number;
}

export interface Timeline {
  width: number;
  height: number;
  viewBox: string;
  /** The axis line, from the first column's start to the last one's end. */
  axis: { x1: number; x2: number; y: number };
  columns: TimelineColumn[];
  /** x of each gap between periods that are not next to each other (months without events). */
  gaps: number[];
  marks: TimelineMark[];
  legend: TimelineLegendEntry[];
  /** True when the strip has marks for expected events (drawn hollow). */
  hasExpected: boolean;
  /** For the SVG's `<title>`: "Timeline of 18 events". */
  title: string;
  /** For the SVG's `<desc>`: the events per period, in words. */
  description: string;
}

/** What the strip needs of each event, beside its chronology entry. */
export interface TimelineEvent {
  id: string;
  href: string;
  day: string | null;
  until: string | null;
  expected: boolean;
  government: string | null;
  dateLabel: string;
  headline: string;
}

export interface TimelineOptions {
  /** The smaller strip of the overview: smaller marks, shorter. */
  compact?: boolean;
  /** Names of governments by id, for the legend and the marks' names. */
  governmentName: (id: string) => string;
}

const WIDTH = 640;
const SIDE = 8;
const MIN_COLUMN = 64;
const GAP = 14;
const LABEL_SPACE = 22;

/** The strip of `periods` (the chronology's months, in order); null when no event has a date. */
export function timeline(periods: readonly { id: string; entries: readonly TimelineEvent[] }[], options: TimelineOptions): Timeline | null {
  const dated = periods.filter((period) => period.id !== UNDATED_GROUP.id && period.entries.some((entry) => entry.day !== null));
  if (dated.length === 0) return null;
  const r = options.compact ? 5 : 7;
  const pitch = 2 * r + 3;

  // Columns: a minimum width each, the rest shared by the number of events.
  const gapsBefore: number[] = dated.map((period, i) => (i > 0 && !adjacent(dated[i - 1]?.id ?? '', period.id) ? GAP : 0));
  const fixed = 2 * SIDE + gapsBefore.reduce((a, b) => a + b, 0) + MIN_COLUMN * dated.length;
  const width = Math.max(WIDTH, fixed);
  const spare = width - fixed;
  const total = dated.reduce((sum, period) => sum + period.entries.length, 0);
  let x = SIDE;
  const columns = dated.map((period, i) => {
    x += gapsBefore[i] ?? 0;
    const own = MIN_COLUMN + (spare * period.entries.length) / total;
    const column = { period: period.id, x: round(x), width: round(own) };
    x += own;
    return column;
  });
  const gaps = columns.filter((_, i) => (gapsBefore[i] ?? 0) > 0).map((column) => round(column.x - GAP / 2));

  // Marks: x by the day within its period; marks that would touch stack upwards.
  const governments = colours(dated.flatMap((period) => period.entries));
  const placed: { mark: Omit<TimelineMark, 'cy'>; level: number }[] = [];
  dated.forEach((period, i) => {
    const column = columns[i] as (typeof columns)[number];
    for (const entry of period.entries) {
      if (entry.day === null) continue;
      const at = (day: string) => round(column.x + r + 2 + fraction(period.id, day) * (column.width - 2 * r - 4));
      const cx = at(entry.day);
      const level = levelFor(cx, placed, pitch);
      const colour = governments.classOf(entry.government);
      const until = entry.until !== null && entry.until.startsWith(period.id) ? at(entry.until) : null;
      const who = entry.government !== null ? ` (${options.governmentName(entry.government)})` : '';
      placed.push({
        level,
        mark: {
          id: entry.id,
          href: entry.href,
          cx,
          r,
          className: `${colour}${entry.expected ? ' mark--expected' : ''}`,
          range: until !== null && until > cx ? { x1: cx, x2: until } : null,
          label: `${entry.dateLabel}: ${entry.headline}${who}`,
        },
      });
    }
  });
  const levels = Math.max(...placed.map((p) => p.level)) + 1;
  const axisY = 6 + levels * pitch;
  const height = axisY + LABEL_SPACE;
  const marks = placed.map(({ mark, level }) => ({ ...mark, cy: round(axisY - r - 3 - level * pitch) }));
  const counted = dated.map((period) => `${periodName(period.id)}: ${countLabel(period.entries.filter((e) => e.day !== null).length, 'event')}`);
  const undated = periods.find((period) => period.id === UNDATED_GROUP.id)?.entries.length ?? 0;
  const drawn = marks.length;
  return {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    axis: { x1: SIDE, x2: round(x), y: axisY },
    columns: columns.map((column, i) => ({
      ...column,
      label: periodName(column.period),
      shortLabel: shortName(column.period, i === 0 || column.period.length === 4 || column.period.slice(0, 4) !== columns[i - 1]?.period.slice(0, 4)),
      labelX: round(column.x + column.width / 2),
      labelY: axisY + 16,
    })),
    gaps,
    marks,
    legend: governments.legend(options.governmentName),
    hasExpected: marks.some((mark) => mark.className.includes('mark--expected')),
    title: `Timeline of ${countLabel(drawn, 'dated event')}`,
    description: `${counted.join('; ')}.${undated > 0 ? ` ${countLabel(undated, 'event')} without a date ${undated === 1 ? 'is' : 'are'} not drawn.` : ''} Each mark links to its entry.`,
  };
}

/** The lowest row at `cx` free of marks within one pitch. */
function levelFor(cx: number, placed: readonly { mark: { cx: number }; level: number }[], pitch: number): number {
  const taken = new Set(placed.filter((p) => Math.abs(p.mark.cx - cx) < pitch).map((p) => p.level));
  let level = 0;
  while (taken.has(level)) level++;
  return level;
}

/**
 * Colours by government: the five told of most often get one each (ties by first appearance), the
 * rest and events of no government share the last colour, "Others".
 */
function colours(entries: readonly TimelineEvent[]) {
  const counts = new Map<string | null, number>();
  for (const entry of entries) counts.set(entry.government, (counts.get(entry.government) ?? 0) + 1);
  const named = [...counts].filter(([id]) => id !== null) as [string, number][];
  const ranked = [...named].sort((a, b) => b[1] - a[1]);
  const own = ranked.length <= PALETTE_SIZE && !counts.has(null) ? ranked : ranked.slice(0, PALETTE_SIZE - 1);
  const index = new Map(own.map(([id], i) => [id, i]));
  const others = entries.filter((entry) => entry.government === null || !index.has(entry.government)).length;
  return {
    classOf: (government: string | null) => `series-${government !== null && index.has(government) ? index.get(government) : PALETTE_SIZE - 1}`,
    legend: (name: (id: string) => string): TimelineLegendEntry[] => [
      ...own.map(([id, count], i) => ({ label: name(id), className: `series-${i}`, count })),
      ...(others > 0 ? [{ label: own.length < named.length ? 'Others' : 'No single government', className: `series-${PALETTE_SIZE - 1}`, count: others }] : []),
    ],
  };
}

/** How far into its period a day lies, from 0 (first day) to 1 (last day). */
function fraction(period: string, day: string): number {
  if (!day.startsWith(period)) return day < period ? 0 : 1;
  if (period.length === 4) {
    const start = Date.UTC(Number(period), 0, 1);
    const end = Date.UTC(Number(period), 11, 31);
    return (dayValue(day) - start) / (end - start);
  }
  const [y, m] = period.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return (Number(day.slice(8, 10)) - 1) / (last - 1);
}

function dayValue(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** Whether period `b` follows `a` with nothing between: the next month, or the next year. */
function adjacent(a: string, b: string): boolean {
  if (a.length === 4 && b.length === 4) return Number(b) === Number(a) + 1;
  if (a.length === 4) return b.slice(0, 4) === String(Number(a) + 1) && b.endsWith('-01');
  if (b.length === 4) return false;
  const [ay, am] = a.split('-').map(Number) as [number, number];
  const [by, bm] = b.split('-').map(Number) as [number, number];
  return by * 12 + bm === ay * 12 + am + 1;
}

/** "Oct 2024", "2023". */
function periodName(period: string): string {
  return period.length === 4 ? period : formatMonth(`${period}-01`, 'short');
}

/** "Oct", or with its year "Oct ’24"; a year stays "2023". */
function shortName(period: string, withYear: boolean): string {
  if (period.length === 4) return period;
  const month = formatMonth(`${period}-01`, 'short').split(' ')[0] ?? period;
  return withYear ? `${month} ’${period.slice(2, 4)}` : month;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The strip's events from chronology months, with where each entry is (see placement.ts). */
export function timelineEvents(months: readonly ChronologyMonth[], hrefOf: (id: string) => string): { id: string; entries: TimelineEvent[] }[] {
  return months.map((month) => ({
    id: month.id,
    entries: month.entries.map((entry) => ({
      id: entry.id,
      href: hrefOf(entry.id),
      day: entry.day,
      until: entry.until,
      expected: entry.expected,
      government: entry.government,
      dateLabel: entry.dateLabel,
      headline: entry.headline,
    })),
  }));
}
