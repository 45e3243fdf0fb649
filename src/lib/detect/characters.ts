/**
 * What a character is, as the detectors' Unicode-aware patterns read it: a letter (`\p{L}`), an
 * upper-case letter (`\p{Lu}`), a number (`\p{N}`) or white space (`\s`). The tokenizers ask about every character of every
 * paragraph, so each character of the Basic Multilingual Plane is looked up once and remembered.
 * Offsets count UTF-16 code units: a character outside that plane takes two, and a lone surrogate
 * is none of these.
 */

/** Kind bits. */
export const LETTER = 1;
export const NUMBER = 2;
export const SPACE = 4;
export const UPPERCASE = 8;

const PATTERNS: ReadonlyArray<[number, RegExp]> = [
  [LETTER, /^\p{L}$/u],
  [NUMBER, /^\p{N}$/u],
  [SPACE, /^\s$/u],
  [UPPERCASE, /^\p{Lu}$/u],
];

/** The kind bits of a character, by the patterns. */
function kindOf(char: string): number {
  let kind = 0;
  for (const [bit, pattern] of PATTERNS) if (pattern.test(char)) kind |= bit;
  return kind;
}

/** The Basic Multilingual Plane's kinds, plus KNOWN once looked up. */
const BMP_KINDS = new Uint8Array(0x10000);
const KNOWN = 0x80;

/** The kind bits of the character at `i`: 0 past the end of `text`, or for a character of no kind. */
export function kindAt(text: string, i: number): number {
  if (i < 0 || i >= text.length) return 0;
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdfff) {
    let kind = BMP_KINDS[code] as number;
    if (kind === 0) BMP_KINDS[code] = kind = kindOf(String.fromCharCode(code)) | KNOWN;
    return kind & ~KNOWN;
  }
  const point = text.codePointAt(i) as number;
  return point > 0xffff ? kindOf(String.fromCodePoint(point)) : 0;
}

/** How many code units the character at `i` takes: 2 for a surrogate pair, else 1. */
export function lengthAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && (text.codePointAt(i) as number) > 0xffff ? 2 : 1;
}
