import { describe, expect, it } from 'vitest';
import { positionsView } from '../../src/lib/views/positions.ts';
import { briefing, cite, day, statement } from './fixtures.ts';

const ROLES = [{ id: 'anna-berg', role: 'spokesperson, Defence Ministry' }, { id: 'freedonia-defence', role: 'not shown: a body' }];

describe('positionsView', () => {
  it('makes a section per government, most statements first, then by name; other voices apart', () => {
    const view = positionsView(
      briefing({
        statements: [
          statement('s1', 'sylvania'),
          statement('h1', 'harbour-council'),
          statement('f1', 'freedonia'),
          statement('f2', 'freedonia'),
          statement('pundit', null, { speaker: { name: 'Carl Olsen', description: 'a maritime analyst', actor: null } }),
        ],
      }),
    );
    expect(view.sections.map((section) => [section.id, section.name, section.statements.map((s) => s.id)])).toEqual([
      ['freedonia', 'Freedonia', ['f1', 'f2']],
      ['harbour-council', 'Harbour Council', ['h1']],
      ['sylvania', 'Sylvania', ['s1']],
    ]);
    expect(view.otherVoices?.id).toBe('other-voices');
    expect(view.otherVoices?.name).toBe('Other voices');
    expect(view.otherVoices?.statements.map((s) => [s.id, s.speaker])).toEqual([['pundit', 'Carl Olsen']]);
  });

  it('introduces the page with the number of statements by governments and by other voices', () => {
    const pundit = { speaker: { name: 'Carl Olsen', description: 'a maritime analyst', actor: null } };
    const intro = (statements: Parameters<typeof briefing>[0]['statements']) => positionsView(briefing({ statements })).intro;
    expect(intro([statement('f1', 'freedonia'), statement('f2', 'freedonia'), statement('s1', 'sylvania'), statement('p', null, pundit)])).toBe(
      '4 statements: 3 by 2 governments and organisations, 1 by other voices.',
    );
    expect(intro([statement('f1', 'freedonia')])).toBe('1 statement: 1 by 1 government or organisation.');
    expect(intro([statement('p', null, pundit)])).toBe('1 statement: 1 by other voices.');
    expect(intro([])).toBe('No statements have been found in the sources yet.');
  });

  it('shows a description of the speaker only when it says more than the name and no office is known', () => {
    const view = positionsView(
      briefing({
        statements: [
          statement('berg', 'freedonia', { speaker: { name: 'Anna Berg', description: 'the ministry’s spokesperson', actor: 'anna-berg' } }),
          statement('official', 'freedonia', { speaker: { name: null, description: 'a senior defence official', actor: 'freedonia-defence' } }),
          statement('unnamed', 'freedonia', { speaker: { name: null, description: 'an official', actor: null } }),
          statement('the-ministry', 'freedonia', { speaker: { name: null, description: 'The Freedonian Defence Ministry', actor: 'freedonia-defence' } }),
          statement('olsen', null, { speaker: { name: 'Carl Olsen', description: '', actor: null } }),
        ],
      }),
      ROLES,
    );
    const entries = [...view.sections.flatMap((section) => section.statements), ...(view.otherVoices?.statements ?? [])];
    expect(entries.map((s) => [s.id, s.speaker, s.role, s.describedAs])).toEqual([
      ['berg', 'Anna Berg', 'spokesperson, Defence Ministry', null],
      ['official', 'Freedonian Defence Ministry', null, 'a senior defence official'],
      ['the-ministry', 'Freedonian Defence Ministry', null, null],
      ['unnamed', 'An official', null, null],
      ['olsen', 'Carl Olsen', null, null],
    ]);
  });

  it('shows reported speech alone when it holds the quote, and compares by the words shown', () => {
    const view = positionsView(
      briefing({
        statements: [
          statement('f1', 'freedonia', { quote: 'confirmed', reported: 'that the council had “confirmed” the closure' }),
          statement('f2', 'freedonia', { quote: 'We will stay', reported: 'that talks would go on' }),
        ],
      }),
    );
    expect(view.sections[0]?.statements.map((s) => [s.id, s.words])).toEqual([
      ['f1', [{ kind: 'reported', text: 'that the council had “confirmed” the closure', lead: 'Said:' }]],
      ['f2', [{ kind: 'quote', text: 'We will stay', lead: 'Quote:' }, { kind: 'reported', text: 'that talks would go on', lead: 'Said:' }]],
    ]);
    expect(view.comparison.map((row) => [row.statement, row.excerpt, row.excerptKind])).toEqual([['f2', 'We will stay', 'quote']]);
  });

  it('tells apart the self-links of statements that read the same by their first citation', () => {
    const view = positionsView(
      briefing({
        statements: [
          statement('once', 'freedonia', { quote: 'Talks go on', citations: [cite('2025-03-10-harbour-post-boats', 2, 'Talks go on')] }),
          statement('twice', 'freedonia', { quote: 'Talks go on', citations: [cite('2025-03-12-coastal-wire-talks', 5, 'Talks go on')] }),
          statement('other', null, { quote: 'Ships wait' }),
        ],
      }),
    );
    expect([...view.sections[0]!.statements, ...view.otherVoices!.statements].map((s) => s.anchorLabel)).toEqual([
      'this statement (An official): Talks go on (Harbour Post, 10 Mar 2025 ¶2)',
      'this statement (An official): Talks go on (Coastal Wire, 12 Mar 2025 ¶5)',
      'this statement (An official): Ships wait',
    ]);
  });

  it('has no other-voices section when every statement has a government', () => {
    expect(positionsView(briefing({ statements: [statement('f1', 'freedonia')] })).otherVoices).toBeNull();
  });

  it('orders statements by date, undated last by when they were first reported, then by id', () => {
    const view = positionsView(
      briefing({
        statements: [
          statement('undated-late', 'freedonia', { citations: [cite('2025-04-02-unknown-ferry', 1, 'x')] }),
          statement('undated-early', 'freedonia', { citations: [cite('2025-03-12-coastal-wire-talks', 1, 'x'), cite('2025-03-10-harbour-post-boats', 1, 'x')] }),
          statement('dated-b', 'freedonia', { date: day('2025-03-05') }),
          statement('dated-a', 'freedonia', { date: day('2025-03-05') }),
          statement('dated-first', 'freedonia', { date: { text: 'last week', start: '2025-03-03', end: '2025-03-09', precision: 'week' } }),
        ],
      }),
    );
    expect(view.sections[0]?.statements.map((s) => [s.id, s.dateLabel])).toEqual([
      ['dated-first', 'week of 3 Mar 2025'],
      ['dated-a', '5 Mar 2025'],
      ['dated-b', '5 Mar 2025'],
      ['undated-early', null],
      ['undated-late', null],
    ]);
  });

  it('builds a statement entry with speaker, the role of a known person, date and citations', () => {
    const view = positionsView(
      briefing({
        statements: [
          statement('berg-denies', 'freedonia', {
            speaker: { name: 'Anna Berg', description: 'the ministry’s spokesperson', actor: 'anna-berg' },
            quote: null,
            reported: 'that any boats had crossed the line',
            stance: 'denies',
            date: day('2025-03-11', 'on Tuesday'),
            citations: [cite('2025-03-12-coastal-wire-talks', 3, 'denied that any boats had crossed the line')],
            firstReported: '2025-03-12',
            lastUpdated: '2025-03-12',
          }),
          statement('ministry', 'freedonia', { speaker: { name: null, description: 'the ministry', actor: 'freedonia-defence' }, aliases: ['ministry-words'] }),
        ],
      }),
      ROLES,
    );
    expect(view.sections[0]?.statements).toEqual([
      {
        id: 'berg-denies',
        aliases: [],
        reportDates: { first: '12 Mar 2025', firstDatetime: '2025-03-12', updated: null, updatedDatetime: null },
        speaker: 'Anna Berg',
        speakerDescription: 'the ministry’s spokesperson',
        role: 'spokesperson, Defence Ministry',
        describedAs: null,
        dateLabel: '11 Mar 2025',
        dateText: 'on Tuesday',
        writtenDate: 'on Tuesday',
        datetime: '2025-03-11',
        precision: 'day',
        quote: null,
        reported: 'that any boats had crossed the line',
        words: [{ kind: 'reported', text: 'that any boats had crossed the line', lead: 'Said:' }],
        stance: 'denies',
        citations: [
          {
            source: '2025-03-12-coastal-wire-talks',
            href: '/sources/2025-03-12-coastal-wire-talks/#p3',
            label: 'Coastal Wire, 12 Mar 2025',
            title: 'Headline of 2025-03-12-coastal-wire-talks',
            paragraph: '¶3',
            evidence: 'denied that any boats had crossed the line',
          },
        ],
        anchorLabel: 'this statement (Anna Berg, 11 Mar 2025): that any boats had crossed the line',
      },
      {
        id: 'ministry',
        aliases: ['ministry-words'],
        reportDates: { first: '10 Mar 2025', firstDatetime: '2025-03-10', updated: null, updatedDatetime: null },
        speaker: 'Freedonian Defence Ministry',
        speakerDescription: 'the ministry',
        role: null,
        describedAs: 'the ministry',
        dateLabel: null,
        dateText: null,
        writtenDate: null,
        datetime: null,
        precision: null,
        quote: 'Words of ministry',
        reported: null,
        words: [{ kind: 'quote', text: 'Words of ministry', lead: 'Quote:' }],
        stance: null,
        citations: [
          {
            source: '2025-03-10-harbour-post-boats',
            href: '/sources/2025-03-10-harbour-post-boats/#p2',
            label: 'Harbour Post, 10 Mar 2025',
            title: 'Headline of 2025-03-10-harbour-post-boats',
            paragraph: '¶2',
            evidence: 'Words of ministry',
          },
        ],
        anchorLabel: 'this statement (Freedonian Defence Ministry): Words of ministry',
      },
    ]);
  });

  it('compares governments by their latest dated statement, or the latest reported one when none is dated', () => {
    const view = positionsView(
      briefing({
        statements: [
          statement('f-old', 'freedonia', { date: day('2025-03-01'), stance: 'warns' }),
          statement('f-new', 'freedonia', {
            date: day('2025-03-11'),
            stance: 'denies',
            quote: 'We have not sent a single boat across the line and we will not do so while the talks go on',
            citations: [cite('2025-04-02-unknown-ferry', 2, 'x'), cite('2025-03-12-coastal-wire-talks', 5, 'x')],
          }),
          statement('f-undated', 'freedonia', { citations: [cite('2025-04-02-unknown-ferry', 1, 'x')] }),
          statement('s-first', 'sylvania', { citations: [cite('2025-03-10-harbour-post-boats', 1, 'x')] }),
          statement('s-later', 'sylvania', { quote: null, reported: 'that the talks would resume', citations: [cite('2025-03-12-coastal-wire-talks', 1, 'x')] }),
        ],
      }),
    );
    expect(view.comparison).toEqual([
      {
        government: 'freedonia',
        name: 'Freedonia',
        statement: 'f-new',
        href: '/positions/#f-new',
        speaker: 'An official',
        stance: 'denies',
        excerpt: 'We have not sent a single boat across the line and we will not do so while the talks go…',
        excerptKind: 'quote',
        excerptLead: 'Quote:',
        dateLabel: '11 Mar 2025',
        datetime: '2025-03-11',
        source: 'Coastal Wire, 12 Mar 2025',
        sourceHref: '/sources/2025-03-12-coastal-wire-talks/#p5',
      },
      {
        government: 'sylvania',
        name: 'Sylvania',
        statement: 's-later',
        href: '/positions/#s-later',
        speaker: 'An official',
        stance: null,
        excerpt: 'that the talks would resume',
        excerptKind: 'reported',
        excerptLead: 'Said:',
        dateLabel: null,
        datetime: null,
        source: 'Coastal Wire, 12 Mar 2025',
        sourceHref: '/sources/2025-03-12-coastal-wire-talks/#p1',
      },
    ]);
  });
});
