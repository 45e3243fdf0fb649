import { describe, expect, it } from 'vitest';
import { dateLabel } from '../../src/lib/views/format/date-label.ts';
import type { ResolvedDate } from '../../src/lib/model.ts';

const date = (text: string, start: string | null, end: string | null, precision: ResolvedDate['precision']): ResolvedDate => ({ text, start, end, precision });

describe('dateLabel', () => {
  it('labels each precision with a short month and a datetime of the matching grain', () => {
    expect(dateLabel(date('on Monday', '2024-10-21', '2024-10-21', 'day'))).toEqual({ label: '21 Oct 2024', text: 'on Monday', datetime: '2024-10-21', precision: 'day' });
    expect(dateLabel(date('last week', '2024-10-14', '2024-10-20', 'week'))).toEqual({ label: 'week of 14 Oct 2024', text: 'last week', datetime: '2024-10-14', precision: 'week' });
    expect(dateLabel(date('in June', '2024-06-01', '2024-06-30', 'month'))).toEqual({ label: 'Jun 2024', text: 'in June', datetime: '2024-06', precision: 'month' });
    expect(dateLabel(date('last year', '2023-01-01', '2023-12-31', 'year'))).toEqual({ label: '2023', text: 'last year', datetime: '2023', precision: 'year' });
  });

  it('shows the resolved range of a part of a month and keeps the words apart', () => {
    expect(dateLabel(date('early- to mid-October', '2024-10-01', '2024-10-20', 'range'))).toEqual({
      label: '1–20 Oct 2024',
      text: 'early- to mid-October',
      datetime: '2024-10',
      precision: 'range',
    });
  });

  it('writes ranges across months and years in full, and whole months or years as such', () => {
    expect(dateLabel(date('x', '2024-10-28', '2024-11-03', 'range')).label).toBe('28 Oct – 3 Nov 2024');
    expect(dateLabel(date('x', '2024-10-28', '2024-11-03', 'range')).datetime).toBe('2024');
    expect(dateLabel(date('x', '2024-12-28', '2025-01-03', 'range'))).toMatchObject({ label: '28 Dec 2024 – 3 Jan 2025', datetime: null });
    expect(dateLabel(date('x', '2024-02-01', '2024-02-29', 'range'))).toMatchObject({ label: 'Feb 2024', datetime: '2024-02' });
    expect(dateLabel(date('x', '2024-01-01', '2024-12-31', 'range'))).toMatchObject({ label: '2024', datetime: '2024' });
    expect(dateLabel(date('x', '2024-10-05', '2024-10-05', 'range'))).toMatchObject({ label: '5 Oct 2024', datetime: '2024-10-05' });
  });

  it('says "by" for a range open at the start: the month when it ends on a month’s last day', () => {
    expect(dateLabel(date('by December', null, '2024-12-31', 'range'))).toMatchObject({ label: 'by Dec 2024', datetime: '2024-12' });
    expect(dateLabel(date('by February', null, '2023-02-28', 'range'))).toMatchObject({ label: 'by Feb 2023', datetime: '2023-02' });
    expect(dateLabel(date('by Oct. 30', null, '2024-10-30', 'range'))).toMatchObject({ label: 'by 30 Oct 2024', datetime: '2024-10-30' });
  });

  it('says "since" for a range open at the end, "from" when it is expected', () => {
    expect(dateLabel(date('since August last year', '2023-08-01', null, 'range'))).toMatchObject({ label: 'since Aug 2023', datetime: '2023-08' });
    expect(dateLabel(date('since the vote', '2024-10-23', null, 'range'))).toMatchObject({ label: 'since 23 Oct 2024', datetime: '2024-10-23' });
    expect(dateLabel(date('in the coming days', '2024-10-23', null, 'range'), true)).toMatchObject({ label: 'expected from 23 Oct 2024' });
  });

  it('prefixes expected dates with "expected"', () => {
    expect(dateLabel(date('Oct. 30', '2024-10-30', '2024-10-30', 'day'), true)).toMatchObject({ label: 'expected 30 Oct 2024', datetime: '2024-10-30' });
    expect(dateLabel(date('by December', null, '2024-12-31', 'range'), true)).toMatchObject({ label: 'expected by Dec 2024' });
  });

  it('falls back to the words when nothing was resolved', () => {
    expect(dateLabel(date('some day', null, null, 'range'))).toEqual({ label: 'some day', text: 'some day', datetime: null, precision: 'range' });
  });
});
