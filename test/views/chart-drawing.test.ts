import { describe, expect, it } from 'vitest';
import { chartDrawing, dodge } from '../../src/lib/views/chart-drawing.ts';
import type { FigureChart } from '../../src/lib/views/figure-chart.ts';
import { axisNumberLabel } from '../../src/lib/views/format/axis-label.ts';
import { markerPath } from '../../src/lib/views/format/marker-shape.ts';

/** A hand-made chart: plot 72…616 × 16…280, two claimants, three claims. */
const CHART: FigureChart = {
  width: 640,
  height: 320,
  padding: { top: 16, right: 24, bottom: 40, left: 72 },
  plot: { x: 72, y: 16, width: 544, height: 264 },
  xTicks: [
    { at: 72, label: '1 Mar 2025', datetime: '2025-03-01' },
    { at: 616, label: '31 Mar 2025', datetime: '2025-03-31' },
  ],
  yTicks: [
    { at: 280, label: '0', datetime: null },
    { at: 148, label: '500', datetime: null },
    { at: 16, label: '1,000', datetime: null },
  ],
  series: [
    { key: 'navy', label: 'Navy (Sylvania)', colorIndex: 0 },
    { key: 'ministry', label: 'Ministry (Freedonia)', colorIndex: 1 },
  ],
  points: [
    { id: 'a', href: '/figures/#a', x: 72, y: 148, label: 'Navy: 500 (1 Mar 2025)', marker: 'exact', colorIndex: 0 },
    { id: 'b', href: '/figures/#b', x: 616, y: 16, label: 'Ministry: up to 1,000 (31 Mar 2025)', marker: 'max', colorIndex: 1 },
    { id: 'c', href: '/figures/#c', x: 616, y: 19, label: 'Navy: around 990 (31 Mar 2025)', marker: 'approx', colorIndex: 0 },
  ],
  bands: [],
  title: 'Boats: 3 claims by date',
  description: 'Claims range from 500 to up to 1,000.',
};

describe('markerPath', () => {
  it('draws a circle, a diamond and triangles up and down around the centre', () => {
    expect(markerPath('exact', 10, 20, 5)).toBe('M5,20a5,5 0 1,0 10,0a5,5 0 1,0 -10,0Z');
    expect(markerPath('approx', 10, 20, 5)).toBe('M10,14L16,20L10,26L4,20Z');
    expect(markerPath('min', 10, 20, 5)).toBe('M10,14L16,24.5L4,24.5Z');
    expect(markerPath('max', 10, 20, 5)).toBe('M10,26L16,15.5L4,15.5Z');
  });
});

describe('chartDrawing', () => {
  const drawing = chartDrawing(CHART);

  it('draws the axes along the plot area and grid lines at the ticks above 0', () => {
    expect([drawing.viewBox, drawing.xAxis, drawing.yAxis]).toEqual([
      '0 0 640 320',
      { x1: 72, y1: 280, x2: 616, y2: 280 },
      { x1: 72, y1: 16, x2: 72, y2: 280 },
    ]);
    expect(drawing.grid).toEqual([
      { x1: 72, y1: 148, x2: 616, y2: 148 },
      { x1: 72, y1: 16, x2: 616, y2: 16 },
    ]);
  });

  it('labels the value axis to its left, and aligns the outer date labels inwards', () => {
    expect(drawing.yLabels.map((l) => [l.x, l.y, l.label, l.anchor])).toEqual([
      [64, 280, '0', 'end'],
      [64, 148, '500', 'end'],
      [64, 16, '1,000', 'end'],
    ]);
    expect(drawing.xLabels.map((l) => [l.x, l.label, l.datetime, l.anchor])).toEqual([
      [72, '1 Mar 2025', '2025-03-01', 'start'],
      [616, '31 Mar 2025', '2025-03-31', 'end'],
    ]);
    const single = chartDrawing({ ...CHART, xTicks: [{ at: 344, label: '1 Mar 2025', datetime: '2025-03-01' }] });
    expect(single.xLabels.map((l) => l.anchor)).toEqual(['middle']);
  });

  it('gives each claim a shape by qualifier and a colour class by claimant, and sets apart markers that would overlap', () => {
    expect(drawing.points).toEqual([
      { id: 'a', href: '/figures/#a', d: markerPath('exact', 72, 148, 6), className: 'series-0 marker-exact', label: 'Navy: 500 (1 Mar 2025)' },
      // b and c lie 3 units apart on the same day: spread 14.4 units apart, centred on the day.
      { id: 'b', href: '/figures/#b', d: markerPath('max', 608.8, 16, 6), className: 'series-1 marker-max', label: 'Ministry: up to 1,000 (31 Mar 2025)' },
      { id: 'c', href: '/figures/#c', d: markerPath('approx', 623.2, 19, 6), className: 'series-0 marker-approx', label: 'Navy: around 990 (31 Mar 2025)' },
    ]);
  });

  it('has a colour legend per claimant and a shape legend for the qualifiers used only', () => {
    expect(drawing.seriesLegend.map((e) => [e.label, e.className])).toEqual([
      ['Navy (Sylvania)', 'series-0'],
      ['Ministry (Freedonia)', 'series-1'],
    ]);
    expect(drawing.markerLegend.map((e) => e.className)).toEqual(['marker-exact', 'marker-approx', 'marker-max']);
  });
});

describe('chartDrawing of a vague amount', () => {
  const band = { id: 'v', href: '/figures/#v', top: 16, bottom: 253.6, open: false, words: 'thousands', label: 'Navy: thousands (1 Mar 2025)', colorIndex: 0 };

  it('draws a band with its words beside it, to the right, or to the left near the right edge', () => {
    const left = chartDrawing({ ...CHART, points: [], bands: [{ ...band, x: 200 }] });
    expect(left.bands).toEqual([
      { id: 'v', href: '/figures/#v', x: 195, y: 16, width: 10, height: 237.6, className: 'series-0 band', textX: 209, textY: 134.8, textAnchor: 'start', words: 'thousands', label: 'Navy: thousands (1 Mar 2025)' },
    ]);
    const right = chartDrawing({ ...CHART, points: [], bands: [{ ...band, x: 616, open: true }] });
    expect([right.bands[0]?.textAnchor, right.bands[0]?.className]).toEqual(['end', 'series-0 band band--open']);
    expect(right.markerLegend.map((entry) => entry.className)).toEqual(['band']);
  });

  it('stands a band beside a point of its day, so neither hides the other', () => {
    const both = chartDrawing({ ...CHART, bands: [{ ...band, x: 72 }] });
    expect(both.bands[0]?.x).toBe(51);
  });
});

describe('dodge', () => {
  it('leaves apart points alone and spreads close points of one day side by side', () => {
    expect(dodge([{ x: 10, y: 100 }, { x: 10, y: 50 }, { x: 20, y: 100 }])).toEqual([0, 0, 0]);
    expect(dodge([{ x: 10, y: 100 }, { x: 10, y: 100 }, { x: 10, y: 105 }])).toEqual([-14.4, 0, 14.4]);
  });

  it('does not move points of different days, however close their values', () => {
    expect(dodge([{ x: 10, y: 100 }, { x: 11, y: 100 }])).toEqual([0, 0]);
  });
});

describe('axisNumberLabel', () => {
  it('writes numbers in full below a million and compactly from a million up', () => {
    expect([0, 2_500, 750_000, 1_000_000, 2_500_000, 10_000_000, 1_200_000_000].map(axisNumberLabel)).toEqual([
      '0', '2,500', '750,000', '1m', '2.5m', '10m', '1.2bn',
    ]);
  });
});
