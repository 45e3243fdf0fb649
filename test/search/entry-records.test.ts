import { describe, expect, test } from 'vitest';
import { entryRecords } from '../../src/lib/search/entry-records.ts';
import { briefing, cite, day, event, figure, statement } from '../views/fixtures.ts';

describe('entryRecords', () => {
  test('an event lands on its chronology entry with its date, governments, publishers and sort day', () => {
    const records = entryRecords(briefing({
      events: [event('2025-03-09-boats-seized', day('2025-03-09', 'on Sunday'), {
        actors: ['freedonia', 'sylvania-navy'],
        governments: ['freedonia', 'sylvania'],
        summary: 'The Sylvanian Navy seized two boats off Port Alba on Sunday.',
        citations: [
          cite('2025-03-10-harbour-post-boats', 1, 'The Sylvanian Navy seized two boats off Port Alba on Sunday.'),
          cite('2025-03-12-coastal-wire-talks', 4, 'Two boats were seized off Port Alba, the navy said.'),
        ],
      })],
    }));
    expect(records).toEqual([{
      url: '/chronology/#2025-03-09-boats-seized',
      content: [
        '9 Mar 2025',
        'The Sylvanian Navy seized two boats off Port Alba on Sunday.',
        'Involving: Freedonia, Sylvanian Navy',
        'Two boats were seized off Port Alba, the navy said.',
      ].join(' · '),
      meta: { title: '9 Mar 2025: The Sylvanian Navy seized two boats off Port Alba on Sunday.', type: 'event', date: '9 Mar 2025', government: 'Freedonia, Sylvania' },
      filters: { type: ['event'], government: ['Freedonia', 'Sylvania'], publisher: ['Harbour Post', 'Coastal Wire'] },
      sort: { date: '2025-03-09' },
    }]);
  });

  test('a quoted statement is titled by its speaker, verb and words; undated, it sorts by the day it was first reported', () => {
    const [record] = entryRecords(briefing({
      statements: [statement('anna-berg-talks-resume', 'freedonia', {
        speaker: { name: 'Anna Berg', description: 'the ministry spokeswoman', actor: 'anna-berg' },
        quote: 'We expect the talks to resume next week',
        stance: 'pledges',
        citations: [cite('2025-03-12-coastal-wire-talks', 2, '“We expect the talks to resume next week,” said Anna Berg, the ministry spokeswoman.')],
      })],
    }));
    expect(record).toEqual({
      url: '/positions/#anna-berg-talks-resume',
      content: [
        'Anna Berg',
        'the ministry spokeswoman',
        'We expect the talks to resume next week',
        'Stance: pledges',
        '“We expect the talks to resume next week,” said Anna Berg, the ministry spokeswoman.',
      ].join(' · '),
      meta: { title: 'Anna Berg said: “We expect the talks to resume next week”', type: 'statement', government: 'Freedonia' },
      filters: { type: ['statement'], government: ['Freedonia'], publisher: ['Coastal Wire'] },
      sort: { date: '2025-03-12' },
    });
  });

  test('reported speech of an unnamed speaker with no government: no government meta or filter', () => {
    const [record] = entryRecords(briefing({
      statements: [statement('analysts-talks-stalled', null, {
        speaker: { name: null, description: 'analysts', actor: null },
        quote: null,
        reported: 'the talks had stalled since the summit',
        date: day('2025-04-01'),
        citations: [cite('2025-04-02-unknown-ferry', 5, 'Analysts said the talks had stalled since the summit.')],
      })],
    }));
    expect(record?.meta).toEqual({ title: 'Analysts said the talks had stalled since the summit', type: 'statement', date: '1 Apr 2025' });
    expect(record?.filters).toEqual({ type: ['statement'], government: [], publisher: ['Publisher not stated'] });
    expect(record?.sort).toEqual({ date: '2025-04-01' });
  });

  test('a figure is titled as a claim by its claimant; a value written in words is also there as a numeral', () => {
    const [record] = entryRecords(briefing({
      figures: [figure('boats-freedonia-defence-2000000', 2_000_000, {
        qualifier: 'more than',
        text: 'more than two million rounds',
        unit: 'rounds',
        asOf: day('2025-03-01', 'since March'),
        citations: [cite('2025-03-10-harbour-post-boats', 3, 'The ministry said it had fired more than two million rounds.')],
      })],
    }));
    expect(record).toEqual({
      url: '/figures/#boats-freedonia-defence-2000000',
      content: [
        'more than two million rounds',
        'more than 2,000,000 rounds',
        'Freedonian Defence Ministry',
        'the ministry',
        'The ministry said it had fired more than two million rounds.',
      ].join(' · '),
      meta: { title: 'More than 2,000,000 rounds, according to Freedonian Defence Ministry', type: 'figure', date: '1 Mar 2025', government: 'Freedonia' },
      filters: { type: ['figure'], government: ['Freedonia'], publisher: ['Harbour Post'] },
      sort: { date: '2025-03-01' },
    });
  });

  test('records come in the order events, statements, figures', () => {
    const records = entryRecords(briefing({
      figures: [figure('f', 12)],
      statements: [statement('s', 'freedonia')],
      events: [event('e', day('2025-03-01'))],
    }));
    expect(records.map((record) => record.url)).toEqual(['/chronology/#e', '/positions/#s', '/figures/#f']);
  });
});
