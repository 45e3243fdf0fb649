import { describe, expect, it } from 'vitest';
import { openingDateline, readDateline } from '../../src/lib/importer/read-dateline.ts';

describe('readDateline', () => {
  it('reads an agency with a day and a time', () => {
    expect(readDateline('(Xinhua) 09:40, March 3, 2023')).toEqual({
      agency: 'Xinhua',
      date: { date: '2023-03-03', label: 'published', ambiguous: false },
    });
    expect(readDateline('Xinhua | 09:40, March 3, 2023')?.agency).toBe('Xinhua');
  });

  it('reads a place and an agency, with a day that has no year (no date then)', () => {
    expect(readDateline('SEOUL, Oct. 23 (Yonhap)')).toEqual({ agency: 'Yonhap', date: null });
    expect(readDateline('BEIJING (Reuters) -')).toEqual({ agency: 'Reuters', date: null });
  });

  it('reads a place with a full day as a date line without an agency', () => {
    expect(readDateline('SEOUL, March 3, 2023')).toEqual({ agency: null, date: { date: '2023-03-03', label: 'published', ambiguous: false } });
  });
});

describe('readDateline negative cases', () => {
  it('leaves a lone agency to the credit lines, and a lone place or day alone', () => {
    expect(readDateline('(AFP)')).toBeNull();
    expect(readDateline('SEOUL')).toBeNull();
    expect(readDateline('Oct. 23')).toBeNull();
  });

  it('does not read a sentence that names an agency', () => {
    expect(readDateline('Reuters reported on Monday that the bridge had closed.')).toBeNull();
    expect(readDateline('AFP: The minister said the bridge would reopen.')).toBeNull();
    expect(readDateline('The minister told (AFP) on March 3, 2023 that it would reopen.')).toBeNull();
  });
});

describe('openingDateline', () => {
  it('reads the agency of a dateline that opens a paragraph', () => {
    expect(openingDateline('SEOUL, Oct. 23 (Yonhap) -- South Korea said on Wednesday …')).toEqual({ agency: 'Yonhap', dateline: 'SEOUL, Oct. 23 (Yonhap) --' });
    expect(openingDateline('WASHINGTON (Reuters) - U.S. Defense Secretary Lloyd Austin said …')?.agency).toBe('Reuters');
  });

  it('does not read a sentence with an agency in parentheses', () => {
    expect(openingDateline('The minister said (AFP) - that was all.')).toBeNull();
    expect(openingDateline('SEOUL (Korea Herald) - South Korea said …')).toBeNull();
  });
});
