import { kindAt, lengthAt, LETTER, SPACE, UPPERCASE } from '../characters.ts';
import type { Token } from './types.ts';

/**
 * Splits `text` into tokens that keep their offsets, so every span can be cut back out verbatim:
 * numbers in digits ("12,000", "1.5", "3000"), dotted abbreviations ("S.R.", "p.m."), words with
 * inner apostrophes or hyphens ("Freedonia's", "twenty-five", "year-old"), and any other single
 * non-space character. Hyphens between a digit and a letter stay separate tokens, so "30-year-old"
 * and "F-16" can be recognised as compounds by what touches the number.
 *
 * The tokens are those of the pattern
 * `(\d{1,2}(?:,\d{2}(?!\d))+(?=,\d{3}(?!\d))(?:,\d{3})*(?:\.\d+)?|\d+(?:,\d{3})*(?:\.\d+)?)|((?:\p{L}\.){2,}(?:-\p{L}+(?:['’]\p{L}+)*)*|\p{L}+(?:['’]\p{L}+)*(?:-\p{L}+(?:['’]\p{L}+)*)*)|\S`
 * (flags g and u; its first alternative reads South Asian grouping, "1,00,000"), read character by
 * character: matching it once per token was the largest single cost of the figure detector.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let start = 0;
  while (start < text.length) {
    if ((kindAt(text, start) & SPACE) !== 0) {
      start += 1;
      continue;
    }
    const kind: Token['kind'] = isDigit(text, start) ? 'number' : letterAt(text, start) > 0 ? 'word' : 'punct';
    const end =
      kind === 'number'
        ? endOfNumber(text, start)
        : kind === 'word'
          ? (endOfDottedLetters(text, start) ?? endOfWord(text, start))
          : start + lengthAt(text, start);
    const value = text.slice(start, end);
    tokens.push({ kind, text: value, lower: kind === 'word' ? value.toLowerCase() : value, start, end });
    start = end;
  }
  return tokens;
}

/** An ASCII digit, as `\d` reads it. */
function isDigit(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code >= 0x30 && code <= 0x39;
}

function letterAt(text: string, i: number): number {
  return (kindAt(text, i) & LETTER) !== 0 ? lengthAt(text, i) : 0;
}

/**
 * `\d+(?:,\d{3})*(?:\.\d+)?` from `start`: digits, groups of a comma and three digits, a decimal part;
 * or digits grouped as South Asian English groups them, in twos before the last three ("1,00,000").
 */
function endOfNumber(text: string, start: number): number {
  let i = start;
  while (isDigit(text, i)) i++;
  i = endOfTwoDigitGroups(text, start, i);
  while (text[i] === ',' && isDigit(text, i + 1) && isDigit(text, i + 2) && isDigit(text, i + 3)) i += 4;
  if (text[i] === '.' && isDigit(text, i + 1)) {
    i += 1;
    while (isDigit(text, i)) i++;
  }
  return i;
}

/**
 * "1,00,000", "12,50,000": after one or two digits (`start` to `end`), groups of a comma and two
 * digits that a group of three closes; where those groups end (before the comma of the three), or
 * `end` when the digits are not grouped so. "10,00" and "1,00,0000" are no such number.
 */
function endOfTwoDigitGroups(text: string, start: number, end: number): number {
  if (end - start > 2 || text[end] !== ',') return end;
  let i = end;
  while (text[i] === ',' && isDigit(text, i + 1) && isDigit(text, i + 2) && !isDigit(text, i + 3)) i += 3;
  const closed = i > end && text[i] === ',' && isDigit(text, i + 1) && isDigit(text, i + 2) && isDigit(text, i + 3) && !isDigit(text, i + 4);
  return closed ? i : end;
}

/**
 * `(?:\p{L}\.){2,}` from `start`: two or more letters each followed by a period, with the rest of a
 * hyphenated word after them; undefined for fewer.
 */
function endOfDottedLetters(text: string, start: number): number | undefined {
  let i = start;
  let pairs = 0;
  for (let length = letterAt(text, i); length > 0 && text[i + length] === '.'; length = letterAt(text, i)) {
    i += length + 1;
    pairs += 1;
  }
  if (pairs < 2) return undefined;
  // "S.R.-owned", "F.R.-flagged": a hyphenated modifier whose first part is an abbreviation is one word.
  return text[i] === '-' && letterAt(text, i + 1) > 0 ? endOfWord(text, i + 1) : i;
}

/**
 * `\p{L}+(?:['’]\p{L}+)*(?:-\p{L}+(?:['’]\p{L}+)*)*` from `start`: letters, and more letters after each
 * apostrophe or hyphen that has letters after it.
 */
function endOfWord(text: string, start: number): number {
  let i = start;
  for (;;) {
    for (let length = letterAt(text, i); length > 0; length = letterAt(text, i)) i += length;
    const joiner = text[i] === "'" || text[i] === '’' || text[i] === '-';
    if (!joiner || letterAt(text, i + 1) === 0) return i;
    i += 1;
  }
}

/** True when `b` starts right where `a` ends, with no space between ("56" + "th", "30" + "-"). */
export function touching(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** The lowercased text of a word token; undefined for numbers, punctuation or no token. */
export function wordAt(tokens: readonly Token[], i: number): string | undefined {
  const token = tokens[i];
  return token?.kind === 'word' ? token.lower : undefined;
}

/** True when the token is a word starting with a capital letter. */
export function isCapitalised(token: Token | undefined): boolean {
  return token?.kind === 'word' && (kindAt(token.text, 0) & UPPERCASE) !== 0;
}
