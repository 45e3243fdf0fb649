import { describe, expect, it } from 'vitest';
import { overviewView, UPCOMING_EVENTS } from '../../src/lib/views/overview.ts';
import { takeawayText } from '../../src/lib/views/takeaways.ts';
import { briefing, cite, day, event, figure, statement } from './fixtures.ts';

const CATEGORIES = [
  { id: 'boats', label: 'Boats at the harbour' },
  { id: 'arrests', label: 'Arrests' },
];
const NAVY = { name: null, description: 'the navy', actor: 'sylvania-navy' };

const model = briefing({
  events: [
    event('e1', day('2025-03-01')),
    event('e2', day('2025-03-02')),
    event('e3', day('2025-03-03')),
    event('e4', day('2025-03-04')),
    event('e5', day('2025-03-05')),
    event('e6', day('2025-03-06'), { summary: 'The two navies met at the harbour mouth.', headline: 'The two navies met at the harbour mouth.' }),
    event('vote', day('2025-04-20', 'on April 20'), { expected: true, summary: 'The council will vote on the harbour.', headline: 'The council will vote on the harbour.' }),
    event('withdrawal', { text: 'by May', start: null, end: '2025-05-31', precision: 'range' }, { expected: true }),
  ],
  statements: [
    statement('f1', 'freedonia', { date: day('2025-03-01'), stance: 'unconfirmed' }),
    statement('f2', 'freedonia', { date: day('2025-03-09'), stance: 'denies', quote: 'No boat has crossed the line' }),
    statement('s1', 'sylvania'),
    statement('pundit', null),
  ],
  figures: [
    figure('low', 1_500, { asOf: day('2025-03-04') }),
    figure('high', 12_000, { qualifier: 'up to', claimant: NAVY, government: 'sylvania', asOf: day('2025-03-06') }),
    figure('arrests', 20, { category: 'arrests', unit: 'arrests', asOf: day('2025-03-06') }),
    figure('arrests-navy', 25, { category: 'arrests', unit: 'arrests', claimant: NAVY, government: 'sylvania', asOf: day('2025-03-06') }),
  ],
});

describe('overviewView', () => {
  const view = overviewView(model, CATEGORIES);

  it('lists the key figures of each category with claims, a sentence per series, and flags only real disagreements', () => {
    expect(view.keyFigures).toEqual([
      {
        id: 'boats',
        label: 'Boats at the harbour',
        href: '/figures/#boats',
        claims: 2,
        series: ['Reported so far: claims range from 1,500 (Freedonian Defence Ministry, 4 Mar 2025) to up to 12,000 (Sylvanian Navy, 6 Mar 2025).'],
        // Different days: a range, not a disagreement.
        disagree: false,
      },
      {
        id: 'arrests',
        label: 'Arrests',
        href: '/figures/#arrests',
        claims: 2,
        series: ['Reported so far: claims range from 20 (Freedonian Defence Ministry, 6 Mar 2025) to 25 (Sylvanian Navy, 6 Mar 2025).'],
        // The same day and stage, two claimants, numbers that cannot both be true.
        disagree: true,
      },
    ]);
  });

  it('gives one line per government with its latest position-bearing statement as a sentence', () => {
    expect(view.positions.map((line) => [line.government, line.name, line.statement, line.stanceLabel, line.sentence.plain, line.dateLabel, line.sectionHref])).toEqual([
      ['freedonia', 'Freedonia', 'f2', 'denies', 'An official said: “No boat has crossed the line”', '9 Mar 2025', '/positions/#freedonia'],
      ['sylvania', 'Sylvania', 's1', 'no clear stance', 'An official said: “Words of s1”', null, '/positions/#sylvania'],
    ]);
  });

  it('shows the five latest events that happened, latest first, and the expected ones soonest first', () => {
    expect(view.latestEvents.map((entry) => entry.id)).toEqual(['e6', 'e5', 'e4', 'e3', 'e2']);
    expect(view.upcoming.map((entry) => [entry.id, entry.dateLabel])).toEqual([
      ['vote', 'expected 20 Apr 2025'],
      ['withdrawal', 'expected by May 2025'],
    ]);
  });

  it('counts the model and dates it by its latest source', () => {
    expect(view.counts).toEqual({ sources: 3, events: 8, statements: 4, figures: 4 });
    expect(view.lastUpdated).toEqual({ label: '2 Apr 2025', datetime: '2025-04-02' });
  });

  it('generates its takeaways from the model, each linking to the entries it sums up', () => {
    expect(view.takeaways.map((takeaway) => [takeaway.kind, takeawayText(takeaway), takeaway.entries.map((entry) => entry.id)])).toEqual([
      ['latest-event', 'Latest event (6 Mar 2025): The two navies met at the harbour mouth.', ['e6']],
      ['stance-change', 'Freedonia went from unconfirmed (An official, 1 Mar 2025) to denies (An official, 9 Mar 2025).', ['f1', 'f2']],
      ['positions', 'Latest stance of each government and organisation — denies: Freedonia.', ['f2']],
      ['figures', 'Boats at the harbour — reported so far: from 1,500 (Freedonian Defence Ministry, 4 Mar 2025) to up to 12,000 (Sylvanian Navy, 6 Mar 2025).', ['low', 'high']],
      ['figures', 'Arrests — reported so far: from 20 (Freedonian Defence Ministry, 6 Mar 2025) to 25 (Sylvanian Navy, 6 Mar 2025).', ['arrests', 'arrests-navy']],
      ['disagreement', 'Claims disagree on arrests (reported so far, 6 Mar 2025): Freedonian Defence Ministry says 20; Sylvanian Navy says 25.', ['arrests', 'arrests-navy']],
      ['next-expected', '2 expected events reported; the next (20 Apr 2025): The council will vote on the harbour.', ['vote']],
      ['sources', 'Everything here is drawn from 3 sources published from 10 Mar 2025 to 2 Apr 2025.', []],
    ]);
    expect(view.takeaways[0]?.parts).toEqual([
      { text: 'Latest event (6 Mar 2025): ' },
      { text: 'The two navies met at the harbour mouth.', href: '/chronology/#e6' },
      { text: '' },
    ]);
  });

  it('leaves out takeaways the model has nothing for', () => {
    const small = overviewView(
      briefing({ events: [event('e1', day('2025-03-01'), { summary: 'Talks began.', headline: 'Talks began.', citations: [cite('2025-03-10-harbour-post-boats', 1, 'Talks began.')] })] }),
      CATEGORIES,
    );
    expect(small.takeaways.map(takeawayText)).toEqual([
      'Latest event (1 Mar 2025): Talks began.',
      'Everything here is drawn from 3 sources published from 10 Mar 2025 to 2 Apr 2025.',
    ]);
    expect([small.keyFigures, small.positions, small.upcoming]).toEqual([[], [], []]);
  });

  it('draws a small timeline of the latest periods, each mark linking to its entry', () => {
    expect(view.timeline?.marks.map((mark) => [mark.id, mark.href, mark.className])).toEqual([
      ['e1', '/chronology/#e1', 'series-0'],
      ['e2', '/chronology/#e2', 'series-0'],
      ['e3', '/chronology/#e3', 'series-0'],
      ['e4', '/chronology/#e4', 'series-0'],
      ['e5', '/chronology/#e5', 'series-0'],
      ['e6', '/chronology/#e6', 'series-0'],
      ['vote', '/chronology/#vote', 'series-0 mark--expected'],
      ['withdrawal', '/chronology/#withdrawal', 'series-0 mark--expected'],
    ]);
  });
});

describe('overviewView of a briefing followed for years', () => {
  it('lists the latest UPCOMING_EVENTS expected events, counts the rest for the chronology, and still names the soonest', () => {
    const days = Array.from({ length: UPCOMING_EVENTS + 5 }, (_, i) => `2025-${String(4 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`);
    const many = briefing({ events: days.map((d, i) => event(`x${i}`, day(d), { expected: true })) });
    const view = overviewView(many, CATEGORIES);
    expect(view.upcoming.map((entry) => entry.id)).toEqual(days.slice(5).map((_, i) => `x${i + 5}`));
    expect(view.moreUpcoming).toBe(5);
    expect(takeawayText(view.takeaways.find((t) => t.kind === 'next-expected')!)).toContain(`${UPCOMING_EVENTS + 5} expected events reported; the next (1 Apr 2025)`);
  });
});
