import { describe, expect, it } from 'vitest';
import { figuresView } from '../../src/lib/views/figures.ts';
import { briefing, cite, day, figure } from './fixtures.ts';

const CATEGORIES = [
  { id: 'boats', label: 'Boats at the harbour', description: 'Boats claimed to be in the harbour.' },
  { id: 'arrests', label: 'Arrests' },
];

const NAVY = { name: null, description: 'the navy', actor: 'sylvania-navy' };

describe('figuresView', () => {
  it('makes a section per category in topic order, empty ones included, unlisted categories after', () => {
    const view = figuresView(briefing({ figures: [figure('x', 5, { category: 'fuel' }), figure('b', 300)] }), CATEGORIES);
    expect(view.sections.map((s) => [s.id, s.label, s.description, s.rows.map((r) => r.id), s.series.map((one) => [one.id, one.chart === null])])).toEqual([
      ['boats', 'Boats at the harbour', 'Boats claimed to be in the harbour.', ['b'], [['so-far', false]]],
      ['arrests', 'Arrests', null, [], []],
      ['fuel', 'fuel', null, ['x'], [['so-far', false]]],
    ]);
  });

  it('has no chart when no claim has a day to be placed at, and keeps the row in the table', () => {
    const [section] = figuresView(briefing({ figures: [figure('a', 300, { citations: [cite('not-a-source', 1, '300 boats')] })] }), CATEGORIES).sections;
    expect([section?.rows.map((row) => [row.id, row.day, row.when]), section?.series[0]?.chart]).toEqual([[['a', null, null]], null]);
  });

  it('builds a row with value, qualifier, claimant with government, as-of date and citations', () => {
    const view = figuresView(
      briefing({
        figures: [
          figure('boats-navy-12000', 12_000, {
            qualifier: 'around',
            text: 'around 12,000 boats',
            claimant: NAVY,
            government: 'sylvania',
            asOf: { text: 'last week', start: '2025-03-03', end: '2025-03-09', precision: 'week' },
            citations: [cite('2025-03-12-coastal-wire-talks', 2, 'around 12,000 boats')],
            firstReported: '2025-03-12',
            lastUpdated: '2025-04-02',
          }),
        ],
      }),
      CATEGORIES,
    );
    expect(view.sections[0]?.rows).toEqual([
      {
        id: 'boats-navy-12000',
        aliases: [],
        reportDates: { first: '12 Mar 2025', firstDatetime: '2025-03-12', updated: '2 Apr 2025', updatedDatetime: '2025-04-02' },
        href: '/figures/#boats-navy-12000',
        value: 12_000,
        bounds: { min: 12_000, max: 12_000 },
        stage: 'reported',
        valueLabel: '12,000',
        qualifier: 'around',
        claim: 'around 12,000',
        claimWithUnit: 'around 12,000 boats',
        marker: 'approx',
        unit: 'boats',
        text: 'around 12,000 boats',
        claimant: 'Sylvanian Navy',
        claimantDescription: 'the navy',
        government: 'Sylvania',
        claimantFull: 'Sylvanian Navy (Sylvania)',
        claimantKey: 'sylvania-navy',
        asOfLabel: 'week of 3 Mar 2025',
        asOfText: 'last week',
        asOfDatetime: '2025-03-03',
        day: '2025-03-03',
        when: 'week of 3 Mar 2025',
        period: '2025-03-03/2025-03-09',
        citations: [
          {
            source: '2025-03-12-coastal-wire-talks',
            href: '/sources/2025-03-12-coastal-wire-talks/#p2',
            label: 'Coastal Wire, 12 Mar 2025',
            by: 'Coastal Wire',
            day: '12 Mar 2025',
            title: 'Headline of 2025-03-12-coastal-wire-talks',
            paragraph: '¶2',
            evidence: 'around 12,000 boats',
          },
        ],
      },
    ]);
  });

  it('states the spread of a series, with who and when', () => {
    const view = figuresView(
      briefing({
        figures: [
          figure('low', 1_500, { asOf: day('2025-03-04') }),
          figure('high', 12_000, { qualifier: 'up to', claimant: NAVY, government: 'sylvania' }),
          figure('mid', 3_000, { qualifier: 'about', asOf: day('2025-03-06') }),
        ],
      }),
      CATEGORIES,
    );
    expect(view.sections[0]?.series[0]?.spread).toEqual({
      min: 1_500,
      max: 12_000,
      minClaim: { id: 'low', href: '/figures/#low', value: 1_500, claim: '1,500', phrase: '1,500', claimant: 'Freedonian Defence Ministry', when: '4 Mar 2025' },
      maxClaim: { id: 'high', href: '/figures/#high', value: 12_000, claim: 'up to 12,000', phrase: 'up to 12,000', claimant: 'Sylvanian Navy', when: 'reported 10 Mar 2025' },
      sentence: 'Claims range from 1,500 (Freedonian Defence Ministry, 4 Mar 2025) to up to 12,000 (Sylvanian Navy, reported 10 Mar 2025).',
    });
    expect(view.sections[0]?.series[0]?.sentence).toBe(
      'Reported so far: claims range from 1,500 (Freedonian Defence Ministry, 4 Mar 2025) to up to 12,000 (Sylvanian Navy, reported 10 Mar 2025).',
    );
  });

  it('names units when they differ', () => {
    const [section] = figuresView(
      briefing({ figures: [figure('a', 300, { unit: 'boats' }), figure('b', 40, { qualifier: 'dozens', unit: 'vessels', asOf: day('2025-02-01') })] }),
      CATEGORIES,
    ).sections;
    expect(section?.series[0]?.spread?.sentence).toBe(
      'Claims range from dozens of vessels (Freedonian Defence Ministry, 1 Feb 2025) to 300 boats (Freedonian Defence Ministry, reported 10 Mar 2025).',
    );
  });

  it('words one claim, and claims that agree, without a range; one number worded differently, each wording', () => {
    const spread = (figures: Parameters<typeof briefing>[0]['figures']) => figuresView(briefing({ figures }), CATEGORIES).sections[0]?.series[0]?.spread?.sentence;
    expect(spread([figure('a', 300)])).toBe('One claim: 300 (Freedonian Defence Ministry, reported 10 Mar 2025).');
    expect(spread([figure('a', 300), figure('b', 300, { claimant: NAVY, government: 'sylvania' })])).toBe('Both claims give 300.');
    expect(spread([figure('a', 300), figure('b', 300), figure('c', 300)])).toBe('All 3 claims give 300.');
    expect(spread([figure('a', 300, { qualifier: 'around', bounds: { min: null, max: null } }), figure('b', 300, { qualifier: 'up to', bounds: { min: null, max: 300 }, claimant: NAVY })])).toBe(
      'Claims give around 300 (Freedonian Defence Ministry, reported 10 Mar 2025); up to 300 (Sylvanian Navy, reported 10 Mar 2025).',
    );
  });

  it('sorts rows by the day of the claim (as-of, else first report), then value, then id', () => {
    const view = figuresView(
      briefing({
        figures: [
          figure('late', 10, { citations: [cite('2025-04-02-unknown-ferry', 1, '10 boats')] }),
          figure('b-same', 20, { asOf: day('2025-03-01') }),
          figure('a-same', 20, { asOf: day('2025-03-01') }),
          figure('small', 5, { asOf: day('2025-03-01') }),
        ],
      }),
      CATEGORIES,
    );
    expect(view.sections[0]?.rows.map((row) => [row.id, row.day])).toEqual([
      ['small', '2025-03-01'],
      ['a-same', '2025-03-01'],
      ['b-same', '2025-03-01'],
      ['late', '2025-04-02'],
    ]);
  });
});

describe('figure chart', () => {
  const view = figuresView(
    briefing({
      figures: [
        figure('low', 1_500, { asOf: day('2025-03-01') }),
        figure('high', 12_000, { qualifier: 'up to', claimant: NAVY, government: 'sylvania', asOf: day('2025-03-31') }),
        figure('mid', 3_000, { qualifier: 'at least', asOf: day('2025-03-11') }),
      ],
    }),
    CATEGORIES,
  );
  const chart = view.sections[0]?.series[0]?.chart;

  it('scales y linearly from 0 to a rounded top, with tick labels', () => {
    // Plot area: x 72…616 (544 wide), y 16…280 (264 high); top of the axis 15,000.
    expect(chart?.plot).toEqual({ x: 72, y: 16, width: 544, height: 264 });
    expect(chart?.yTicks).toEqual([
      { at: 280, label: '0', datetime: null },
      { at: 192, label: '5,000', datetime: null },
      { at: 104, label: '10,000', datetime: null },
      { at: 16, label: '15,000', datetime: null },
    ]);
  });

  it('places points by date along x, marks qualifiers and colours by claimant', () => {
    expect(chart?.points).toEqual([
      { id: 'low', href: '/figures/#low', x: 72, y: 253.6, label: 'Freedonian Defence Ministry: 1,500 (1 Mar 2025)', marker: 'exact', colorIndex: 0 },
      { id: 'mid', href: '/figures/#mid', x: 253.3, y: 227.2, label: 'Freedonian Defence Ministry: at least 3,000 (11 Mar 2025)', marker: 'min', colorIndex: 0 },
      { id: 'high', href: '/figures/#high', x: 616, y: 68.8, label: 'Sylvanian Navy: up to 12,000 (31 Mar 2025)', marker: 'max', colorIndex: 1 },
    ]);
    expect(chart?.xTicks).toEqual([
      { at: 72, label: '1 Mar 2025', datetime: '2025-03-01' },
      { at: 616, label: '31 Mar 2025', datetime: '2025-03-31' },
    ]);
    expect(chart?.series).toEqual([
      { key: 'freedonia-defence', label: 'Freedonian Defence Ministry (Freedonia)', colorIndex: 0 },
      { key: 'sylvania-navy', label: 'Sylvanian Navy (Sylvania)', colorIndex: 1 },
    ]);
  });

  it('gives the SVG a title naming the series and a description that states every claim', () => {
    expect([chart?.title, chart?.description]).toEqual([
      'Boats at the harbour, reported so far: 3 claims by date',
      'Reported so far: claims range from 1,500 (Freedonian Defence Ministry, 1 Mar 2025) to up to 12,000 (Sylvanian Navy, 31 Mar 2025). ' +
        'By date: 1,500 (Freedonian Defence Ministry, 1 Mar 2025); at least 3,000 (Freedonian Defence Ministry, 11 Mar 2025); up to 12,000 (Sylvanian Navy, 31 Mar 2025).',
    ]);
  });

  it('centres points of a single day and wraps colour indexes around the palette', () => {
    const claimants = Array.from({ length: 7 }, (_, i) => figure(`f${i}`, 100 + i, { claimant: { name: `Person ${i}`, description: 'a captain', actor: null }, asOf: day('2025-03-01') }));
    const single = figuresView(briefing({ figures: claimants }), CATEGORIES).sections[0]?.series[0]?.chart;
    expect(single?.points.map((point) => [point.x, point.colorIndex])).toEqual([
      [344, 0], [344, 1], [344, 2], [344, 3], [344, 4], [344, 5], [344, 0],
    ]);
    expect(single?.xTicks).toEqual([{ at: 344, label: '1 Mar 2025', datetime: '2025-03-01' }]);
  });

  it('draws a vague amount as a band over the numbers its words allow, labelled with its words, never as a point', () => {
    const [section] = figuresView(
      briefing({
        figures: [
          figure('sent', 3_000, { asOf: day('2025-03-01') }),
          figure('thousands', null as unknown as number, { value: null, bounds: { min: 1_000, max: 9_999 }, qualifier: 'thousands', claimant: NAVY, government: 'sylvania', asOf: day('2025-03-11') }),
        ],
      }),
      CATEGORIES,
    ).sections;
    const vague = section?.series[0]?.chart;
    expect(vague?.points.map((point) => point.id)).toEqual(['sent']);
    expect(vague?.bands).toEqual([
      { id: 'thousands', href: '/figures/#thousands', x: 616, top: 16, bottom: 253.6, open: false, words: 'thousands', label: 'Sylvanian Navy: thousands (11 Mar 2025)', colorIndex: 1 },
    ]);
    expect(section?.series[0]?.sentence).toBe(
      'Reported so far: 3,000 (Freedonian Defence Ministry, 1 Mar 2025). Also claimed, without a number: thousands of boats (Sylvanian Navy, 11 Mar 2025).',
    );
  });
});
