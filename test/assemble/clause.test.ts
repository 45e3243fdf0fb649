import { describe, expect, it } from 'vitest';
import { clauseAround } from '../../src/lib/assemble/clause.ts';

/** The clause around the first `words` in `text`. */
function clauseOf(text: string, words: string): string {
  const start = text.indexOf(words);
  const { start: from, end: to } = clauseAround(text, 0, text.length, start, start + words.length);
  return text.slice(from, to);
}

describe('clauseAround: the clause a figure or date belongs to', () => {
  it('stops at the nearest clause breaks around the words', () => {
    expect(clauseOf('Berg spoke on Wednesday, with 10,000 expected by December.', '10,000')).toBe('with 10,000 expected by December.');
    expect(clauseOf('Some 300 boats left, and the port closed.', '300 boats')).toBe('Some 300 boats left');
  });

  it('goes on past a noun phrase added with "as well as", which shares the predicate before it', () => {
    const text = 'Ruhl has decided to send 1,000 sappers to Sylvania, as well as 5,000 builders to restore roads.';
    expect(clauseOf(text, '5,000 builders')).toBe(text);
  });

  it('goes on past an insertion after the words, to the predicate they share', () => {
    const text = 'Berg said that over 2,000 sailors, including 1,049 cadets, have been evacuated since Tuesday.';
    expect(clauseOf(text, 'over 2,000 sailors')).toBe(text);
    expect(clauseOf(text, '1,049 cadets')).toBe('including 1,049 cadets, have been evacuated since Tuesday.');
  });

  it.each([
    // An insertion closed by a comma inside a quotation mark, and a relative clause between dashes.
    ['Berg said that over 2,000 sailors, including “some 300 cadets,” have been evacuated since Tuesday.', 'over 2,000 sailors', 'Berg said that over 2,000 sailors, including “some 300 cadets,” have been evacuated since Tuesday.'],
    ['Ruhl hired 300 sailors – who arrived as of Saturday – into the fleet.', '300 sailors', 'Ruhl hired 300 sailors – who arrived as of Saturday – into the fleet.'],
    ['Ruhl hired 300 sailors - whose ships sank in May - into the fleet.', '300 sailors', 'Ruhl hired 300 sailors - whose ships sank in May - into the fleet.'],
  ])('goes on past an insertion closed inside a quotation or between dashes: %s', (text, words, clause) => {
    expect(clauseOf(text, words)).toBe(clause);
  });

  it.each([
    // Near misses: a quotation that is speech, a dash that opens no relative clause, and one never closed.
    ['“Over 2,000 sailors,” Berg said, “have left.”', 'Over 2,000 sailors', '“Over 2,000 sailors'],
    ['Ruhl hired 300 sailors – a record for the fleet – last week.', '300 sailors', 'Ruhl hired 300 sailors'],
    ['Ruhl hired 300 sailors – who arrived as of Saturday.', '300 sailors', 'Ruhl hired 300 sailors'],
  ])('still stops at a quotation or dash that sets off no insertion: %s', (text, words, clause) => {
    expect(clauseOf(text, words).trim()).toBe(clause);
  });

  it.each([
    ['The villagers - cut off since the war - began leaving this week.', 'this week', 'began leaving this week.'],
    ['The villagers - cut off since the war - began leaving this week.', 'since the war', 'cut off since the war'],
    // A hyphen between words is no break.
    ['A well-known cease-fire line held on Monday.', 'Monday', 'A well-known cease-fire line held on Monday.'],
  ])('reads a hyphen with a space on each side as a dash: %s (%s)', (text, words, clause) => {
    expect(clauseOf(text, words)).toBe(clause);
  });
});
