import { describe, expect, it } from 'vitest';
import { readDateLine } from '../../src/lib/importer/read-date-line.ts';

describe('readDateLine', () => {
  it.each([
    ['March 4, 2023', '2023-03-04'],
    ['4 March 2023', '2023-03-04'],
    ['Sat, Mar. 4, 2023 9:15 PM', '2023-03-04'],
    ['2023-03-04', '2023-03-04'],
    ['Published: 4 March 2023', '2023-03-04'],
    ['Published Date: 21:40 | 4 March 2023', '2023-03-04'],
    ['Posted on March 4, 2023 at 10:05 am', '2023-03-04'],
    ['Updated: Mar 4, 2023, 10:45 GMT', '2023-03-04'],
  ])('reads %j as %s', (text, date) => {
    expect(readDateLine(text)?.date).toBe(date);
  });

  it('labels revision dates as modified', () => {
    expect(readDateLine('Last updated: 5 March 2023 08:00 GMT')).toEqual({ date: '2023-03-05', label: 'modified', ambiguous: false });
    expect(readDateLine('Modified Date: 08:12 | 5 March 2023')).toEqual({ date: '2023-03-05', label: 'modified', ambiguous: false });
  });

  it('flags a numeric date whose day and month could be swapped', () => {
    expect(readDateLine('03/04/2023')).toEqual({ date: '2023-03-04', label: 'published', ambiguous: true });
    expect(readDateLine('25/04/2023')).toEqual({ date: '2023-04-25', label: 'published', ambiguous: false });
  });
});

describe('readDateLine negative cases', () => {
  it.each([
    ['a sentence that mentions a date', 'On March 4, 2023, the council voted to close the bridge.'],
    ['a date without a year', 'March 4'],
    ['a month and year only', 'March 2023'],
    ['a range of days', 'March 4, 2023 - March 6, 2023'],
    ['a place before the date', 'Lisbon, March 4, 2023'],
    ['an unknown label', 'Hearing: March 4, 2023'],
    ['a relative day', 'Last Tuesday'],
  ])('does not read %s', (_what, text) => {
    expect(readDateLine(text)).toBeNull();
  });
});
