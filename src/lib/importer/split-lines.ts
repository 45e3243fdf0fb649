import type { Line } from './types.ts';

/**
 * Splits pasted text into numbered lines. Windows (`\r\n`) and old Mac (`\r`) line
 * endings count as one break each; trailing spaces stay on `raw` because a line that
 * ends without one may end mid-word (see `repairWraps`).
 */
export function splitLines(text: string): Line[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((raw, index) => ({ n: index + 1, raw, text: raw.trim() }));
}
