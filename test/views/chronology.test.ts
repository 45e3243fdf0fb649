import { describe, expect, it } from 'vitest';
import { chronologyView } from '../../src/lib/views/chronology.ts';
import { briefing, cite, day, event } from './fixtures.ts';

describe('chronologyView', () => {
  it('groups events by month in date order, sorting by start then id', () => {
    const view = chronologyView(
      briefing({
        events: [
          event('b-talks', day('2025-03-04')),
          event('ferry-sank', day('2025-02-27')),
          event('a-talks', day('2025-03-04')),
          event('blockade', { text: 'last week', start: '2025-03-03', end: '2025-03-09', precision: 'week' }),
        ],
      }),
    );
    expect(view.months.map((month) => [month.id, month.label, month.datetime, month.entries.map((entry) => entry.id)])).toEqual([
      ['2025-02', 'February 2025', '2025-02', ['ferry-sank']],
      ['2025-03', 'March 2025', '2025-03', ['blockade', 'a-talks', 'b-talks']],
    ]);
  });

  it('builds an entry with date label, words as written, actor names and citation labels', () => {
    const view = chronologyView(
      briefing({
        events: [
          event('ferry-sank', day('2025-02-27', 'on Thursday'), {
            actors: ['freedonia', 'sylvania-navy', 'ghost-actor'],
            summary: 'A ferry sank off the coast, the navy said.',
            headline: 'A ferry sank off the coast, the navy said.',
            citations: [cite('2025-03-12-coastal-wire-talks', 4, 'A ferry sank off the coast, the navy said.')],
            aliases: ['ferry-sinks-off-coast'],
            firstReported: '2025-03-10',
            lastUpdated: '2025-03-12',
          }),
        ],
      }),
    );
    expect(view.months[0]?.entries[0]).toEqual({
      id: 'ferry-sank',
      aliases: ['ferry-sinks-off-coast'],
      reportDates: { first: '10 Mar 2025', firstDatetime: '2025-03-10', updated: '12 Mar 2025', updatedDatetime: '2025-03-12' },
      dateLabel: '27 Feb 2025',
      dateText: 'on Thursday',
      writtenDate: 'on Thursday',
      datetime: '2025-02-27',
      precision: 'day',
      day: '2025-02-27',
      until: null,
      expected: false,
      undatedStart: false,
      actors: ['Freedonia', 'Sylvanian Navy', 'ghost-actor'],
      government: 'freedonia',
      summary: 'A ferry sank off the coast, the navy said.',
      // The event in a line, without the attribution, which names who says it happened.
      headline: 'A ferry sank off the coast',
      headlineQuoted: false,
      headlineCut: { start: false, end: false },
      claimant: { label: 'the navy', href: null },
      citations: [
        {
          source: '2025-03-12-coastal-wire-talks',
          href: '/sources/2025-03-12-coastal-wire-talks/#p4',
          label: 'Coastal Wire, 12 Mar 2025',
          by: 'Coastal Wire',
          day: '12 Mar 2025',
          title: 'Headline of 2025-03-12-coastal-wire-talks',
          paragraph: '¶4',
          evidence: 'A ferry sank off the coast, the navy said.',
        },
      ],
      anchorLabel: 'this event (27 Feb 2025): A ferry sank off the coast',
    });
  });

  it('files an event under one government only when it names one or its claimant speaks for one', () => {
    const claimant = { name: null, description: 'the Sylvanian Navy', actor: 'sylvania-navy' };
    const view = chronologyView(
      briefing({
        events: [
          event('one-named', day('2025-03-01'), { governments: ['sylvania'] }),
          // "Freedonia and Sylvania signed …": the first named is no more the event's than the other.
          event('two-named', day('2025-03-02'), { actors: ['freedonia', 'sylvania'], governments: ['freedonia', 'sylvania'] }),
          event('two-named-claimed', day('2025-03-03'), { actors: ['freedonia', 'sylvania'], governments: ['freedonia', 'sylvania'], claimant }),
          event('none-named', day('2025-03-04'), { actors: [], governments: [] }),
        ],
      }),
    );
    expect(view.months[0]?.entries.map((entry) => [entry.id, entry.government])).toEqual([
      ['one-named', 'sylvania'],
      ['two-named', null],
      ['two-named-claimed', 'sylvania'],
      ['none-named', null],
    ]);
  });

  it('files an event open at the start under the month it ends in, after that month’s dated events, and marks it', () => {
    const view = chronologyView(
      briefing({
        events: [
          event('withdrawal', { text: 'by the end of April', start: null, end: '2025-04-30', precision: 'range' }, { expected: true }),
          event('ferry-sank', day('2025-04-12')),
          event('talks', day('2025-03-04')),
        ],
      }),
    );
    expect(view.months.map((month) => [month.id, month.entries.map((entry) => [entry.id, entry.dateLabel, entry.undatedStart, entry.expected])])).toEqual([
      ['2025-03', [['talks', '4 Mar 2025', false, false]]],
      ['2025-04', [['ferry-sank', '12 Apr 2025', false, false], ['withdrawal', 'expected by Apr 2025', true, true]]],
    ]);
  });

  it('puts an event open at the end under the month it starts in', () => {
    const view = chronologyView(briefing({ events: [event('patrols', { text: 'since January', start: '2025-01-01', end: null, precision: 'range' })] }));
    expect(view.months.map((month) => [month.id, month.entries.map((entry) => [entry.dateLabel, entry.undatedStart])])).toEqual([
      ['2025-01', [['since Jan 2025', false]]],
    ]);
  });

  it('keeps events with no date at all in a last group', () => {
    const view = chronologyView(
      briefing({ events: [event('rumour', { text: 'at some point', start: null, end: null, precision: 'range' }), event('talks', day('2025-03-04'))] }),
    );
    expect(view.months.map((month) => [month.id, month.label, month.datetime, month.entries.map((entry) => entry.id)])).toEqual([
      ['2025-03', 'March 2025', '2025-03', ['talks']],
      ['undated', 'Date not known', null, ['rumour']],
    ]);
  });

  it('gives an empty chronology for a briefing without events', () => {
    expect(chronologyView(briefing({}))).toEqual({ intro: 'No events have been found in the sources yet.', months: [] });
  });

  it('introduces the page with the number of events, the months they span and the sources they come from', () => {
    const one = cite('2025-03-10-harbour-post-boats', 1, 'x');
    const two = cite('2025-03-12-coastal-wire-talks', 1, 'x');
    const view = (events: Parameters<typeof briefing>[0]['events']) => chronologyView(briefing({ events })).intro;
    expect(view([event('talks', day('2025-03-04'), { citations: [one, two] }), event('ferry-sank', day('2025-02-27'), { citations: [one] })])).toBe(
      '2 events from February 2025 to March 2025, drawn from 2 sources.',
    );
    expect(view([event('talks', day('2025-03-04'))])).toBe('1 event in March 2025, drawn from 1 source.');
    expect(view([event('talks', day('2025-03-04')), event('rumour', { text: 'at some point', start: null, end: null, precision: 'range' })])).toBe(
      '2 events in March 2025, drawn from 1 source. 1 event without a date is listed last.',
    );
    expect(view([event('rumour', { text: 'at some point', start: null, end: null, precision: 'range' })])).toBe(
      '1 event, drawn from 1 source. 1 event without a date is listed last.',
    );
  });

  it('keeps the words of the date for an "as written" note only when they say more than the label', () => {
    const view = chronologyView(
      briefing({
        events: [
          event('talks', day('2025-03-04', 'March 4')),
          event('blockade', { text: 'last week', start: '2025-03-03', end: '2025-03-09', precision: 'week' }),
        ],
      }),
    );
    expect(view.months[0]?.entries.map((entry) => [entry.id, entry.dateLabel, entry.writtenDate])).toEqual([
      ['blockade', 'week of 3 Mar 2025', 'last week'],
      ['talks', '4 Mar 2025', null],
    ]);
  });
});

describe('chronologyView year grouping', () => {
  it('files a date known only to the year under that year, before the months of that year', () => {
    const view = chronologyView(
      briefing({
        events: [
          event('2023-03-harbour', { text: 'in March last year', start: '2023-03-01', end: '2023-03-31', precision: 'month' }),
          event('2023-treaty', { text: 'last year', start: '2023-01-01', end: '2023-12-31', precision: 'year' }),
        ],
      }),
    );
    expect(view.months.map((m) => [m.id, m.label, m.entries.map((e) => e.id)])).toEqual([
      ['2023', '2023', ['2023-treaty']],
      ['2023-03', 'March 2023', ['2023-03-harbour']],
    ]);
  });
});
