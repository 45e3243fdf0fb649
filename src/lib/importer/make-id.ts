import { shortHash } from '../slug.ts';

/** Words that carry no meaning in an id. Negations ("no", "not") are kept: they change the story. */
const STOP_WORDS = new Set(
  (
    'a an the and or but of in on at to for from by with as is are was were be been being it its into over about ' +
    'after amid than that this these those says said say will would could should may might has have had do does did ' +
    'his her their our they he she we also so if'
  ).split(' '),
);

/** Words that name no outlet in particular ("Courier News Agency" → "courier"). */
const GENERIC_OUTLET_WORDS = new Set('the news agency inc ltd llc co corp corporation company group media network online com'.split(' '));

/** Most title words in an id. */
export const MAX_TITLE_WORDS = 6;
/** Longest id; title words are dropped from the end to fit. */
export const MAX_ID_LENGTH = 80;

/**
 * Lowercase ASCII words of `text`: accents folded, possessives and apostrophes dropped,
 * initialisms closed up ("S.R." → "sr"), thousands separators dropped ("3,000" → "3000").
 */
export function slugWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/['’]/g, '')
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/\b([a-z])\.(?=[a-z]\.|[^a-z]|$)/g, '$1')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The outlet part of an id: a few distinctive words of the publisher, the first wire, or "unknown". */
function outletPart(publisher: string | null, wire: readonly string[]): string {
  const name = publisher ?? wire[0];
  if (!name) return 'unknown';
  const words = slugWords(name);
  const distinctive = words.filter((word) => !GENERIC_OUTLET_WORDS.has(word));
  return (distinctive.length > 0 ? distinctive : words).slice(0, 3).join('-') || 'unknown';
}

/**
 * The source's stable id, `<published>-<outlet>-<title words>`, e.g.
 * `2025-03-14-example-news-harbour-reopens-after-storm`: the same input
 * always gives the same id, so re-importing finds the existing file.
 *
 * A title with no Latin letters or digits (Korean, Arabic, Hebrew…) gives no title words: the id is then
 * the date, the outlet and a short hash of the title, e.g. `2024-10-23-unknown-1x9k2`, so it is never
 * empty and two such articles of one day and outlet do not claim the same file.
 */
export function makeId(fields: { published: string; publisher: string | null; wire: readonly string[]; title: string }): string {
  const head = `${fields.published}-${outletPart(fields.publisher, fields.wire)}`;
  const all = slugWords(fields.title);
  // Single letters ("S." for South) say nothing once the dot is gone.
  const significant = all.filter((word) => !STOP_WORDS.has(word) && (word.length > 1 || /\d/.test(word)));
  const words = (significant.length > 0 ? significant : all).slice(0, MAX_TITLE_WORDS);
  while (words.length > 1 && `${head}-${words.join('-')}`.length > MAX_ID_LENGTH) words.pop();
  if (words.length === 0) return `${head}-${shortHash(fields.title.normalize('NFC').trim())}`;
  return `${head}-${words.join('-')}`.slice(0, MAX_ID_LENGTH).replace(/-+$/, '');
}
