import { describe, expect, it } from 'vitest';
import { positionsSummary, positionsView } from '../../src/lib/views/positions.ts';
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
    // Undated statements of one day stand together by speaker (actor id, else name or description).
    expect(entries.map((s) => [s.id, s.speaker, s.role, s.describedAs])).toEqual([
      ['unnamed', 'An official', null, null],
      ['berg', 'Anna Berg', 'spokesperson, Defence Ministry', null],
      ['official', 'Freedonian Defence Ministry', null, 'a senior defence official'],
      ['the-ministry', 'Freedonian Defence Ministry', null, null],
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
      ['f2', [{ kind: 'quote', text: 'We will stay', lead: 'Said:' }, { kind: 'reported', text: 'that talks would go on', lead: 'Said:' }]],
    ]);
    // The table reads the reported speech, which holds the words in context, as a sentence.
    expect(view.comparison.map((row) => [row.statement, row.sentence.plain, row.sentence.kind])).toEqual([['f2', 'An official said that talks would go on', 'reported']]);
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
        stanceLabel: 'denies',
        citations: [
          {
            source: '2025-03-12-coastal-wire-talks',
            href: '/sources/2025-03-12-coastal-wire-talks/#p3',
            label: 'Coastal Wire, 12 Mar 2025',
            by: 'Coastal Wire',
            day: '12 Mar 2025',
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
        words: [{ kind: 'quote', text: 'Words of ministry', lead: 'Said:' }],
        stance: null,
        stanceLabel: null,
        citations: [
          {
            source: '2025-03-10-harbour-post-boats',
            href: '/sources/2025-03-10-harbour-post-boats/#p2',
            label: 'Harbour Post, 10 Mar 2025',
            by: 'Harbour Post',
            day: '10 Mar 2025',
            title: 'Headline of 2025-03-10-harbour-post-boats',
            paragraph: '¶2',
            evidence: 'Words of ministry',
          },
        ],
        anchorLabel: 'this statement (Freedonian Defence Ministry): Words of ministry',
      },
    ]);
  });

  it('compares governments by their latest position-bearing statement, as a sentence with speaker, role, verb and date', () => {
    const berg = { name: 'Anna Berg', description: 'the ministry’s spokesperson', actor: 'anna-berg' };
    const view = positionsView(
      briefing({
        statements: [
          statement('f-old', 'freedonia', { date: day('2025-03-01'), stance: 'warns' }),
          statement('f-new', 'freedonia', {
            speaker: berg,
            date: day('2025-03-11'),
            stance: 'denies',
            quote: null,
            reported: 'that any boat had crossed the line',
            verb: 'denied',
            negated: true,
            citations: [cite('2025-04-02-unknown-ferry', 2, 'x'), cite('2025-03-12-coastal-wire-talks', 5, 'x')],
          }),
          // Later, but says nothing of where Freedonia stands: not its position.
          statement('f-later', 'freedonia', { date: day('2025-03-20'), stance: 'other' }),
          statement('f-undated', 'freedonia', { citations: [cite('2025-04-02-unknown-ferry', 1, 'x')] }),
          statement('s-first', 'sylvania', { citations: [cite('2025-03-10-harbour-post-boats', 1, 'x')] }),
          statement('s-later', 'sylvania', { quote: null, reported: 'that the talks would resume', citations: [cite('2025-03-12-coastal-wire-talks', 1, 'x')] }),
        ],
      }),
      ROLES,
    );
    expect(view.comparison).toEqual([
      {
        government: 'freedonia',
        name: 'Freedonia',
        statement: 'f-new',
        href: '/positions/#f-new',
        speaker: 'Anna Berg',
        role: 'spokesperson, Defence Ministry',
        stance: 'denies',
        stanceLabel: 'denies',
        positionBearing: true,
        sentence: {
          before: '',
          speaker: 'Anna Berg',
          after: ' denied ',
          kind: 'reported',
          words: 'that any boat had crossed the line',
          verb: 'denied',
          plain: 'Anna Berg denied that any boat had crossed the line',
        },
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
        role: null,
        stance: null,
        stanceLabel: 'no clear stance',
        positionBearing: false,
        sentence: { before: '', speaker: 'An official', after: ' said ', kind: 'reported', words: 'that the talks would resume', verb: 'said', plain: 'An official said that the talks would resume' },
        dateLabel: null,
        datetime: null,
        source: 'Coastal Wire, 12 Mar 2025',
        sourceHref: '/sources/2025-03-12-coastal-wire-talks/#p1',
      },
    ]);
  });

  it('takes the latest by date, else by first report, and never shows a bare “that …” fragment', () => {
    const view = positionsView(
      briefing({
        statements: [
          statement('dated', 'freedonia', { date: day('2025-03-01'), stance: 'confirms' }),
          statement('reported-later', 'freedonia', { stance: 'unconfirmed', quote: null, reported: 'that the boats had left', verb: null, citations: [cite('2025-03-12-coastal-wire-talks', 1, 'x')] }),
        ],
      }),
    );
    const [row] = view.comparison;
    expect([row?.statement, row?.sentence.plain]).toEqual(['reported-later', 'An official (as reported): that the boats had left']);
  });
});

describe('stance track', () => {
  const navy = { name: null, description: 'the navy', actor: 'sylvania-navy' };
  const berg = { name: 'Anna Berg', description: 'spokesperson', actor: 'anna-berg' };
  const view = positionsView(
    briefing({
      statements: [
        statement('verifying', 'freedonia', { speaker: berg, date: day('2025-03-04'), stance: 'unconfirmed' }),
        statement('no-stance', 'freedonia', { speaker: berg, date: day('2025-03-04'), stance: 'other' }),
        statement('confirms-1', 'freedonia', { speaker: berg, date: day('2025-03-06'), stance: 'confirms' }),
        statement('ministry', 'freedonia', { date: day('2025-03-06'), stance: 'warns' }),
        statement('confirms-2', 'freedonia', { speaker: berg, date: day('2025-03-06'), stance: 'confirms' }),
        statement('undated', 'freedonia', { speaker: berg, stance: 'pledges', citations: [cite('2025-03-12-coastal-wire-talks', 1, 'x')] }),
        statement('navy', 'sylvania', { speaker: navy, stance: null }),
      ],
    }),
  );

  it('steps day by day through the position-bearing statements, each speaker’s chips together, undated ones on the day first reported', () => {
    const [freedonia, sylvania] = view.sections;
    expect(freedonia?.track.map((step) => [step.dateLabel, step.reportedOnly, step.speakers.map((s) => [s.speaker, s.chips.map((c) => `${c.id}:${c.label}`)])])).toEqual([
      ['4 Mar 2025', false, [['Anna Berg', ['verifying:unconfirmed']]]],
      ['6 Mar 2025', false, [['An official', ['ministry:warns']], ['Anna Berg', ['confirms-1:confirms', 'confirms-2:confirms']]]],
      ['reported 12 Mar 2025', true, [['Anna Berg', ['undated:pledges']]]],
    ]);
    expect(sylvania?.track).toEqual([]);
  });

  it('links each chip to its statement and gives it the statement as a sentence', () => {
    const chip = view.sections[0]?.track[0]?.speakers[0]?.chips[0];
    expect([chip?.href, chip?.title]).toEqual(['/positions/#verifying', 'Anna Berg said: “Words of verifying”']);
  });
});

describe('positionsSummary', () => {
  const berg = { name: 'Anna Berg', description: 'the ministry’s spokesperson', actor: 'anna-berg' };
  const model = briefing({
    statements: [
      statement('warned', 'freedonia', { speaker: berg, stance: 'warns', date: day('2025-03-09') }),
      statement('confirmed', 'freedonia', { speaker: berg, stance: 'confirms', date: day('2025-03-10') }),
      statement('denied', 'freedonia', { speaker: berg, stance: 'denies', date: day('2025-03-12') }),
      statement('s1', 'sylvania'),
      statement('pundit', null, { speaker: { name: 'Carl Olsen', description: 'a maritime analyst', actor: null } }),
    ],
  });

  it('gives the sections’ tracks and the comparison of the positions view, for the same roles', () => {
    for (const roles of [[], ROLES]) {
      const view = positionsView(model, roles);
      const summary = positionsSummary(model, roles);
      expect(summary.comparison).toEqual(view.comparison);
      expect(summary.sections).toEqual(view.sections.map(({ id, name, track }) => ({ id, name, track })));
    }
    // The offices are the roles' own: Anna Berg's shows only where roles are given.
    expect(positionsSummary(model, ROLES).comparison[0]?.role).toBe('spokesperson, Defence Ministry');
    expect(positionsSummary(model).comparison[0]?.role).toBe('the ministry’s spokesperson');
  });
});
