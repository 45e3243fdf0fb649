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
 * region") or after a preposition of place ("fled Ostmark") when what follows it (`after`) lets it
 * stand alone. Never a state's adjective (`isAdjectiveOfName`), nor, with `initials` false, a demonym
 * of initials.
 */
function regionsAsPlaces(text: string, lexicon: ActorLexicon, standsAlone: (after: string) => boolean, initials: boolean): RegionAt[] {
  const found: RegionAt[] = [];
  for (const { government, text: name, index } of lexicon.findDemonyms(text)) {
    const actor = lexicon.actor(government);
    if (actor?.kind !== 'government' || (!initials && INITIALS.test(name)) || isAdjectiveOfName(name, [actor.name, ...actor.aliases])) continue;
    const after = text.slice(index + name.length, index + name.length + 12);
    const before = text.slice(Math.max(0, index - 12), index);
    if (REGION_NOUN_AFTER.test(after) || (PLACE_PREPOSITION_BEFORE.test(before) && standsAlone(after))) found.push({ government, index });
  }
  return found;
}

/**
 * The regions `text` names as places (`regionsAsPlaces`), alone after a preposition only when no word
 * follows that the demonym would describe ("in Ostmark,", not "in Sylvanian waters").
 */
export function regionsNamedIn(text: string, lexicon: ActorLexicon): RegionAt[] {
  return regionsAsPlaces(text, lexicon, (after) => !DESCRIBED_WORD_AFTER.test(after), true);
}

/** A capitalised word right after a name, which goes on with it: "Saudi" in "Saudi Arabia" names no place alone. */
const NAME_GOES_ON = /^\s+\p{Lu}/u;

/** A demonym of initials ("US", "DPRK"): a state's, not a region's own name. */
const INITIALS = /^[\p{Lu}.]+$/u;

/**
 * The governments of the regions `text` names as places by their own names, each once, for "the
 * breakaway region's government" in or after it: no demonym of initials, and after a preposition
 * whatever word follows ("from Ostmark as of", "roads inside Ostmark had"), but not a name that goes on
 * ("Saudi Arabia").
 */
export function regionsAsPlacesIn(text: string, lexicon: ActorLexicon): string[] {
  return [...new Set(regionsAsPlaces(text, lexicon, (after) => !NAME_GOES_ON.test(after), false).map((region) => region.government))];
}

/**
 * Whether a demonym is an adjective made from one of the government's names ("Fredonian" from "Fredonia",
 * "Sylvanian" from "Sylvania"), not a region's own name ("Ostmark" in "Ostmark authorities"): a
 * state's adjective before "capital" or "region" may name a place another side holds ("the Fredonian
 * capital"), whose officials are not the state's. Read on the first word of each name: a word that
 * begins as the demonym does without being it.
 */
function isAdjectiveOfName(demonym: string, names: readonly string[]): boolean {
  const stem = demonym.slice(0, 4);
  return names.some((name) => {
    // "Ostmark's leadership" is the region's name with a possessive.
    const first = (name.split(/\s+/u)[0] ?? '').replace(/['’]s?$/u, '');
    return first !== demonym && first.startsWith(stem);
  });
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
  const actor = lexicon.actor(demonym.government);
  return actor?.kind === 'government' && !isAdjectiveOfName(text, [actor.name, ...actor.aliases]) ? demonym.government : null;
}

/** A head of the region's authorities, of the region: "the leader of the self-proclaimed Republic of Ostmark". */
const OFFICIAL_OF_PLACE =
  /^(?:the\s+|a\s+)?(?:[\p{L}-]+\s+){0,2}?(leader|president|head|authorities|government|administration|officials?|ombudsman|ombudswoman|spokesman|spokeswoman|spokesperson)\s+of\s+(?:the\s+)?(?:(?:self-proclaimed|self-declared|breakaway|unrecognised|unrecognized|separatist)\s+)*(?:(?:republic|region|enclave)\s+of\s+)?(\p{Lu}[\p{L}-]+)$/iu;

/** Words that put an official out of office, who speaks for no government: "the former leader of Ostmark". */
const OUT_OF_OFFICE = /\b(?:former|ex-|onetime|one-time|then)\b/i;

/**
 * The government of a region whose official a phrase names by office and region: "the leader of the
 * self-proclaimed Republic of Ostmark", "the authorities of Ostmark". The region must be one whose
 * own authorities the topic data lists (`regionSpeaking`); not a former official. The actor is the
 * government for its institutions, none for a person. Null otherwise.
 */
export function regionOfficial(text: string, lexicon: ActorLexicon): { government: string; person: boolean } | null {
  // Most phrases hold no " of ": the pattern is not tried on them.
  if (!text.includes(' of ') || OUT_OF_OFFICE.test(text)) return null;
  const match = OFFICIAL_OF_PLACE.exec(text);
  const government = match ? regionSpeaking(match[2] as string, lexicon) : null;
  if (!match || !government) return null;
  const head = (match[1] as string).toLowerCase();
  return { government, person: !['authorities', 'government', 'administration', 'officials'].includes(head) };
}
