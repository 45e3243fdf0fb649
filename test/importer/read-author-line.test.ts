import { describe, expect, it } from 'vitest';
import { readAuthorLine } from '../../src/lib/importer/read-author-line.ts';

describe('readAuthorLine after "By"', () => {
  it('reads people as the byline, in their own words', () => {
    expect(readAuthorLine('Jane Doe', { mode: 'by' })).toEqual({ byline: 'Jane Doe', agencies: [] });
    expect(readAuthorLine('Jane Doe, John Roe and Ann Lee', { mode: 'by' })).toEqual({ byline: 'Jane Doe, John Roe and Ann Lee', agencies: [] });
    expect(readAuthorLine('KIM TONG-HYUNG', { mode: 'by' })).toEqual({ byline: 'KIM TONG-HYUNG', agencies: [] });
  });

  it('reads agencies as wire credits in their listed spelling', () => {
    expect(readAuthorLine('Yonhap', { mode: 'by' })).toEqual({ byline: '', agencies: ['Yonhap'] });
    expect(readAuthorLine('REUTERS', { mode: 'by' })).toEqual({ byline: '', agencies: ['Reuters'] });
    expect(readAuthorLine('AFP and dpa', { mode: 'by' })).toEqual({ byline: '', agencies: ['AFP', 'dpa'] });
    expect(readAuthorLine('AFP, dpa', { mode: 'by' })).toEqual({ byline: '', agencies: ['AFP', 'dpa'] });
  });

  it('splits people from agencies and reads past their roles', () => {
    expect(readAuthorLine('Jane Doe | Reuters', { mode: 'by' })).toEqual({ byline: 'Jane Doe', agencies: ['Reuters'] });
    expect(readAuthorLine('Jane Doe, Staff Writer', { mode: 'by' })).toEqual({ byline: 'Jane Doe', agencies: [] });
    expect(readAuthorLine('Staff Reporter', { mode: 'by' })).toEqual({ byline: '', agencies: [] });
  });
});

describe('readAuthorLine on a bare line', () => {
  it('reads a personal name, particles and initials included', () => {
    expect(readAuthorLine('Jane Doe', { mode: 'bare' })).toEqual({ byline: 'Jane Doe', agencies: [] });
    expect(readAuthorLine('Kim Tong-hyung', { mode: 'bare' })).toEqual({ byline: 'Kim Tong-hyung', agencies: [] });
    expect(readAuthorLine('Ursula von der Leyen', { mode: 'bare' })).toEqual({ byline: 'Ursula von der Leyen', agencies: [] });
    expect(readAuthorLine('J. Doe and Ann Lee', { mode: 'bare' })).toEqual({ byline: 'J. Doe and Ann Lee', agencies: [] });
    expect(readAuthorLine("Sean O'Neil, Reuters", { mode: 'bare' })).toEqual({ byline: "Sean O'Neil", agencies: ['Reuters'] });
  });
});

describe('readAuthorLine negative cases', () => {
  it('does not read a sentence that opens with "By"', () => {
    expect(readAuthorLine('Friday, the bridge had closed.', { mode: 'by' })).toBeNull();
    expect(readAuthorLine('the end of the week', { mode: 'by' })).toBeNull();
  });

  it('does not read a label, a headline, a lone word or capitals as a bare name', () => {
    for (const line of ['World News', 'North Korea', 'Live Updates', 'Harbour', 'JANE DOE', 'Bridge closes for repairs', 'Pentagon Confirms Deployment', 'Reuters', 'Staff Reporter']) {
      expect(readAuthorLine(line, { mode: 'bare' }), line).toBeNull();
    }
  });
});
