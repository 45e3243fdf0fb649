/**
 * "…, citing security concerns": the participle gives the subject's own reason, words of theirs; "…,
 * citing officials", "…, citing the Courier" name the source a report comes from, which says nothing.
 * Generic English, no topic words.
 */
import { isRoleNoun } from './word-lists.ts';

/** What "citing" governs: the words up to the clause's next punctuation or quotation. */
const CITED = /^\s+([^,;:.!?()\u2592]+)/u;

/** "cited the sailor as saying": whom a report quotes, whose words come after. */
const QUOTED_AS = /\bas\s+(?:saying|reporting|stating|telling|confirming|claiming|warning|announcing)\b/;

/** A capitalised word in the possessive: "Sylvania's", "the Rangers'". */
const POSSESSIVE_NAME = /^\p{Lu}[\p{L}.-]*(?:['’]s|s['’])$/u;

/** Determiners before the noun cited. */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'these', 'those', 'that', 'our', 'own']);

/** Words that end the noun phrase cited: what follows them qualifies it ("delays at the border", "fears for the crew"). */
const ENDS_PHRASE = new Set(['of', 'in', 'from', 'by', 'with', 'at', 'on', 'to', 'for', 'about', 'over', 'among', 'near', 'within', 'under', 'after', 'before', 'as', 'who', 'which', 'that']);

/** Nouns of where words come from, besides the speakers' own (`isRoleNoun`): "citing intelligence data". */
const SOURCE_NOUNS = new Set([
  'data', 'information', 'figures', 'statistics', 'reports', 'estimates', 'documents', 'records', 'footage', 'images',
  'accounts', 'testimony', 'testimonies', 'survey', 'study', 'findings', 'statements', 'sources', 'press', 'tally', 'count',
]);

/**
 * Whether "citing" before `after` (the masked words after it) gives a reason of the subject's: a
 * common noun phrase ("bad weather and a broken crane as obstacles", "fresh raids on the port") whose
 * words before their first preposition name no speaker, body or source, and no name after a
 * determiner ("the Defence Ministry", "Reuters", "local health authorities", "the country's agency");
 * a name's possession may open it ("Sylvania's repeated threats", not "the Bureau's statement").
 */
export function citesReason(after: string): boolean {
  const cited = CITED.exec(after)?.[1];
  if (!cited || QUOTED_AS.test(cited)) return false;
  const words = cited.trim().split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && DETERMINERS.has(words[i] as string)) i += 1;
  // "the Palace's repeated threats": a name's possession is the reason; what follows is read as any noun.
  while (i < words.length - 1 && POSSESSIVE_NAME.test(words[i] as string)) i += 1;
  if (!/^[\p{Ll}\p{N}]/u.test(words[i] ?? '')) return false;
  for (; i < words.length && !ENDS_PHRASE.has(words[i] as string); i++) {
    const word = (words[i] as string).replace(/['’]s?$/u, '').toLowerCase();
    if (isRoleNoun(word) || SOURCE_NOUNS.has(word)) return false;
  }
  return true;
}
