import { describe, expect, it } from 'vitest';
import { reportedLead, statementWords } from '../../src/lib/views/format/statement-words.ts';

const text = (quote: string | null, reported: string | null, verb: string | null = 'said', negated = false) => ({ quote, reported, verb, negated });

describe('statementWords', () => {
  it('shows a quote after its reporting verb, and reported speech after its reporting words', () => {
    expect(statementWords(text('We will not back down', null))).toEqual([{ kind: 'quote', text: 'We will not back down', lead: 'Said:' }]);
    expect(statementWords(text('phased', null, 'vowed'))).toEqual([{ kind: 'quote', text: 'phased', lead: 'Vowed:' }]);
    expect(statementWords(text('We will not back down', null, null))[0]?.lead).toBe('Quote:');
    expect(statementWords(text(null, 'the port would reopen'))).toEqual([{ kind: 'reported', text: 'the port would reopen', lead: 'Said:' }]);
  });

  it('keeps a denial with its verb, so the denied words never read as an assertion', () => {
    expect(statementWords(text(null, 'they have engaged in arms transfers', 'deny', true))).toEqual([
      { kind: 'reported', text: 'they have engaged in arms transfers', lead: 'Deny:' },
    ]);
    expect(statementWords(text(null, 'the reports', 'did not confirm', true))[0]?.lead).toBe('Did not confirm:');
  });

  it('shows only the reported speech when it contains the quote, with its marks', () => {
    expect(statementWords(text('reckless', 'the move as “reckless” and unprovoked', 'denounced'))).toEqual([
      { kind: 'reported', text: 'the move as “reckless” and unprovoked', lead: 'Denounced:' },
    ]);
  });

  it('shows both when the reported speech does not contain the quote', () => {
    expect(statementWords(text('Talks go on', 'a deal was close'))).toEqual([
      { kind: 'quote', text: 'Talks go on', lead: 'Said:' },
      { kind: 'reported', text: 'a deal was close', lead: 'Said:' },
    ]);
  });

  it('shows nothing for empty words', () => {
    expect(statementWords(text(null, null))).toEqual([]);
    expect(statementWords(text(' ', null))).toEqual([]);
  });
});

describe('reportedLead', () => {
  it('says "Reported:" for "according to" and no verb, and marks a denial without a verb', () => {
    expect(reportedLead('according to', false)).toBe('Reported:');
    expect(reportedLead(null, false)).toBe('Reported:');
    expect(reportedLead(null, true)).toBe('Reported as denied:');
  });
});
