/**
 * "The Freedonian Secretary of Defence said …" in an article that names Karl Ruhl, whom the topic data
 * lists as Freedonia's Secretary of Defence, before or after: a side's office that exactly one person
 * the article names holds is that person. Read once the whole source has been read, since the name may
 * come later ("Sylvania's foreign minister has said … “…,” Prince Ruhl told the Courier."). So may the
 * side: "The defence minister told parliament …" opening an article that names Ruhl further down is
 * Ruhl, when no one else the article names holds that office.
 */
import type { ActorLexicon } from '../../topic/actor-lexicon.ts';
import { oneWordingOfPosts } from './office-synonyms.ts';
import type { StatementMention } from './types.ts';
import { GROUP_ROLES, PERSON_ROLES } from './word-lists.ts';

/** Words that open an indefinite or counted description: "a senior official", "two ministers" name no one. */
const INDEFINITE = /^(?:a|an|one|some|several|two|three|four|another|any)\s/i;

/**
 * Gives each statement whose speaker is a side's office ("the Freedonian defence minister", "Sylvania's
 * foreign minister"), with no person found, to the one person named in the source (`named`, actor ids)
 * whose office in the topic data has every word of it and who speaks for that side. Left as it was when
 * no one or several fit.
 */
export function creditOfficeHolders(statements: StatementMention[], named: ReadonlyMap<string, number>, lexicon: ActorLexicon): void {
  const people = [...named.keys()].filter((id) => lexicon.actor(id)?.kind === 'person');
  if (people.length === 0) return;
  const holders = new Map<string, string | null>();
  for (const statement of statements) {
    const { speaker, government } = statement;
    if (speaker.actor !== null || speaker.name !== null) continue;
    if (government === null) {
      creditHolderNamedLater(statement, people, named, lexicon);
      continue;
    }
    const key = `${government} ${speaker.description}`;
    if (!holders.has(key)) holders.set(key, holderOf(speaker.description, government, people, lexicon));
    const holder = holders.get(key);
    const actor = holder ? lexicon.actor(holder) : undefined;
    if (actor) statement.speaker = { name: actor.name, description: speaker.description, actor: actor.id };
  }
}

/**
 * "The defence minister said …" with no side, before the article names anyone who holds the office:
 * the one person named in a later paragraph whose office in the topic data has every word of it. One
 * named before is the speaker memory's to find, which knows whether another side was spoken of since.
 */
function creditHolderNamedLater(statement: StatementMention, people: readonly string[], named: ReadonlyMap<string, number>, lexicon: ActorLexicon): void {
  const text = statement.speaker.description.trim();
  if (!DEFINITE.test(text) || lexicon.findMentions(text).length > 0 || lexicon.findDemonyms(text).length > 0) return;
  // "the group's supreme leader": the possessor points back to the side; the office is what follows it.
  const words = officeWords(text.replace(/^.*['’]s?\s/u, '')).filter((word) => !RANK_WORDS.has(word));
  if (!namesOnePersonsOffice(words)) return;
  const fits = people.filter((id) => words.every((word) => officeHeld(id, lexicon).some((held) => sameOfficeWord(held, word))));
  const holder = fits.length === 1 ? lexicon.actor(fits[0] as string) : undefined;
  if (!holder || (named.get(holder.id) ?? 0) <= statement.paragraph) return;
  statement.speaker = { name: holder.name, description: statement.speaker.description, actor: holder.id };
  statement.government = lexicon.governmentOf(holder.id);
}

/** Words that rank an office rather than name it: "the supreme leader" is the side's leader. */
const RANK_WORDS: ReadonlySet<string> = new Set(['supreme', 'top']);

/** "the defence minister": an office named as the one everyone knows, not "a minister" or "ministers". */
export const DEFINITE = /^the\s/i;

/** One person's office: a person's role noun among the words, and no group's ("ministers", "officials"). */
export function namesOnePersonsOffice(words: readonly string[]): boolean {
  return words.some((word) => PERSON_ROLES.has(word)) && !words.some((word) => GROUP_ROLES.has(word));
}

/** The lower-case words of the office the topic data gives the person `id`, each post in one wording ("premier"). */
export function officeHeld(id: string, lexicon: ActorLexicon): string[] {
  return oneWordingOfPosts((lexicon.actor(id)?.role ?? '').toLowerCase().split(/[^\p{L}-]+/u));
}

/** The lower-case words of an office's description, without "the" and possessive endings, each post in one wording. */
export function officeWords(text: string): string[] {
  return oneWordingOfPosts(
    text
      .replace(/['’´]s?(?=\s|$)/gu, ' ')
      .toLowerCase()
      .split(/[^\p{L}-]+/u)
      .filter((word) => word !== '' && word !== 'the'),
  );
}

/** The one person of `people` who holds the office `description` names for `government`, or null. */
function holderOf(description: string, government: string, people: readonly string[], lexicon: ActorLexicon): string | null {
  const text = description.trim();
  if (text === '' || INDEFINITE.test(text)) return null;
  // The side must be named, by name or demonym, and nothing else the topic data knows.
  const mentions = lexicon.findMentions(text);
  const demonyms = lexicon.findDemonyms(text).filter((d) => d.government === government);
  if (mentions.some((m) => m.actorId !== government) || mentions.length + demonyms.length === 0) return null;
  // The side's words blanked ("Saudi Arabia" and the demonym "Saudi" inside it may overlap).
  const chars = text.split('');
  for (const side of [...mentions, ...demonyms]) chars.fill(' ', side.index, side.index + side.text.length);
  const words = officeWords(chars.join(''));
  if (!namesOnePersonsOffice(words)) return null;
  const officeOf = (id: string) => officeHeld(id, lexicon);
  const ofSide = people.filter((id) => lexicon.governmentOf(id) === government);
  // "the Sylvanian leader": the side's president, unless the article names a head of government too
  // (a chancellor or prime minister may be the leader meant).
  const presidentLeads = !ofSide.some((id) => officeOf(id).some((held) => HEADS_OF_GOVERNMENT.has(held)));
  const fits = ofSide.filter((id) => {
    const office = officeOf(id);
    return words.map(asLeader).every((word) => office.some((held) => sameOfficeWord(held, word) || (word === 'leader' && held === 'president' && presidentLeads)));
  });
  return fits.length === 1 ? (fits[0] as string) : null;
}

/** Words for one who rules a side alone: "the Sylvanian dictator", "the Freedonian strongman" is its leader. */
const RULER_WORDS: ReadonlySet<string> = new Set(['dictator', 'strongman']);

/** A ruler's word read as "leader"; any other word as it is. */
function asLeader(word: string): string {
  return RULER_WORDS.has(word) ? 'leader' : word;
}

/** Words of a head of government's office, who may be the "leader" of a side that has a president too. */
const HEADS_OF_GOVERNMENT: ReadonlySet<string> = new Set(['prime', 'premier', 'chancellor']);

/**
 * The same word, or the same first five letters of two long words ("defence", "defense"). Stricter
 * than the speaker memory's `sameStem`, which lets a short word match its plural: an office is held by
 * one person, so "chief" must not answer to "chiefs".
 */
export function sameOfficeWord(a: string, b: string): boolean {
  if (a === b) return true;
  return a.length >= 6 && b.length >= 6 && a.slice(0, 5) === b.slice(0, 5);
}
