/**
 * "A Sylvanian lawmaker said on Tuesday that …. ¶ Lawmaker Anna Holt said she had met …": copy often
 * opens on a person described, not named, and names them a paragraph or two on by the same noun, as a
 * title before the name ("Lawmaker Anna Holt", "opposition lawmaker Holt") or in apposition after it
 * ("Anna Holt, a lawmaker of the ruling party,"). The indefinite article introduces someone new; the
 * later naming tells who. Read once the whole source has been read, since the name comes later.
 */
import type { ActorLexicon } from '../../topic/actor-lexicon.ts';
import { PERSON_ROLES, PHRASE_PREPOSITIONS, PHRASE_STOP_WORDS } from './word-lists.ts';
import type { ParagraphText, StatementMention } from './types.ts';

/** "a Sylvanian lawmaker", "an opposition lawmaker": an indefinite description of one person and its head noun. */
const DESCRIPTION = /^[Aa]n?\s+(?:[\p{L}.’'-]+\s+){0,3}?(\p{Ll}[\p{Ll}-]*)$/u;

/** Where a text is read: a paragraph's number and an offset in it. */
interface Place {
  paragraph: number;
  at: number;
}

/** A person the source names by a noun, where, and the words before the noun ("opposition" of "opposition lawmaker Holt"). */
interface Naming extends Place {
  actor: string;
  modifiers: string[];
}

/**
 * Gives each statement whose speaker is only an indefinite description of a person ("a Sylvanian
 * lawmaker") the person the source names by the same noun after that description first appears,
 * when it names exactly one whose title has no words the description lacks ("opposition lawmaker
 * Holt" is not "a ruling-party lawmaker"), names none so before it (then "a lawmaker" is someone
 * else), the source describes no one else by another phrase of that noun ("an opposition lawmaker"
 * beside "a ruling-party lawmaker"), and the person speaks for the side the statement already has,
 * if any. Left as it was otherwise.
 */
export function creditPersonsNamedLater(statements: StatementMention[], paragraphs: readonly ParagraphText[], lexicon: ActorLexicon): void {
  const described = statements.filter((s) => s.speaker.actor === null && s.speaker.name === null && headOf(s.speaker.description) !== null);
  if (described.length === 0) return;
  // Two descriptions with one head ("a ruling-party lawmaker", "an opposition lawmaker"): two people.
  const descriptionsOf = new Map<string, Set<string>>();
  for (const { speaker } of described) {
    const head = headOf(speaker.description) as string;
    descriptionsOf.set(head, (descriptionsOf.get(head) ?? new Set()).add(speaker.description.trim().toLowerCase()));
  }
  const namings = new Map<string, Naming[]>();
  for (const statement of described) {
    const description = statement.speaker.description.trim();
    const head = headOf(description) as string;
    if ((descriptionsOf.get(head)?.size ?? 0) > 1) continue;
    const first = firstPlace(description, paragraphs);
    if (!first) continue;
    if (!namings.has(head)) namings.set(head, namingsBy(head, paragraphs, lexicon));
    const all = namings.get(head) as Naming[];
    if (all.some((naming) => !after(naming, first))) continue;
    // "A ruling-party lawmaker said …" is not "opposition lawmaker Holt": the naming's own words must be the description's.
    const words = new Set(wordsOf(description));
    const actors = new Set(all.filter((naming) => naming.modifiers.every((word) => words.has(word))).map((naming) => naming.actor));
    if (actors.size !== 1) continue;
    const actor = lexicon.actor([...actors][0] as string);
    if (!actor) continue;
    const government = lexicon.governmentOf(actor.id);
    if (statement.government !== null && statement.government !== government) continue;
    statement.speaker = { name: actor.name, description: statement.speaker.description, actor: actor.id };
    statement.government = government;
  }
}

/** The head noun of an indefinite description of one person; null for anything else. */
function headOf(description: string): string | null {
  const head = DESCRIPTION.exec(description.trim())?.[1];
  return head && PERSON_ROLES.has(head) ? head : null;
}

/** Where the source first writes the description, in any capitalisation; null when it does not. */
function firstPlace(description: string, paragraphs: readonly ParagraphText[]): Place | null {
  const lower = description.toLowerCase();
  for (const { n, text } of paragraphs) {
    const at = text.toLowerCase().indexOf(lower);
    if (at >= 0) return { paragraph: n, at };
  }
  return null;
}

/** The words of a phrase, lower case, split at spaces and hyphens ("ruling-party" is "ruling", "party"). */
function wordsOf(phrase: string): string[] {
  return phrase.toLowerCase().split(/[\s-]+/).filter((word) => word !== '');
}

/** Words that end the noun phrase of a title, read leftwards from its noun: "by opposition lawmaker Holt". */
function endsTitlePhrase(word: string): boolean {
  const lower = word.toLowerCase();
  return lower === 'the' || lower === 'a' || lower === 'an' || PHRASE_STOP_WORDS.has(lower) || PHRASE_PREPOSITIONS.has(lower);
}

/** The words that end `before` (the text up to a title's noun), back to a mark or a word that ends the title's phrase. */
function titleModifiers(before: string): string[] {
  const words = before.split(/\s+/).filter((word) => word !== '');
  const modifiers: string[] = [];
  for (let i = words.length - 1; i >= 0 && modifiers.length < 4; i--) {
    const word = words[i] as string;
    if (!/^[\p{L}’'-]+$/u.test(word) || endsTitlePhrase(word)) break;
    modifiers.unshift(...wordsOf(word));
  }
  return modifiers;
}

/** Whether `naming` comes after the place `first`. */
function after(naming: Place, first: Place): boolean {
  return naming.paragraph > first.paragraph || (naming.paragraph === first.paragraph && naming.at > first.at);
}

/**
 * Every person the topic data lists whom the source names by `head`: as a title right before the name
 * ("Lawmaker Anna Holt") or in an indefinite apposition right after it ("Anna Holt, a Sylvanian lawmaker").
 */
function namingsBy(head: string, paragraphs: readonly ParagraphText[], lexicon: ActorLexicon): Naming[] {
  const title = new RegExp(`(?:^|[^\\p{L}’'-])${head}\\s+$`, 'iu');
  const titleNoun = new RegExp(`${head}\\s+$`, 'iu');
  // An indefinite apposition only: "Elchin Berg, the president's representative" holds a post of
  // someone's, which a description of "a representative" need not mean.
  const apposition = new RegExp(`^,\\s+an?\\s+((?:[\\p{L}.-]+\\s+){0,4}?)${head}(?![\\p{L}’'-])`, 'iu');
  const found: Naming[] = [];
  for (const { n, text } of paragraphs) {
    // Most paragraphs do not hold the noun at all.
    if (!text.toLowerCase().includes(head)) continue;
    for (const mention of lexicon.findMentions(text)) {
      if (lexicon.actor(mention.actorId)?.kind !== 'person') continue;
      const before = text.slice(Math.max(0, mention.index - 80), mention.index);
      const titled = title.exec(before);
      const apposed = titled ? null : apposition.exec(text.slice(mention.index + mention.text.length));
      if (!titled && !apposed) continue;
      const modifiers = titled ? titleModifiers(before.replace(titleNoun, '')) : wordsOf(apposed?.[1] ?? '');
      found.push({ paragraph: n, at: mention.index, actor: mention.actorId, modifiers });
    }
  }
  return found;
}
