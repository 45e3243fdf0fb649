/**
 * Words of a (masked) paragraph with their offsets, and small tests on single words.
 */
import type { Token } from './types.ts';
import { ABBREVIATIONS, CALENDAR_WORDS } from './word-lists.ts';

/** A word: letters and digits, with inner apostrophes, hyphens and dots ("department’s", "Yong-hyun", "U.S"). */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’-]|\.(?=\p{L}))*/gu;

/**
 * The words of `text` between `from` and `to`. A period stays with its word when the word is an
 * abbreviation ("U.S.", "Oct.", "F."), so "U.S." is one word and "said." is "said".
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    let end = Math.min(m.index + m[0].length, to);
    let word = text.slice(m.index, end);
    if (text[end] === '.' && end < to && isAbbreviation(word)) {
      end += 1;
      word += '.';
    }
    tokens.push({ text: word, start: m.index, end });
  }
  return tokens;
}

/** "U.S", "F", "Oct", "Mr": words whose following period belongs to them. */
export function isAbbreviation(word: string): boolean {
  return word.includes('.') || /^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word);
}

/** First letter upper case: "Freedonia", "U.S.", "Berg’s". */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** An acronym: "NIS", "U.S.", "R.O.K." (two or more capitals, optional dots). */
export function isAcronym(word: string): boolean {
  return /^(?:\p{Lu}\.?){2,}$/u.test(word);
}

/** A possessive: "ministry’s", "Freedonia's", "officials'". */
export function isPossessive(word: string): boolean {
  return /(?:['’]s|s['’])$/u.test(word);
}

/** Weekday or month name, or a number: words that date rather than name. */
export function isCalendarWord(word: string): boolean {
  return CALENDAR_WORDS.has(word) || /^\p{N}/u.test(word);
}

/** The text between two tokens (or from `from` to the first token). */
export function gapBetween(masked: string, left: Token | undefined, right: Token | undefined, from: number, to: number): string {
  return masked.slice(left ? left.end : from, right ? right.start : to);
}

/** Whether a gap between words is only spaces (no comma, quote or other mark). */
export function isPlainGap(gap: string): boolean {
  return /^\s*$/.test(gap);
}
