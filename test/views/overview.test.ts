import { describe, expect, it } from 'vitest';
import { overviewView } from '../../src/lib/views/overview.ts';
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
    event('e6', day('2025-03-06'), { summary: 'The two navies met at the harbour mouth.' }),
    event('vote', day('2025-04-20', 'on April 20'), { expected: true, summary: 'The council will vote on the harbour.' }),
    event('withdrawal', { text: 'by May', start: null, end: '2025-05-31', precision: 'range' }, { expected: true }),
  ],
  statements: [
    statement('f1', 'freedonia', { date: day('2025-03-01'), stance: 'warns' }),
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

  it('lists the key figures of each category with claims, with their spread sentence', () => {
    expect(view.keyFigures).toEqual([
      {
        id: 'boats',
        label: 'Boats at the harbour',
        href: '/figures/#boats',
        claims: 2,
        sentence: 'Claims range from 1,500 (Freedonian Defence Ministry, 4 Mar 2025) to up to 12,000 (Sylvanian Navy, 6 Mar 2025).',
        disagree: true,
      },
      {
        id: 'arrests',
        label: 'Arrests',
        href: '/figures/#arrests',
        claims: 2,
        sentence: 'Claims range from 20 (Freedonian Defence Ministry, 6 Mar 2025) to 25 (Sylvanian Navy, 6 Mar 2025).',
        disagree: true,
      },
    ]);
  });

  it('gives one line per government with its latest stated position', () => {
    expect(view.positions.map((line) => [line.government, line.name, line.statement, line.stance, line.excerpt, line.dateLabel, line.sectionHref])).toEqual([
      ['freedonia', 'Freedonia', 'f2', 'denies', 'No boat has crossed the line', '9 Mar 2025', '/positions/#freedonia'],
      ['sylvania', 'Sylvania', 's1', null, 'Words of s1', null, '/positions/#sylvania'],
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

  it('generates its takeaways from the model', () => {
    expect(view.takeaways).toEqual([
      'Statements from 2 governments and organisations are on record; Freedonia has the most (2).',
      'Claims disagree most on Boats at the harbour: from 1,500 (Freedonian Defence Ministry, 4 Mar 2025) to up to 12,000 (Sylvanian Navy, 6 Mar 2025).',
      'Latest event (6 Mar 2025): The two navies met at the harbour mouth.',
      '2 expected events reported; the next (20 Apr 2025): The council will vote on the harbour.',
      'Everything here is drawn from 3 sources published from 10 Mar 2025 to 2 Apr 2025.',
    ]);
  });

  it('leaves out takeaways the model has nothing for', () => {
    const small = overviewView(
      briefing({ events: [event('e1', day('2025-03-01'), { summary: 'Talks began.', citations: [cite('2025-03-10-harbour-post-boats', 1, 'Talks began.')] })] }),
      CATEGORIES,
    );
    expect(small.takeaways).toEqual([
      'Latest event (1 Mar 2025): Talks began.',
      'Everything here is drawn from 3 sources published from 10 Mar 2025 to 2 Apr 2025.',
    ]);
    expect([small.keyFigures, small.positions, small.upcoming]).toEqual([[], [], []]);
  });
});
