import { describe, expect, it } from 'vitest';
import { figuresPageView } from '../../src/lib/views/figures-page.ts';
import { briefing, day, figure } from './fixtures.ts';

const CATEGORIES = [
  { id: 'boats', label: 'Boats at the harbour' },
  { id: 'arrests', label: 'Arrests' },
];
const NAVY = { name: null, description: 'the navy', actor: 'sylvania-navy' };

describe('figuresPageView', () => {
  const view = figuresPageView(
    briefing({
      figures: [
        figure('low', 1_500, { asOf: day('2025-03-04', 'on Tuesday') }),
        figure('high', 12_000, { qualifier: 'up to', text: 'up to 12,000 fishing boats', claimant: NAVY, government: 'sylvania', asOf: day('2025-03-06', '6 Mar 2025') }),
      ],
    }),
    CATEGORIES,
  );
  const [boats, arrests] = view.sections;

  it('counts claims and categories for the introduction', () => {
    expect([view.claims, view.categories]).toEqual(['2 claims', '2 categories']);
  });

  it('gives each section page-unique ids for the chart and the caption, from the category id', () => {
    expect([boats?.series.map((one) => one.chartIds), boats?.captionId, boats?.caption]).toEqual([
      [{ title: 'boats-so-far-chart-title', desc: 'boats-so-far-chart-desc' }],
      'boats-table-caption',
      'Boats at the harbour: every claim, by date',
    ]);
  });

  it('draws the chart of each series with claims, each mark linking to its row, and none for an empty section', () => {
    expect([boats?.series.map((one) => one.drawing?.points.map((p) => [p.id, p.href])), boats?.charted, arrests?.series, arrests?.charted]).toEqual([
      [[['low', '/figures/#low'], ['high', '/figures/#high']]],
      true,
      [],
      false,
    ]);
  });

  it('gives each row the series it is compared in', () => {
    const [section] = figuresPageView(briefing({ figures: [figure('a', 10, { stage: 'cumulative' }), figure('b', 20, { stage: 'planned' }), figure('c', 30, { stage: 'expected' })] }), CATEGORIES).sections;
    expect(section?.rows.map((row) => [row.id, row.stageLabel])).toEqual([
      ['a', 'Reported so far'],
      ['b', 'Planned or in total'],
      ['c', 'Expected by a date'],
    ]);
  });

  it('shows the words as written, the description and the date words only when they add something', () => {
    expect(boats?.rows.map((row) => [row.id, row.asWritten, row.describedAs, row.asOfAsWritten])).toEqual([
      ['low', null, 'the ministry', 'on Tuesday'],
      ['high', 'up to 12,000 fishing boats', 'the navy', null],
    ]);
  });

  it('names who says what where claims of one stage and period cannot both be true', () => {
    const [section] = figuresPageView(
      briefing({ figures: [figure('low', 1_500, { asOf: day('2025-03-06') }), figure('high', 12_000, { qualifier: 'up to', bounds: { min: null, max: 12_000 }, claimant: NAVY, government: 'sylvania', asOf: day('2025-03-06') })] }),
      CATEGORIES,
    ).sections;
    // "up to 12,000" allows 1,500: no disagreement. Different days: none either (see figure-series.test.ts).
    expect(section?.disagreements).toEqual([]);
    expect(boats?.disagreements).toEqual([]);
    const [clash] = figuresPageView(
      briefing({ figures: [figure('low', 1_500, { asOf: day('2025-03-06') }), figure('high', 12_000, { claimant: NAVY, government: 'sylvania', asOf: day('2025-03-06') })] }),
      CATEGORIES,
    ).sections;
    expect(clash?.disagreements.map((one) => one.sentence)).toEqual(['Reported so far, 6 Mar 2025: Freedonian Defence Ministry says 1,500; Sylvanian Navy says 12,000.']);
  });
});
