/**
 * "…, Anna Berg, Assistant to the President - Head of the Policy Department, said": two offices of one
 * person joined by a spaced dash, as translated copy writes a post held with another, after the name.
 * The name speaks; the offices together describe them.
 */
import { gapBefore, type PhraseRange } from './noun-phrase.ts';
import { isAcronym, isCalendarWord, isCapitalised, isPlainGap, isPossessive } from './tokens.ts';
import type { SentenceView, Token } from './types.ts';

/** The name and the two offices, ending at token `last` (before the comma ahead of the verb); null when the words are not so. */
export function nameBeforeDashedOffices(view: SentenceView, last: number): { name: PhraseRange; offices: PhraseRange } | null {
  // The second office: a few plain words after a spaced dash, opened like an office.
  const second = wordsBefore(view, last + 1, 12);
  if (!second || !DASH_GAP.test(gapBefore(view, second.first)) || !opensOffice(view, second.first)) return null;
  // The first office: set off by a comma before it, opened like an office too.
  const first = wordsBefore(view, second.first, 12);
  if (!first || !/^,\s+$/.test(gapBefore(view, first.first)) || !opensOffice(view, first.first)) return null;
  const words = view.tokens.slice(first.first, last + 1);
  if (words.some((t) => CLAUSE_WORDS.has(t.text))) return null;
  // The name: two to four capitalised words of its own, opened by a comma or the sentence start.
  const name = wordsBefore(view, first.first, 4);
  if (!name || name.last === name.first) return null;
  if (name.first > 0 && !/,\s*$/.test(gapBefore(view, name.first))) return null;
  const nameWords = view.tokens.slice(name.first, name.last + 1);
  if (!nameWords.every((t) => isCapitalised(t.text) && !isAcronym(t.text) && !isPossessive(t.text) && !isCalendarWord(t.text))) return null;
  return { name, offices: { first: first.first, last, start: (view.tokens[first.first] as Token).start, end: (view.tokens[last] as Token).end } };
}

/** A dash with a space on each side: a hyphen in a word ("Vice-President") is no such gap. */
const DASH_GAP = /^\s+[-–—]\s+$/u;

/** Words that open an office without an article ("head of …"), besides a capital or an article. */
const BARE_OFFICE = /^(?:head|chief|director|deputy|acting|senior|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|secretary|member|leader|minister|adviser|advisor|assistant|envoy|commander|representative)$/;

/** Words that make a clause or point elsewhere, never part of an office's name. */
const CLAUSE_WORDS = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'will', 'would', 'did', 'does', 'could', 'can', 'should', 'must', 'might', 'he', 'she', 'they', 'it', 'who', 'which', 'that']);

function opensOffice(view: SentenceView, i: number): boolean {
  const word = (view.tokens[i] as Token).text;
  return isCapitalised(word) || BARE_OFFICE.test(word) || /^(?:the|a|an)$/i.test(word);
}

/** The words joined by plain gaps that end right before token `next`, at most `max` of them; null when none or more. */
function wordsBefore(view: SentenceView, next: number, max: number): PhraseRange | null {
  if (next < 1) return null;
  let first = next - 1;
  while (first > 0 && isPlainGap(gapBefore(view, first)) && next - first < max) first -= 1;
  if (first > 0 && isPlainGap(gapBefore(view, first))) return null;
  const last = next - 1;
  return { first, last, start: (view.tokens[first] as Token).start, end: (view.tokens[last] as Token).end };
}
