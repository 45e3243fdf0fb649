import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/lib/detect/dates/index.ts';

/** Whether the deadline ("by <day>") found in `text`, in a paper of Wednesday 2024-10-23, looks ahead. */
function deadlineAhead(text: string): boolean | undefined {
  return findDates(text, '2024-10-23').find((d) => d.rule.endsWith('+deadline'))?.expected;
}

describe('a deadline with no tense of its own in its clause is read by the clause that tells it', () => {
  it.each([
    // A deadline opening a reported clause, read by the clause after its comma.
    ['The ministry in Fredonburg said that by Tuesday evening, 2,000 islanders had reached the coast.', false],
    ['Berg said that by Monday, the last ships had left the harbour.', false],
    ['Berg said that by Friday, the last ships will have left the harbour.', true],
    // A running count with "with" and a participle, read by the clause before its comma.
    ['The first convoys reached Marsh City on Sunday, with 40 trucks unloading at the quay by Sunday night.', false],
    ['Aid reached the valley on Monday, with 40 trucks unloading by Tuesday.', false],
    ['The first convoys will reach Marsh City on Sunday, with 40 trucks unloading at the quay by Sunday night.', true],
  ])('%j', (text, ahead) => {
    expect(deadlineAhead(text)).toBe(ahead);
  });

  it.each([
    // Near misses, still ahead: no count in the "with" clause, a deadline inside the reported clause
    // rather than opening it, a future after "that by", a count awaited.
    'Troops left the border on Monday, with talks resuming by Friday.',
    'Berg said the last ships would leave the harbour by Friday.',
    'Berg said that by Friday the ships will sail.',
    'The convoys arrived on Monday, with 40 more trucks expected by Friday.',
  ])('%j', (text) => {
    expect(deadlineAhead(text)).toBe(true);
  });
});

describe('a deadline set off after "that" opens the reported clause, whose numbers end no clause', () => {
  it.each([
    ['The agency reports that, by Tuesday, 262 ships with a capacity of 3.4 million tonnes had turned back.', false],
    ['Berg said that, by Monday evening, 1.5 million people had fled.', false],
    // Near misses: the clause after the comma looks ahead.
    ['The agency expects that, by Friday, 262 ships with a capacity of 3.4 million tonnes will turn back.', true],
    ['Berg said that, by Friday, 1.5 million people will have fled.', true],
  ])('%j', (text, ahead) => {
    expect(deadlineAhead(text)).toBe(ahead);
  });
});
