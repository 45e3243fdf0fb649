/** Words too common to help a reader recognise an anchor. */
const STOP_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'as', 'is', 'are',
  'was', 'were', 'be', 'been', 'has', 'have', 'had', 'that', 'this', 'these', 'those', 'it', 'its', 'their', 'there',
  'they', 'he', 'she', 'we', 'our', 'his', 'her', 'will', 'would', 'could', 'should', 'may', 'might', 'not', 'if',
  'into', 'about', 'said', 'says', 'also', 'than', 'so', 'do', 'does', 'did', 'which', 'who', 'what', 'when',
]);

/**
 * Text that accent folding leaves as it is: ASCII, and the dashes and curly quotes of news prose
 * (none of which NFKD decomposes). Most texts; `plainSlugWords` reads them in one pass.
 */
const PLAIN = /^[\u0000-\u007f\u2013\u2014\u2018\u2019\u201c\u201d]*$/;

/** Lowercase ASCII words of `text`, accents folded, punctuation dropped. */
export function slugWords(text: string): string[] {
  if (PLAIN.test(text)) return plainSlugWords(text);
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** A character of `\w`, which the `\b` after `'s` tests (after lowercasing: a-z, 0-9, `_`). */
function isWordCharacter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95;
}

/**
 * `slugWords` of a `PLAIN` text, in one pass instead of a string per step: the runs of a-z and 0-9,
 * lowercased, with a possessive `'s` or `’s` dropped where the regular expressions drop it (before
 * a character that is not a word character, or the end).
 */
function plainSlugWords(text: string): string[] {
  const lower = text.toLowerCase();
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 32;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) words.push(lower.slice(start, i));
    start = -1;
    // The 's is dropped: skip the s, so that it starts no word.
    if ((code === 39 || code === 0x2019) && lower.charCodeAt(i + 1) === 115 && !isWordCharacter(lower.charCodeAt(i + 2))) i++;
  }
  return words;
}

/** A readable slug of at most `maxWords` significant words: "Freedonia’s troops are in Sylvania" → "freedonia-troops-sylvania". */
export function slugify(text: string, maxWords = 6): string {
  const words = slugWords(text);
  const significant = words.filter((word) => !STOP_WORDS.has(word));
  return (significant.length > 0 ? significant : words).slice(0, maxWords).join('-');
}

/** Joins non-empty slug parts with hyphens. */
export function joinSlug(...parts: (string | null | undefined)[]): string {
  return parts.filter((part): part is string => Boolean(part)).join('-');
}

/** A short, stable hash of `text` (FNV-1a, base 36), to tell apart two items whose readable slugs collide. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36).slice(0, 5);
}
