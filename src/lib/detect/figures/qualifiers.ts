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
  // "no fewer than 100,000" is at least 100,000: the negation is part of the qualifier.
  'no fewer than', 'not fewer than', 'no less than', 'not less than', 'no more than', 'not more than',
  'at least', 'at most', 'up to', 'upwards of', 'close to', 'just over', 'just under', 'well over',
  'an estimated', 'estimated', 'a total of', 'an additional', 'a further', 'another',
  'approximately', 'roughly', 'around', 'about', 'nearly', 'almost', 'some', 'over', 'under',
  'above', 'well above', 'just above', 'in excess of', 'below', 'just below', 'well below',
];

/** Words that make a bare scale word or a vague quantity vaguer: "several thousand", "many thousands". */
export const SCALE_QUALIFIERS: readonly string[] = ['a couple of', 'several', 'a few', 'many'];

/** Words right after a number that bound it before its noun: "two or more attacks", "a dozen or so boats". */
export const BOUND_SUFFIXES: readonly string[] = ['or more', 'or so', 'or fewer', 'or less'];

/** Words joined to digits by a hyphen that bound them before their noun: "100,000-plus", "50-odd". */
export const PLUS_SUFFIXES: ReadonlySet<string> = new Set(['plus', 'odd']);

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
  for (const { qualifier, parts } of longestFirst(list)) {
    const start = first - parts.length;
    if (start >= 0 && parts.every((part, k) => wordAt(tokens, start + k) === part)) return { qualifier, edge: start };
  }
  return null;
}

/** The longest of `list` written right after token `last`; `edge` is its last token. */
export function qualifierAfter(tokens: readonly Token[], last: number, list: readonly string[]): QualifierMatch | null {
  for (const { qualifier, parts } of longestFirst(list)) {
    if (parts.every((part, k) => wordAt(tokens, last + 1 + k) === part)) return { qualifier, edge: last + parts.length };
  }
  return null;
}

/** Each list sorted and split once: the qualifiers are looked for around every number. */
const sortedLists = new WeakMap<readonly string[], { qualifier: string; parts: string[] }[]>();

/** `list` longest first (most words, then most letters), each qualifier with its words. */
function longestFirst(list: readonly string[]): { qualifier: string; parts: string[] }[] {
  let sorted = sortedLists.get(list);
  if (!sorted) {
    sorted = [...list]
      .sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length)
      .map((qualifier) => ({ qualifier, parts: qualifier.split(' ') }));
    sortedLists.set(list, sorted);
  }
  return sorted;
}
