/** Little words a date's text may add that say nothing about the date itself. */
const FILLER = new Set(['on', 'the', 'of', 'in', 'at']);

/**
 * The words of the source for an "as written" note beside a date label, or null
 * when they say no more than the label. "Oct. 30" under "30 Oct 2024" and "by
 * December" under "expected by Dec 2024" add nothing; "last week", "on Tuesday" or
 * "early- to mid-October" tell the reader what the resolved date rests on.
 *
 * Each word of the text must appear in the label: digits as numbers ("23rd" is 23),
 * other words exactly or, from three letters on, by their first three letters, so
 * "December", "Dec." and "Dec" are one word. Case and punctuation do not count.
 */
export function writtenDate(text: string, label: string): string | null {
  const written = words(text).filter((word) => !FILLER.has(word));
  const shown = words(label);
  if (written.length === 0) return null;
  return written.every((word) => shown.some((other) => sameWord(word, other))) ? null : text.trim();
}

function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => word.replace(/^(\d+)(?:st|nd|rd|th)$/, '$1'));
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return Number(a) === Number(b);
  const letters = /^\p{L}{3,}$/u;
  return letters.test(a) && letters.test(b) && a.slice(0, 3) === b.slice(0, 3);
}
