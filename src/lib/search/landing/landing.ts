import { PIECE_SEPARATOR } from '../fields.ts';
import { contextSpan, textDirective } from '../text-directive.ts';
import type { FirstOccurrence } from './first-occurrence.ts';
import type { PageText } from './page-text.ts';

/** The word between the pieces of a record's content (its name, quote, evidence, …). */
export const PIECE_BREAK = PIECE_SEPARATOR.trim();

/**
 * The piece of a record's content words around `index`, as `[start, end)`: a text
 * directive quotes context from the same piece only, since the pieces stand apart on
 * the page.
 */
export function pieceAround(words: readonly string[], index: number): [number, number] {
  let start = index;
  while (start > 0 && words[start - 1] !== PIECE_BREAK) start -= 1;
  let end = index;
  while (end < words.length && words[end] !== PIECE_BREAK) end += 1;
  return [start, end];
}

/**
 * The words a text directive for the word at `index` quotes (the word and its context in its piece);
 * `piece` when the caller has found it already.
 */
export function directiveWords(words: readonly string[], index: number, piece: [number, number] = pieceAround(words, index)): readonly string[] {
  const [start, end] = piece;
  const [from, to] = contextSpan(end - start, index - start);
  return words.slice(start + from, start + to);
}

/** A text directive for the word at `index` of a record's content words, with context from its piece. */
export function entryDirective(words: readonly string[], index: number): string | null {
  const [start, end] = pieceAround(words, index);
  return textDirective(words.slice(start, end), index - start);
}

/** The words of a text as Pagefind counts them for a result's `locations`: split at whitespace. */
export function pagefindWords(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}

/** A word a link may highlight, in a record's landing marks. */
export const LANDABLE = '+';
/** A word it may not. Marks are punctuation because Pagefind indexes the words of `meta`, and no search should find these. */
export const NOT_LANDABLE = '-';

/**
 * One mark per word of an entry record's `content`: whether a link to the entry may
 * carry a text directive for that word (`LANDABLE`). The browser highlights the first
 * place on the page that reads like the directive and scrolls there, so that must be
 * inside the entry, or the reader would land on another entry (one quoting the same
 * sentence, say, or a table above the entries) with that one highlighted.
 */
export function landingMarks(content: string, entryId: string, page: PageText, search: FirstOccurrence): string {
  const words = pagefindWords(content);
  const entry = page.entries.get(entryId);
  // Each word lower-cased once, not once in each of the seven phrases it is part of (the same
  // text: a word's case mapping never depends on the words beside it, a space apart).
  const lowered = words.map((word) => word.toLowerCase());
  // Words are taken in order, so each piece is found once, not once for each of its words.
  let piece: [number, number] = [0, 0];
  return words
    .map((word, index) => {
      if (entry === undefined || word === PIECE_BREAK) return NOT_LANDABLE;
      if (index >= piece[1]) piece = pieceAround(words, index);
      const phrase = directiveWords(lowered, index, piece).join(' ');
      const offset = search.find(phrase);
      const inEntry = offset >= entry.start && offset + phrase.length <= entry.end && search.wholeWordsAt(offset, phrase);
      return inEntry ? LANDABLE : NOT_LANDABLE;
    })
    .join('');
}
