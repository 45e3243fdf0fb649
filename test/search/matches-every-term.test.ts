import { describe, expect, test } from 'vitest';
import { matchesEveryTerm } from '../../src/lib/search/matches-every-term.ts';

describe('matchesEveryTerm', () => {
  test('every searched word needs a matched word in the entry; stems and a prefix of the last word count', () => {
    expect(matchesEveryTerm(['Kim', 'Jong', 'Un'], 'Kim Jong Un')).toBe(true);
    expect(matchesEveryTerm(['troop', 'Seoul,'], 'troops seoul')).toBe(true);
    expect(matchesEveryTerm(['United'], 'Kim Jong Un')).toBe(false);
    expect(matchesEveryTerm(['Kim', 'United'], 'Kim un')).toBe(true);
    expect(matchesEveryTerm(['Kim', 'Yong-hyun', 'United'], 'Kim Jong Un')).toBe(true);
    expect(matchesEveryTerm(['Kim', 'Pyongyang', 'United'], 'Kim Jong Un')).toBe(false);
  });
});
