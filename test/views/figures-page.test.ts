import { describe, expect, it } from 'vitest';
import { disagreementNote, figuresPageView } from '../../src/lib/views/figures-page.ts';
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
    expect([boats?.chartIds, boats?.captionId, boats?.caption]).toEqual([
      { title: 'boats-chart-title', desc: 'boats-chart-desc' },
      'boats-table-caption',
      'Boats at the harbour: every claim, by date',
    ]);
    expect(arrests?.chartIds.title).toBe('arrests-chart-title');
  });

  it('draws the chart of a section with claims and none for an empty one', () => {
    expect([boats?.drawing?.points.map((p) => p.id), arrests?.drawing]).toEqual([['low', 'high'], null]);
  });

  it('shows the words as written, the description and the date words only when they add something', () => {
    expect(boats?.rows.map((row) => [row.id, row.asWritten, row.describedAs, row.asOfAsWritten])).toEqual([
      ['low', null, 'the ministry', 'on Tuesday'],
      ['high', 'up to 12,000 fishing boats', 'the navy', null],
    ]);
  });

  it('notes the disagreement with counts of claimants and numbers', () => {
    expect(boats?.disagreement).toBe(
      '2 claimants give 2 different numbers. Each is shown as its claimant’s claim; none is confirmed by this briefing.',
    );
  });
});

describe('disagreementNote', () => {
  it('says nothing when one claimant gives several numbers or all claims agree', () => {
    const [one] = figuresPageView(briefing({ figures: [figure('a', 10), figure('b', 20)] }), CATEGORIES).sections;
    const [same] = figuresPageView(briefing({ figures: [figure('a', 10), figure('b', 10, { claimant: NAVY, government: 'sylvania' })] }), CATEGORIES).sections;
    expect([one && disagreementNote(one), same && disagreementNote(same)]).toEqual([null, null]);
  });

  it('counts distinct claimants and distinct numbers, not rows', () => {
    const [section] = figuresPageView(
      briefing({ figures: [figure('a', 10), figure('b', 10), figure('c', 20, { claimant: NAVY, government: 'sylvania' }), figure('d', 30)] }),
      CATEGORIES,
    ).sections;
    expect(section && disagreementNote(section)).toBe(
      '2 claimants give 3 different numbers. Each is shown as its claimant’s claim; none is confirmed by this briefing.',
    );
  });
});
