import { describe, expect, it } from 'vitest';
import { claimRange, incompatible } from '../../src/lib/views/figure-disagreement.ts';
import { seriesOf } from '../../src/lib/views/figure-series.ts';
import { figuresPageView } from '../../src/lib/views/figures-page.ts';
import { figuresView } from '../../src/lib/views/figures.ts';
import { briefing, day, figure } from './fixtures.ts';

const CATEGORIES = [{ id: 'boats', label: 'Boats at the harbour' }];
const NAVY = { name: null, description: 'the navy', actor: 'sylvania-navy' };
const exact = (value: number) => ({ bounds: { min: value, max: value } });
const section = (figures: Parameters<typeof briefing>[0]['figures']) => figuresView(briefing({ figures }), CATEGORIES).sections[0];

describe('figure series', () => {
  it('files reported and cumulative figures as "so far", planned and expected apart', () => {
    expect(['reported', 'cumulative', 'planned', 'expected'].map((stage) => seriesOf(stage as 'reported').id)).toEqual(['so-far', 'so-far', 'planned', 'expected']);
  });

  it('never sets a sent figure against a planned one: each stage has its own series, spread and chart', () => {
    const boats = section([
      figure('sent', 3_000, { stage: 'reported', asOf: day('2025-03-04') }),
      figure('planned', 12_000, { stage: 'planned', claimant: NAVY, government: 'sylvania', asOf: day('2025-03-04') }),
      figure('by-may', 10_000, { stage: 'expected', qualifier: 'a total of', asOf: day('2025-03-04') }),
    ]);
    expect(boats?.series.map((one) => [one.id, one.rows.map((row) => row.id), one.sentence, one.chart?.points.map((point) => point.id)])).toEqual([
      ['so-far', ['sent'], 'Reported so far: 3,000 (Freedonian Defence Ministry, 4 Mar 2025).', ['sent']],
      ['planned', ['planned'], 'Planned or in total: 12,000 (Sylvanian Navy, 4 Mar 2025).', ['planned']],
      ['expected', ['by-may'], 'Expected by a date: a total of 10,000 (Freedonian Defence Ministry, 4 Mar 2025).', ['by-may']],
    ]);
  });
});

describe('disagreements', () => {
  it('are not announced between a planned and a sent figure, though claimants and numbers differ (no banner)', () => {
    const boats = section([
      figure('sent', 3_000, { stage: 'reported', ...exact(3_000), asOf: day('2025-03-04') }),
      figure('planned', 12_000, { stage: 'planned', ...exact(12_000), claimant: NAVY, government: 'sylvania', asOf: day('2025-03-04') }),
    ]);
    expect(boats?.disagreements).toEqual([]);
    const page = figuresPageView(briefing({ figures: [figure('sent', 3_000, { asOf: day('2025-03-04') }), figure('planned', 12_000, { stage: 'planned', claimant: NAVY, asOf: day('2025-03-04') })] }), CATEGORIES);
    expect(page.sections[0]?.disagreements).toEqual([]);
  });

  it('are not announced between claims of different days: numbers that grow are not a dispute', () => {
    expect(section([figure('early', 1_500, { asOf: day('2025-03-01') }), figure('later', 3_000, { claimant: NAVY, asOf: day('2025-03-09') })])?.disagreements).toEqual([]);
  });

  it('are not announced when the words allow both numbers, or when one claimant gives both', () => {
    expect(section([figure('around', 12_000, { qualifier: 'around', bounds: { min: null, max: null }, asOf: day('2025-03-04') }), figure('up-to', 12_500, { qualifier: 'up to', bounds: { min: null, max: 12_500 }, claimant: NAVY, asOf: day('2025-03-04') })])?.disagreements).toEqual([]);
    expect(section([figure('a', 1_500, { asOf: day('2025-03-04') }), figure('b', 3_000, { asOf: day('2025-03-04') })])?.disagreements).toEqual([]);
  });

  it('are announced for claims of one category, stage and period that cannot both be true, naming who says what', () => {
    const boats = section([
      figure('ministry', 1_500, { asOf: day('2025-03-04') }),
      figure('navy', 3_000, { qualifier: 'at least', bounds: { min: 3_000, max: null }, claimant: NAVY, government: 'sylvania', asOf: day('2025-03-04') }),
      figure('navy-planned', 20_000, { stage: 'planned', claimant: NAVY, asOf: day('2025-03-04') }),
    ]);
    expect(boats?.disagreements).toEqual([
      {
        series: 'so-far',
        seriesLabel: 'Reported so far',
        when: '4 Mar 2025',
        claims: [
          { id: 'ministry', href: '/figures/#ministry', claimant: 'Freedonian Defence Ministry', claim: '1,500' },
          { id: 'navy', href: '/figures/#navy', claimant: 'Sylvanian Navy', claim: 'at least 3,000' },
        ],
        sentence: 'Reported so far, 4 Mar 2025: Freedonian Defence Ministry says 1,500; Sylvanian Navy says at least 3,000.',
      },
    ]);
  });

  it('never sets a vague amount against a number', () => {
    expect(section([figure('n', 500, { asOf: day('2025-03-04') }), figure('v', 0, { value: null, bounds: { min: 1_000, max: 9_999 }, qualifier: 'thousands', claimant: NAVY, asOf: day('2025-03-04') })])?.disagreements).toEqual([]);
  });
});

describe('claimRange', () => {
  it('reads the range the words allow from the model’s bounds, and ±10% for "around"', () => {
    expect([
      claimRange({ value: 3_000, bounds: { min: 3_000, max: null } }),
      claimRange({ value: 12_000, bounds: { min: null, max: 12_000 } }),
      claimRange({ value: 1_500, bounds: { min: 1_500, max: 1_500 } }),
      claimRange({ value: 10_000, bounds: { min: null, max: null } }),
      claimRange({ value: null, bounds: { min: 1_000, max: 9_999 } }),
    ]).toEqual([[3_000, Infinity], [0, 12_000], [1_500, 1_500], [9_000, 11_000], null]);
    expect(incompatible({ value: 1_500, bounds: { min: 1_500, max: 1_500 } }, { value: 3_000, bounds: { min: 3_000, max: null } })).toBe(true);
    expect(incompatible({ value: 10_500, bounds: { min: null, max: null } }, { value: 10_000, bounds: { min: 10_000, max: 10_000 } })).toBe(false);
  });
});

describe('series charts', () => {
  it('give a claimant the same colour on every chart of its category', () => {
    const boats = section([
      figure('ministry-sent', 3_000, { asOf: day('2025-03-04') }),
      figure('navy-sent', 2_000, { claimant: NAVY, government: 'sylvania', asOf: day('2025-03-05') }),
      figure('navy-planned', 12_000, { stage: 'planned', claimant: NAVY, government: 'sylvania', asOf: day('2025-03-04') }),
    ]);
    expect(boats?.series.map((one) => one.chart?.points.map((point) => [point.id, point.colorIndex]))).toEqual([
      [['ministry-sent', 0], ['navy-sent', 1]],
      [['navy-planned', 1]],
    ]);
  });
});
