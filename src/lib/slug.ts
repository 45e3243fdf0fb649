/** Words too common to help a reader recognise an anchor. */
const STOP_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'as', 'is', 'are',
  'was', 'were', 'be', 'been', 'has', 'have', 'had', 'that', 'this', 'these', 'those', 'it', 'its', 'their', 'there',
  'they', 'he', 'she', 'we', 'our', 'his', 'her', 'will', 'would', 'could', 'should', 'may', 'might', 'not', 'if',
  'into', 'about', 'said', 'says', 'also', 'than', 'so', 'do', 'does', 'did', 'which', 'who', 'what', 'when',
]);

/** Lowercase ASCII words of `text`, accents folded, punctuation dropped. */
export function slugWords(text: string): string[] {
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
