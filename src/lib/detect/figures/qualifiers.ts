import { wordAt } from './tokens.ts';
import type { Token } from './types.ts';

/**
 * Words before a number that say how exact it is or how it relates to a total.
 * Generic English; matched case-insensitively, longest first, so "possibly up
 * to" wins over "up to". The figure keeps the qualifier lowercased and its
 * verbatim text in the span.
 */
export const QUALIFIERS: readonly string[] = [
  'possibly up to', 'perhaps up to', 'as many as', 'as few as', 'more than', 'fewer than', 'less than',
  'at least', 'at most', 'up to', 'upwards of', 'close to', 'just over', 'just under', 'well over',
  'an estimated', 'estimated', 'a total of', 'an additional', 'a further', 'another',
  'approximately', 'roughly', 'around', 'about', 'nearly', 'almost', 'some', 'over', 'under',
];

/** Words that make a bare scale word or a vague quantity vaguer: "several thousand", "many thousands". */
export const SCALE_QUALIFIERS: readonly string[] = ['a couple of', 'several', 'a few', 'many'];

/** Words after a figure that mark it as a total ("10,000 in total"); read as the qualifier when none comes before. */
export const TOTAL_SUFFIXES: readonly string[] = ['in total', 'in all'];

/** A qualifier found next to a number. */
export interface QualifierMatch {
  /** Lowercased, single-spaced: "possibly up to". */
  qualifier: string;
  /** Token index where it starts (before the number) or ends (after it). */
  edge: number;
}

/** The longest of `list` written right before token `first` (words only, no punctuation between). */
export function qualifierBefore(tokens: readonly Token[], first: number, list: readonly string[]): QualifierMatch | null {
  for (const qualifier of byLength(list)) {
    const parts = qualifier.split(' ');
    const start = first - parts.length;
    if (start >= 0 && parts.every((part, k) => wordAt(tokens, start + k) === part)) return { qualifier, edge: start };
  }
  return null;
}

/** The longest of `list` written right after token `last`; `edge` is its last token. */
export function qualifierAfter(tokens: readonly Token[], last: number, list: readonly string[]): QualifierMatch | null {
  for (const qualifier of byLength(list)) {
    const parts = qualifier.split(' ');
    if (parts.every((part, k) => wordAt(tokens, last + 1 + k) === part)) return { qualifier, edge: last + parts.length };
  }
  return null;
}

function byLength(list: readonly string[]): string[] {
  return [...list].sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length);
}
