import type { Token } from './types.ts';

/**
 * Numbers in digits ("12,000", "1.5", "3000"), dotted abbreviations ("U.S.",
 * "p.m."), words with inner apostrophes or hyphens ("Russia's",
 * "twenty-five", "year-old"), and any other single non-space character.
 * Hyphens between a digit and a letter stay separate tokens, so "30-year-old"
 * and "F-16" can be recognised as compounds by what touches the number.
 */
const TOKEN = /\d+(?:,\d{3})*(?:\.\d+)?|(?:\p{L}\.){2,}|\p{L}+(?:['’]\p{L}+)*(?:-\p{L}+(?:['’]\p{L}+)*)*|\S/gu;

/** Splits `text` into tokens that keep their offsets, so every span can be cut back out verbatim. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const value = match[0];
    const start = match.index;
    const kind = /^\d/.test(value) ? 'number' : /^\p{L}/u.test(value) ? 'word' : 'punct';
    tokens.push({ kind, text: value, start, end: start + value.length });
  }
  return tokens;
}

/** True when `b` starts right where `a` ends, with no space between ("56" + "th", "30" + "-"). */
export function touching(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** The lowercased text of a word token; undefined for numbers, punctuation or no token. */
export function wordAt(tokens: readonly Token[], i: number): string | undefined {
  const token = tokens[i];
  return token?.kind === 'word' ? token.text.toLowerCase() : undefined;
}

/** True when the token is a word starting with a capital letter. */
export function isCapitalised(token: Token | undefined): boolean {
  return token?.kind === 'word' && /^\p{Lu}/u.test(token.text);
}
