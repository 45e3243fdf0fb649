/**
 * "The Bureau chairman stressed …", "the bureau chief said …" in an article that names Karl Ruhl, whom
 * the topic data lists as the chairman of the Marsh Bureau: an office of a body that exactly one person
 * the article names holds is that person, as a side's office is (office-holders.ts). The body is named
 * in the phrase ("the Bureau chairman", the actor its words resolved to) or called by the last word of
 * its name ("the bureau chief"). Read once the whole source has been read, like a side's office.
 */
import type { ActorLexicon } from '../../topic/actor-lexicon.ts';
import { DEFINITE, namesOnePersonsOffice, officeHeld, officeWords, sameOfficeWord } from './office-holders.ts';
import type { StatementMention } from './types.ts';
import { PERSON_ROLES } from './word-lists.ts';

/**
 * Words for whoever leads a body, whatever the body calls the office: "the bureau chief" and "the
 * bureau head" are its chairman, director or president.
 */
const TOP_OFFICE: ReadonlySet<string> = new Set(['chief', 'head', 'chairman', 'chairwoman', 'chair', 'director', 'president']);

/**
 * Gives each statement whose speaker is a body's office ("the Bureau chairman", with the body as actor
 * or no actor yet) to the one person named in the source (`named`, actor ids) whom the topic data lists
 * in that body with that office. Left as it was when no one or several fit.
 */
export function creditBodyOfficeHolders(statements: StatementMention[], named: ReadonlyMap<string, number>, lexicon: ActorLexicon): void {
  const members = [...named.keys()].filter((id) => lexicon.actor(id)?.kind === 'person' && lexicon.actor(id)?.body !== undefined);
  if (members.length === 0) return;
  for (const statement of statements) {
    const { speaker } = statement;
    if (speaker.name !== null || !DEFINITE.test(speaker.description.trim())) continue;
    const body = speaker.actor === null ? null : lexicon.actor(speaker.actor);
    if (body && body.kind !== 'body') continue;
    const holder = holderOf(speaker.description.trim(), body?.id ?? null, members, lexicon);
    const actor = holder ? lexicon.actor(holder) : undefined;
    if (!actor) continue;
    statement.speaker = { name: actor.name, description: speaker.description, actor: actor.id };
    statement.government = lexicon.governmentOf(actor.id);
  }
}

/**
 * The one member whose office the description names: its one person's office word, and the rest of its
 * words either the body's name as the topic data gives it (when `body` is the actor already found) or the
 * last word of the member's body's name ("bureau" for the Marsh Bureau). Null when none or several fit.
 */
function holderOf(description: string, body: string | null, members: readonly string[], lexicon: ActorLexicon): string | null {
  let text = description;
  // The body's own words blanked: "the SCA chairman" keeps "chairman" once "SCA" is the body's.
  if (body) for (const mention of lexicon.findMentions(text).filter((m) => m.actorId === body).reverse()) text = `${text.slice(0, mention.index)} ${text.slice(mention.index + mention.text.length)}`;
  const words = officeWords(text);
  const office = words.filter((word) => PERSON_ROLES.has(word));
  if (office.length !== 1 || !namesOnePersonsOffice(words)) return null;
  const rest = words.filter((word) => !PERSON_ROLES.has(word));
  if (body ? rest.length > 0 : rest.length !== 1) return null;
  const [word] = office as [string];
  const fits = members.filter((id) => {
    const own = lexicon.actor(id)?.body as string;
    if (body ? own !== body : lastWordOfName(own, lexicon) !== rest[0] && initialsOfName(own, lexicon) !== rest[0]) return false;
    const held = officeHeld(id, lexicon);
    return held.some((h) => sameOfficeWord(h, word)) || (TOP_OFFICE.has(word) && (held.some((h) => TOP_OFFICE.has(h)) || leadsByOwnTitle(held)));
  });
  return fits.length === 1 ? (fits[0] as string) : null;
}

/**
 * Posts by which some bodies call whoever leads them, which a reader calls its chief or head: "the
 * agency chief" is its administrator, "the organisation's head" its secretary-general.
 */
const LEADER_TITLES: ReadonlySet<string> = new Set(['administrator', 'secretary-general', 'director-general']);

/** Words that make a post a second one: "Deputy Administrator", "Assistant Secretary-General". */
const SECOND_POST: ReadonlySet<string> = new Set(['deputy', 'vice', 'assistant', 'associate', 'under-secretary-general']);

/** Whether an office held (its words) is a body's own title for its leader, and not a deputy's. */
function leadsByOwnTitle(held: readonly string[]): boolean {
  return held.some((h) => LEADER_TITLES.has(h)) && !held.some((h) => SECOND_POST.has(h));
}

/**
 * The initials of an actor's name's capitalised words, lower case: "nho" for the National Harbour
 * Office, which "the NHO chief" calls it by when the topic data lists no such alias. Empty for a name
 * of one word, whose initial is no name.
 */
function initialsOfName(id: string, lexicon: ActorLexicon): string {
  const words = (lexicon.actor(id)?.name ?? '').split(/\s+/).filter((word) => /^\p{Lu}/u.test(word));
  return words.length < 2 ? '' : words.map((word) => word[0]).join('').toLowerCase();
}

/** The last word of an actor's name, lower case: "bureau" for the Marsh Bureau. */
function lastWordOfName(id: string, lexicon: ActorLexicon): string {
  return (lexicon.actor(id)?.name ?? '').toLowerCase().split(/\s+/).at(-1) ?? '';
}
