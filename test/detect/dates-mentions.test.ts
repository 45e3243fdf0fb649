import { afterEach, describe, expect, it, vi } from 'vitest';
import { findDates } from '../../src/lib/detect/dates/index.ts';

const PUBLISHED = '2024-10-23';

describe('findDates mentions', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives offsets whose slice is the verbatim date text, in reading order', () => {
    const text = 'Last week the agency said troops left on Tuesday and would return by December.';
    const mentions = findDates(text, PUBLISHED);
    expect(mentions.map((m) => [m.index, m.endIndex, m.date.text])).toEqual([
      [0, 9, 'Last week'],
      [38, 48, 'on Tuesday'],
      [66, 77, 'by December'],
    ]);
    for (const mention of mentions) {
      expect(text.slice(mention.index, mention.endIndex)).toBe(mention.date.text);
    }
  });

  it('gives one mention per span: a rule wins over chrono inside its span', () => {
    const mentions = findDates('Troops moved in early- to mid-October.', PUBLISHED);
    expect(mentions.map((m) => [m.date.text, m.rule])).toEqual([['early- to mid-October', 'part-of-month']]);
  });

  it('names the refiners that rewrote a mention after its rule', () => {
    const text = 'Prices have risen since August last year and must fall by December.';
    expect(findDates(text, PUBLISHED).map((m) => [m.date.text, m.rule])).toEqual([
      ['since August last year', 'month-name+year-suffix+since'],
      ['by December', 'month-name+deadline'],
    ]);
  });

  it('keeps what the text states apart from what publication implies', () => {
    const text = 'On Oct. 30, on October 23, 2024, on Tuesday and last week.';
    expect(findDates(text, PUBLISHED).map((m) => [m.date.text, m.stated])).toEqual([
      ['Oct. 30', { month: 10, day: 30 }],
      ['October 23, 2024', { year: 2024, month: 10, day: 23 }],
      ['on Tuesday', { weekday: 2 }],
      ['last week', {}],
    ]);
  });

  it('resolves against the publication date, never the clock', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-06-15T23:30:00Z'));
    expect(findDates('It happened yesterday.', PUBLISHED).map((m) => m.date.start)).toEqual(['2024-10-22']);
  });

  it('tells the editor which publication date is wrong and what to pass', () => {
    expect(() => findDates('Yesterday.', '23/10/2024')).toThrow(
      'Cannot resolve dates against the publication date "23/10/2024": expected a calendar day as YYYY-MM-DD (the source\'s `published` field).',
    );
    expect(() => findDates('Yesterday.', '2024-02-30')).toThrow(/"2024-02-30"/);
  });
});
