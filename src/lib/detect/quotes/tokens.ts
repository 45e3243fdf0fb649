/**
 * Words of a (masked) paragraph with their offsets, and small tests on single words.
 */
import { kindAt, lengthAt, LETTER, NUMBER, SPACE, UPPERCASE } from '../characters.ts';
import type { Token } from './types.ts';
import { ABBREVIATIONS, CALENDAR_WORDS } from './word-lists.ts';

/**
 * The words of `text` between `from` and `to`. A period stays with its word when the word is an
 * abbreviation ("S.R.", "Oct.", "F."), so "S.R." is one word and "said." is "said". A word ends where
 * `to` cuts it.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  for (let start = nextWordStart(text, from); start >= 0 && start < to; ) {
    const wordEnd = endOfWord(text, start);
    let end = Math.min(wordEnd, to);
    let word = text.slice(start, end);
    if (text[end] === '.' && end < to && isAbbreviation(word)) {
      end += 1;
      word += '.';
    }
    tokens.push({ text: word, start, end });
    start = nextWordStart(text, wordEnd);
  }
  return tokens;
}

/** Whether `text` has a word between `from` and `to`: whether `tokenize(text, from, to)` finds any. */
export function hasWord(text: string, from: number, to: number): boolean {
  const start = nextWordStart(text, from);
  return start >= 0 && start < to;
}

/**
 * Whether `text` has at least `count` words between `from` and `to`: whether `tokenize(text, from,
 * to).length >= count`, read only as far as the words it counts and without making tokens.
 */
export function hasWords(text: string, count: number, from = 0, to = text.length): boolean {
  let found = 0;
  for (let start = nextWordStart(text, from); start >= 0 && start < to && found < count; start = nextWordStart(text, endOfWord(text, start))) found++;
  return found >= count;
}

/*
 * A word is what /[\p{L}\p{N}](?:[\p{L}\p{N}'’-]|´(?=\p{L})|\.(?=\p{L})|(?<=\d)[.,](?=\d)){0,}/u matches: a
 * letter or digit, then letters, digits, apostrophes and hyphens, an acute accent typed for an
 * apostrophe before a letter ("Sylvania´s"), dots before a letter ("department’s",
 * "Min-ho", "S.R"), and a dot or comma between digits ("19,000"). It is read character by character
 * here: running that expression once per word was the largest single cost of the quote detector.
 * Offsets count UTF-16 code units, so a letter outside the
 * Basic Multilingual Plane takes two.
 */

/** The length of the letter at `i`, or 0 when there is none. */
function letterAt(text: string, i: number): number {
  return (kindAt(text, i) & LETTER) !== 0 ? lengthAt(text, i) : 0;
}

/** The length of the letter or digit (any number) at `i`, or 0 when there is none. */
function letterOrDigitAt(text: string, i: number): number {
  return (kindAt(text, i) & (LETTER | NUMBER)) !== 0 ? lengthAt(text, i) : 0;
}

/**
 * The offset of the first letter or digit at or after `from`; -1 when there is none. Like the
 * Unicode-aware expression, it starts from a whole character: from the start of a surrogate pair that
 * `from` would split.
 */
function nextWordStart(text: string, from: number): number {
  const splitsPair = from > 0 && from < text.length && (text.codePointAt(from - 1) as number) > 0xffff;
  for (let i = splitsPair ? from - 1 : from; i < text.length; i++) {
    // Most copy is ASCII: its letters and digits, and its other characters, are told without the table.
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (isAsciiLetterOrDigit(code)) return i;
      continue;
    }
    if (letterOrDigitAt(text, i) > 0) return i;
  }
  return -1;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** An ASCII letter or digit: a character `letterOrDigitAt` finds one code unit long. */
function isAsciiLetterOrDigit(code: number): boolean {
  return isDigit(code) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
}

/** The end of the word that starts at `start`. */
function endOfWord(text: string, start: number): number {
  let i = start + letterOrDigitAt(text, start);
  for (;;) {
    const code = text.charCodeAt(i);
    // An ASCII letter or digit goes on the word, as the test below would find: the common case first.
    if (isAsciiLetterOrDigit(code)) {
      i += 1;
      continue;
    }
    // "19,000" and "1.5" are one word: a comma or dot between digits groups or splits a number.
    const inNumber = (code === 0x2c || code === 0x2e) && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1));
    // "Sylvania´s": some copy types an acute accent for the apostrophe; it joins only before a letter.
    const acuteApostrophe = code === 0xb4 && letterAt(text, i + 1) > 0;
    const joiner = code === 0x27 || code === 0x2019 || acuteApostrophe || code === 0x2d || (code === 0x2e && letterAt(text, i + 1) > 0) || inNumber;
    const size = joiner ? 1 : letterOrDigitAt(text, i);
    if (size === 0) return i;
    i += size;
  }
}

/** "S.R", "F", "Oct", "Mr": words whose following period belongs to them. */
export function isAbbreviation(word: string): boolean {
  return word.includes('.') || isSingleCapital(word) || ABBREVIATIONS.has(word);
}

/**
 * First letter upper case: "Freedonia", "S.R.", "Berg’s"; or a capitalised name behind a particle
 * joined by a hyphen, which reads as a name word wherever a capital does ("Majid al-Berg"); or a
 * name that opens with digits ("24News").
 */
export function isCapitalised(word: string): boolean {
  if ((kindAt(word, 0) & UPPERCASE) !== 0) return true;
  // The patterns need a hyphen or a leading digit: most lower-case words are told without them.
  return (word.includes('-') && JOINED_PARTICLE_NAME.test(word)) || (isDigit(word.charCodeAt(0)) && NAME_AFTER_DIGITS.test(word));
}

/** "24News", "7Days": digits joined to a capitalised word are a name, not a number. */
const NAME_AFTER_DIGITS = /^\d+\p{Lu}\p{Ll}/u;

/** "al-Berg", "el-Ruhl", "bin-Lind": a lower-case particle joined to a capitalised name. */
const JOINED_PARTICLE_NAME = /^(?:al|el|ad|ar|as|at|an|ash|az|bin|ibn|abu|ben)-\p{Lu}/u;

/** One capital letter and nothing else: an initial ("F"). */
function isSingleCapital(word: string): boolean {
  return (kindAt(word, 0) & UPPERCASE) !== 0 && lengthAt(word, 0) === word.length;
}

/** An acronym: "SSB", "S.R.", "F.P.R." (two or more capitals, each with an optional dot). */
export function isAcronym(word: string): boolean {
  let capitals = 0;
  for (let i = 0; i < word.length; capitals++) {
    if ((kindAt(word, i) & UPPERCASE) === 0) return false;
    i += lengthAt(word, i);
    if (word[i] === '.') i += 1;
  }
  return capitals >= 2;
}

/** A possessive: "ministry’s", "Freedonia's", "officials'". */
export function isPossessive(word: string): boolean {
  return ["'s", '’s', '´s', "s'", 's’'].some((ending) => word.endsWith(ending));
}

/** Weekday or month name, or a number: words that date rather than name. */
export function isCalendarWord(word: string): boolean {
  // "26-year-old" describes a person, not a day.
  return CALENDAR_WORDS.has(word) || ((kindAt(word, 0) & NUMBER) !== 0 && !AGE.test(word) && !NAME_AFTER_DIGITS.test(word));
}

/** An age: "26-year-old", "19-year-olds". */
const AGE = /^\d+-year-olds?$/;

/** The text between two tokens (or from `from` to the first token). */
export function gapBetween(masked: string, left: Token | undefined, right: Token | undefined, from: number, to: number): string {
  return masked.slice(left ? left.end : from, right ? right.start : to);
}

/** Whether a gap between words is only spaces (no comma, quote or other mark). */
export function isPlainGap(gap: string): boolean {
  for (let i = 0; i < gap.length; i++) if ((kindAt(gap, i) & SPACE) === 0) return false;
  return true;
}
