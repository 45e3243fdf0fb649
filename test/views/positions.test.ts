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
          }),
          statement('ministry', 'freedonia', { speaker: { name: null, description: 'the ministry', actor: 'freedonia-defence' } }),
        ],
      }),
      ROLES,
    );
    expect(view.sections[0]?.statements).toEqual([
      {
        id: 'berg-denies',
        speaker: 'Anna Berg',
        speakerDescription: 'the ministry’s spokesperson',
        role: 'spokesperson, Defence Ministry',
        dateLabel: '11 Mar 2025',
        dateText: 'on Tuesday',
        datetime: '2025-03-11',
        precision: 'day',
        quote: null,
        reported: 'that any boats had crossed the line',
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
      },
      {
        id: 'ministry',
        speaker: 'Freedonian Defence Ministry',
        speakerDescription: 'the ministry',
        role: null,
        dateLabel: null,
        dateText: null,
        datetime: null,
        precision: null,
        quote: 'Words of ministry',
        reported: null,
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
        stance: 'denies',
        excerpt: 'We have not sent a single boat across the line and we will not do so while the talks go…',
        dateLabel: '11 Mar 2025',
        datetime: '2025-03-11',
        source: 'Coastal Wire, 12 Mar 2025',
      },
      {
        government: 'sylvania',
        name: 'Sylvania',
        statement: 's-later',
        href: '/positions/#s-later',
        stance: null,
        excerpt: 'that the talks would resume',
        dateLabel: null,
        datetime: null,
        source: 'Coastal Wire, 12 Mar 2025',
      },
    ]);
  });
});
