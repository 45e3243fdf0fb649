import { slugWords } from '../slug.ts';

/** Words that carry no meaning for telling two reports apart. */
const FILLER = new Set(['a', 'an', 'the', 'and', 'of', 'to', 'in', 'on', 'that', 'is', 'are', 'it', 'this', 'be']);

/** What reconciliation compares of a text. */
export interface TextWords {
  /** The meaningful lowercase words, as numbers (`wordNumber`), ascending and without repeats. */
  content: Int32Array;
  /** All the lowercase words, fillers included, between single spaces: " freedonia troops are in sylvania " (two spaces for none). */
  spaced: string;
}

/**
 * A number for each distinct word seen: the only state kept between models, and bounded by the
 * language's vocabulary, not by the texts (each candidate keeps its own words, reconcile/index.ts).
 */
const wordNumbers = new Map<string, number>();

/** A number for each distinct word, so that two texts' words compare as sorted numbers. */
function wordNumber(word: string): number {
  let number = wordNumbers.get(word);
  if (number === undefined) wordNumbers.set(word, (number = wordNumbers.size));
  return number;
}

/** The words of `text` as reconciliation compares them. */
export function textWords(text: string): TextWords {
  const all = slugWords(text);
  const content = [...new Set(all.filter((word) => !FILLER.has(word)).map(wordNumber))].sort((x, y) => x - y);
  return { content: Int32Array.from(content), spaced: ` ${all.join(' ')} ` };
}

/**
 * Overlap coefficient |A ∩ B| / min(|A|, |B|) of two texts' meaningful words: 1 when one text's
 * words are all in the other, so a partial quote matches the full quote another outlet printed.
 */
export function overlap(a: TextWords, b: TextWords): number {
  const smaller = Math.min(a.content.length, b.content.length);
  if (smaller === 0) return 0;
  return sharedCount(a.content, b.content) / smaller;
}

/** How many numbers two ascending lists without repeats have in common. */
function sharedCount(a: Int32Array, b: Int32Array): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) shared++;
    if (x <= y) i++;
    if (y <= x) j++;
  }
  return shared;
}
