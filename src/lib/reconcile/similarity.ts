import { slugWords } from '../slug.ts';

/** Words that carry no meaning for telling two reports apart. */
const FILLER = new Set(['a', 'an', 'the', 'and', 'of', 'to', 'in', 'on', 'that', 'is', 'are', 'it', 'this', 'be']);

/** Reconciliation compares each text with many others: its words are worked out once. */
const wordsOfText = new Map<string, Set<string>>();

/** The set of meaningful lowercase words of `text`. */
export function contentWords(text: string): Set<string> {
  let words = wordsOfText.get(text);
  if (!words) wordsOfText.set(text, (words = new Set(slugWords(text).filter((word) => !FILLER.has(word)))));
  return words;
}

/**
 * Overlap coefficient |A ∩ B| / min(|A|, |B|): 1 when one text's words are all in the other,
 * so a partial quote matches the full quote another outlet printed.
 */
export function overlap(a: string, b: string): number {
  const wordsA = contentWords(a);
  const wordsB = contentWords(b);
  const smaller = Math.min(wordsA.size, wordsB.size);
  if (smaller === 0) return 0;
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared++;
  return shared / smaller;
}
