import type { Draft } from './read-figure.ts';
import { wordAt } from './tokens.ts';
import type { Token } from './types.ts';

/** Words joining a bare number to the figure after it: "from 2,000 to 5,000 troops", "2,000 and 5,000 troops". */
const JOINS_NEXT: ReadonlySet<string> = new Set(['to', 'and', 'or']);

/**
 * Gives a bare number the unit it leaves out, from a figure of the same
 * sentence that was kept:
 * - a number marked as a figure by a qualifier or a total ("a total of 10,000
 *   expected", "10,000 in total") takes the unit of the nearest figure before
 *   it, or else of the figure it is joined to after it;
 * - an unmarked number joined to the next figure ("from 2,000 to 5,000
 *   troops") takes that figure's unit.
 * Any other bare number is skipped: it is too often a year, a label or a count
 * of something the text does not name, and category cue words alone ("sent",
 * "killed") are shared too widely to decide. "one" never borrows: "at least
 * one was hurt" is a pronoun more often than a count. The text stays the
 * number with its qualifier; only `unit` and `category` are borrowed.
 */
export function borrowUnits(
  bare: readonly Draft[],
  kept: readonly Draft[],
  tokens: readonly Token[],
  sentenceOf: (draft: Draft) => number,
): Draft[] {
  const borrowed: Draft[] = [];
  for (const draft of bare) {
    if (draft.span.kind === 'words' && draft.value === 1) continue;
    const sentence = sentenceOf(draft);
    const before = kept.filter((k) => k.lastToken < draft.firstToken && sentenceOf(k) === sentence).at(-1);
    const next = kept.find((k) => k.firstToken > draft.lastToken && sentenceOf(k) === sentence);
    const joined = next && next.firstToken === draft.lastToken + 2 && JOINS_NEXT.has(wordAt(tokens, draft.lastToken + 1) ?? '') ? next : undefined;
    const marked = draft.qualifier !== null || draft.total;
    const source = marked ? (before ?? joined) : joined;
    if (source) borrowed.push({ ...draft, unit: source.unit, category: source.category, noun: 'count' });
  }
  return borrowed;
}
