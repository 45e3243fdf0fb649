import { oneOf } from './line-shape.ts';

/**
 * What pasted articles carry besides the article: newsroom knowledge, kept as data so
 * it can grow without touching the stages. Nothing here is about any news topic.
 */

/**
 * News agencies whose name, alone on a credit line or metadata item, credits the copy
 * to them (`- Reuters`). Matched case-insensitively against the whole item.
 */
export const KNOWN_AGENCIES: readonly string[] = [
  'Reuters',
  'AP',
  'Associated Press',
  'The Associated Press',
  'AFP',
  'Agence France-Presse',
  'dpa',
  'EFE',
  'ANSA',
  'IANS',
  'PTI',
  'ANI',
  'UNI',
  'Yonhap',
  'Yonhap News Agency',
  'Kyodo',
  'Kyodo News',
  'Jiji Press',
  'Xinhua',
  'TASS',
  'RIA Novosti',
  'Interfax',
  'Anadolu',
  'Anadolu Agency',
  'Bernama',
  'Antara',
  'Bloomberg',
];

/** The listed spelling of an agency `name` is one of (`REUTERS` → `Reuters`), or null. */
export function agencyName(name: string): string | null {
  return oneOf(name.replace(/\s+(?:staff(?:\s+writers?)?|news\s+desk|wire)$/i, ''), KNOWN_AGENCIES);
}

/** Words that name no one in a credit such as "(With inputs from agencies)". */
export const ANONYMOUS_CREDITS: readonly string[] = ['agencies', 'agency', 'wires', 'wire services', 'news agencies', 'staff'];

/** A kind of line that belongs to the web page around an article, not to the article. */
export interface FurniturePattern {
  /** Rule id reported to the editor, `furniture/<id>`. */
  rule: string;
  /** Matches the whole trimmed line. */
  pattern: RegExp;
  /** Why such a line is dropped, for the report. */
  reason: string;
}

/** Lines dropped wherever they stand, because their shape says they are page chrome. */
export const FURNITURE_PATTERNS: readonly FurniturePattern[] = [
  {
    rule: 'byline-placeholder',
    pattern: /^(?:news|staff|special|senior|our|web)?\s*(?:reporter|correspondent|writer|contributor)s?$/i,
    reason: 'a byline placeholder with no name',
  },
  {
    rule: 'desk',
    pattern: /^(?:web|news|online|digital|foreign|world|international|city)\s+desk$/i,
    reason: 'a desk credit with no name',
  },
  {
    rule: 'share',
    pattern: /^(?:share(?: this(?: article| story)?)?|tweet|e-?mail|print|whatsapp|facebook|twitter|linkedin|copy link|advertisement|ad|sponsored)$/i,
    reason: 'a sharing button or advertisement label',
  },
  {
    rule: 'related-heading',
    pattern: /^(?:related(?: (?:news|stories|articles|posts))?|read more|also read|more stories|recommended|top stories|latest news|trending)\s*:?$/i,
    reason: 'the heading of a related-links list',
  },
  {
    rule: 'copyright',
    pattern: /^(?:©|\(c\)|copyright\b).{0,120}$/i,
    reason: 'a copyright notice',
  },
  {
    rule: 'timestamp',
    pattern: /^(?:updated|published|posted|last updated)?\s*:?\s*(?:\d+|an?|one)\s+(?:sec(?:ond)?|min(?:ute)?|hour|hr|day|week)s?\s+ago$/i,
    reason: 'a time stamp relative to when the page was viewed',
  },
  {
    rule: 'end-mark',
    pattern: /^\(?(?:end|ends|-30-|#{3})\)?$/i,
    reason: 'the mark that ends an agency’s copy',
  },
  {
    rule: 'standards',
    pattern: /^our standards\s*:.{0,80}principles\.?$/i,
    reason: 'the outlet’s notice of its editorial standards',
  },
  {
    rule: 'reporting-credit',
    pattern: /^\(\s*(?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by\b[^()]*\)$/i,
    reason: 'a reporting and editing credit',
  },
];

/** `Source: Courier News Agency` — the outlet the page credits (see `MAX_CREDIT_WORDS`). */
export const SOURCE_LINE = /^source\s*:\s*(.+?)\.?$/i;
/** `(With inputs from IANS)`, `With input from AFP and Reuters.` — agencies credited. */
export const INPUTS_LINE = /^\(?\s*with\s+(?:additional\s+)?inputs?\s+from\s+([^()]+?)\s*\)?\.?$/i;
/** `By Jane Doe`, `By Jane Doe and John Roe` — an author line. */
export const BYLINE_LINE = /^[Bb]y\s+(\p{Lu}[\p{L}.'’-]*(?:[ ,]+(?:and\s+)?\p{Lu}[\p{L}.'’-]*){0,5})$/u;
/** A link alone on its line. */
export const URL_LINE = /^https?:\/\/\S+$/i;
/** Most words a credit line (`Source: …`, `By …`) may have before it reads as a sentence. */
export const MAX_CREDIT_WORDS = 8;

/**
 * Words of an author line that describe the author rather than name them (`Jane Doe, Fredonburg
 * correspondent`, `Staff Writer`): such a part of the line is read past, not taken for a name.
 */
export const ROLE_WORDS: readonly string[] = [
  'correspondent', 'correspondents', 'reporter', 'reporters', 'writer', 'writers', 'editor', 'editors', 'journalist',
  'contributor', 'columnist', 'analyst', 'bureau', 'chief', 'staff', 'producer', 'photographer', 'desk',
];

/**
 * Capitalised words that label a page or a section (`World News`, `Live Updates`, `National Security`) and
 * never occur in a personal name: a short line made of them under a headline is not an author line.
 */
export const LABEL_WORDS: readonly string[] = [
  'news', 'world', 'politics', 'business', 'opinion', 'analysis', 'sport', 'sports', 'video', 'videos', 'live', 'breaking',
  'exclusive', 'update', 'updates', 'latest', 'top', 'stories', 'story', 'national', 'international', 'economy', 'markets',
  'tech', 'technology', 'science', 'health', 'culture', 'entertainment', 'lifestyle', 'travel', 'defense', 'defence',
  'security', 'diplomacy', 'region', 'local', 'home', 'features', 'feature', 'editorial', 'column', 'commentary',
  'explainer', 'north', 'south', 'east', 'west', 'central', 'asia', 'europe', 'africa', 'americas', 'pacific', 'middle',
  'global', 'nation', 'photos', 'gallery', 'podcast', 'newsletter', 'press', 'release', 'statement', 'agency', 'ministry',
  'government', 'department', 'office', 'council', 'committee', 'forces', 'army', 'military', 'war', 'crisis', 'report',
];

/**
 * Words that may stand in lower case in an outlet's name (`Ministry of Defence`, `Agence France-Presse`,
 * `SNA via FNS`); any other lower-case word makes a `Source:` line a sentence of the article.
 */
export const NAME_CONNECTORS: readonly string[] = ['of', 'the', 'and', 'for', 'de', 'du', 'la', 'le', 'des', 'del', 'di', 'via', 'y', 'et', 'und'];
