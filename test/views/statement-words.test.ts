import { describe, expect, it } from 'vitest';
import { statementWords } from '../../src/lib/views/format/statement-words.ts';

describe('statementWords', () => {
  it('shows a quote or reported speech as given', () => {
    expect(statementWords('We will not back down', null)).toEqual([{ kind: 'quote', text: 'We will not back down' }]);
    expect(statementWords(null, 'that the port would reopen')).toEqual([{ kind: 'reported', text: 'that the port would reopen' }]);
  });

  it('shows only the reported speech when it contains the quoted words', () => {
    expect(statementWords('reckless', 'the move as “reckless” and unprovoked')).toEqual([{ kind: 'reported', text: 'the move as “reckless” and unprovoked' }]);
  });

  it('shows both when the reported speech does not contain the quote, quote first', () => {
    expect(statementWords('Talks go on', 'that a deal was close')).toEqual([
      { kind: 'quote', text: 'Talks go on' },
      { kind: 'reported', text: 'that a deal was close' },
    ]);
  });

  it('shows nothing for empty words', () => {
    expect(statementWords(null, null)).toEqual([]);
    expect(statementWords(' ', null)).toEqual([]);
  });
});
