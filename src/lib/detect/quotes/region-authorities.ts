/**
 * A region's own authorities: "the breakaway Ostmark region of Sylvania, the region's government
 * said" is Ostmark's government when the topic data lists one, never the government of the country
 * that holds the region. The topic data marks a region's own authorities by giving them the region's
 * name as a demonym ("Ostmark" in "Ostmark officials"), so a demonym used as the name of a place is
 * such a region.
 */
import type { ActorLexicon } from '../../topic/actor-lexicon.ts';

/** A region named in a text, the government of its own authorities, and where it is named. */
export interface RegionAt {
  government: string;
  index: number;
}

/** A noun of a region right after a name: "the Ostmark region", "Ostmark province", "the Ostmark capital". */
const REGION_NOUN_AFTER = /^\s+(?:region|enclave|province|territory|oblast|district|capital)\b/i;

/** A preposition of place right before a name: "in Ostmark", "from Ostmark". */
const PLACE_PREPOSITION_BEFORE = /\b(?:in|into|inside|across|throughout|near|from|to)\s+$/i;

/** A word that a demonym describes, right after it: "in Sylvanian waters" names no place. */
const DESCRIBED_WORD_AFTER = /^[\s-]+\p{L}/u;

/**
 * The regions `text` names as places whose own authorities the topic data lists, in order: a
 * government's demonym used as a place's name, before a noun of a region ("the breakaway Ostmark
 * region") or alone after a preposition of place ("fled Ostmark", "in Ostmark,"). Not a demonym
 * that describes something ("in Sylvanian waters"). A state's demonym before "region" ("the
 * Sylvanian region of Kess") is a region of that state, whose officials are the state's as well.
 */
export function regionsNamedIn(text: string, lexicon: ActorLexicon): RegionAt[] {
  const found: RegionAt[] = [];
  for (const { government, text: name, index } of lexicon.findDemonyms(text)) {
    if (lexicon.actor(government)?.kind !== 'government') continue;
    const after = text.slice(index + name.length, index + name.length + 12);
    const named = REGION_NOUN_AFTER.test(after) || (PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, index - 12), index)) && !DESCRIBED_WORD_AFTER.test(after));
    if (named) found.push({ government, index });
  }
  return found;
}

/**
 * The government of a region named alone as a speaker ("Ostmark announced that …"): a place does not
 * speak, its authorities do, and the topic data names them by the region's name as their demonym.
 * Only a whole phrase that is one capitalised demonym of a government and nothing else: "the Ostmark
 * delegation", "an Ostmark resident" are read as before. Null otherwise.
 */
export function regionSpeaking(text: string, lexicon: ActorLexicon): string | null {
  // Most phrases have an article, a space or a lower-case word: one capitalised word is rare.
  if (!/^\p{Lu}[\p{L}-]+$/u.test(text)) return null;
  const [demonym, ...others] = lexicon.findDemonyms(text);
  if (!demonym || others.length > 0 || demonym.text !== text || lexicon.findMentions(text).length > 0) return null;
  return lexicon.actor(demonym.government)?.kind === 'government' ? demonym.government : null;
}
