/**
 * Speakers whose description names a country only inside a party's name, or only as the country of an
 * office's first holders: neither makes the speaker a voice of that country's government.
 */
import type { ActorLexicon } from '../../topic/actor-lexicon.ts';

/** The nouns that end a party's name: "the Mother Sylvania bloc", "the Sylvania First party". */
const PARTY_HEAD = /\b(?:[Bb]loc|[Pp]arty|[Ff]action|[Mm]ovement)\b/;

/** Capitalised words right before a name, up to the name: "Mother " in "the Mother Sylvania bloc". */
const CAPITALISED_BEFORE = /(?:\p{Lu}[\p{L}’'-]*\s+)+$/u;

/** Capitalised words after a name, then a party's noun: " Forward party" in "the Sylvania Forward party". */
const CAPITALISED_THEN_HEAD = /^((?:\s+\p{Lu}[\p{L}’'-]*)*?)\s+(?:[Bb]loc|[Pp]arty|[Ff]action|[Mm]ovement)\b/u;

/** Articles and titles, which may open a phrase in capitals but are no part of a party's name. */
const NOT_OF_THE_NAME = /^(?:the|a|an|representative|member|leader|head|chair(?:man|woman)?|spokes(?:man|woman|person)|deputy|lawmaker|MP)$/i;

/**
 * Whether every mention of `government` in a speaker's description is a word of a party's name: "a
 * representative of the Mother Sylvania bloc", "a leader of the Sylvania Forward party", "a member of the
 * Free Sylvania movement". Such a party may rule or oppose; the name alone does not say it speaks for
 * the state, so it gives no government. Not a name the country is all of ("the Sylvania party" may be
 * anything), nor a country's adjective ("the Sylvanian People's Party" is told as of the country), nor a
 * country told outside the name as well ("Sylvania's lawmaker of the Free Sylvania movement").
 */
export function namesSideOnlyInPartyName(description: string, government: string, lexicon: ActorLexicon): boolean {
  if (!PARTY_HEAD.test(description)) return false;
  if (lexicon.findDemonyms(description).some((demonym) => demonym.government === government)) return false;
  const mentions = lexicon.findMentions(description).filter((mention) => lexicon.governmentOf(mention.actorId) === government);
  return mentions.length > 0 && mentions.every((mention) => insidePartyName(description, mention.index, mention.text));
}

/** Whether the name at `index` is one word of a party's name: other capitalised words with it, then the party's noun. */
function insidePartyName(text: string, index: number, name: string): boolean {
  if (/['’]s?$/u.test(name)) return false;
  const after = CAPITALISED_THEN_HEAD.exec(text.slice(index + name.length));
  if (!after) return false;
  const before = (CAPITALISED_BEFORE.exec(text.slice(0, index))?.[0] ?? '').split(/\s+/).filter((word) => word !== '' && !NOT_OF_THE_NAME.test(word));
  const following = (after[1] ?? '').split(/\s+/).filter((word) => word !== '');
  return before.length + following.length > 0;
}

/** An ordinal before a head of state's or government's office: "the first president of Sylvania", "Sylvania's first prime minister". */
const FOUNDING_OFFICE = /^(?:[Tt]he\s+(?:country['’]s\s+)?|(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s?\s+)?(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth)\s+(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Pp]remier|[Cc]hancellor|[Hh]ead\s+of\s+[Ss]tate)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)?$/u;

/**
 * Whether a description names a person as one of an office's first holders: "the first Prime Minister
 * of Sylvania", "Freedonia's second president". Such a title tells a place in the office's history,
 * which the present holder is rarely given; the person is a former holder, who speaks for no
 * government. Not "the first deputy prime minister" (a rank), "the first female president" (who may
 * hold it now), nor "the first president to visit …".
 */
export function describesFoundingOffice(description: string): boolean {
  return FOUNDING_OFFICE.test(description.trim());
}
