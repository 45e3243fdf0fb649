/**
 * "A Sylvanian lawmaker said on Tuesday that …. ¶ Lawmaker Anna Holt said she had met …": copy often
 * opens on a person described, not named, and names them a paragraph or more on by the same noun, as a
 * title before the name ("Lawmaker Anna Holt", "said Sylvanian military spokesperson, Anna Berg", "The
 * spokesman, Col. Ruhl,") or in an indefinite apposition after it ("Anna Holt, a Sylvanian lawmaker,").
 * The indefinite article introduces someone new; the later naming tells who, and the speaker is that
 * name (corpus README: the name when the article gives it anywhere). Read once the whole source has
 * been read, since the name comes later.
 */
import type { ActorLexicon } from '../../topic/actor-lexicon.ts';
import { PERSON_ROLES, PHRASE_PREPOSITIONS, PHRASE_STOP_WORDS } from './word-lists.ts';
import type { ParagraphText, StatementMention } from './types.ts';

/**
 * "a Sylvanian military spokesperson", "a spokesperson for the State Bureau": an indefinite description
 * of one person. Group 1: the words before its head; group 2: the head noun.
 */
const DESCRIPTION = /^[Aa]n?\s+((?:[\p{L}.’'-]+\s+){0,4}?)(\p{Ll}[\p{Ll}-]*)(?:\s+(?:for|of|from|with|at)\s+[^,;:]+)?$/u;

/** Words by which a description says the person is not named: "an anonymous spokesperson" is no one a later name tells. */
const NOT_NAMED = new Set(['anonymous', 'unnamed', 'unidentified']);

/** Where a text is read: a paragraph's number and an offset in it. */
interface Place {
  paragraph: number;
  at: number;
}

/** A person the source names by a noun, where, and the words it gives with the noun ("Opposition" of "Opposition lawmaker Holt"). */
interface Naming extends Place {
  actor: string;
  /** The words before the noun, as written. */
  words: string;
  /** Whether the title is definite ("the spokesman, Col. Ruhl,"): it points back to the one described. */
  definite: boolean;
}

/** An indefinite description of one person read from a speaker: its head noun and the words before it. */
interface Description {
  head: string;
  words: string;
}

/**
 * Gives each statement whose speaker is only an indefinite description of a person ("a Sylvanian
 * lawmaker"), or a body read from it ("a Sylvanian military spokesperson" as the military), the person
 * the source names by the same noun after that description first appears, when exactly one so named
 * fits it, no one is so named before it (then "a lawmaker" is someone else), the source describes no
 * one else by another phrase of that noun ("an opposition lawmaker" beside "a ruling-party lawmaker"),
 * and the person speaks for the side the statement already has, if any. A naming fits when the words
 * of each are the other's ("opposition lawmaker Holt" is not "a ruling-party lawmaker", "spokesperson
 * Berg" not "a military spokesperson"), except a side the person speaks for ("Sylvanian"), which either
 * may leave out, and a definite title ("the spokesman,"), which points back and need not repeat the
 * description. A description that says the person is not named ("an anonymous spokesperson") is left.
 */
export function creditPersonsNamedLater(statements: StatementMention[], paragraphs: readonly ParagraphText[], lexicon: ActorLexicon): void {
  const described = statements.filter((s) => s.speaker.name === null && !isPerson(s.speaker.actor, lexicon) && descriptionOf(s.speaker.description) !== null);
  if (described.length === 0) return;
  // Two descriptions with one head ("a ruling-party lawmaker", "an opposition lawmaker"): two people.
  const descriptionsOf = new Map<string, Set<string>>();
  for (const { speaker } of described) {
    const { head } = descriptionOf(speaker.description) as Description;
    descriptionsOf.set(head, (descriptionsOf.get(head) ?? new Set()).add(speaker.description.trim().toLowerCase()));
  }
  const namings = new Map<string, Naming[]>();
  for (const statement of described) {
    const description = descriptionOf(statement.speaker.description) as Description;
    const { head } = description;
    if ((descriptionsOf.get(head)?.size ?? 0) > 1) continue;
    if (wordsOf(description.words).some((word) => NOT_NAMED.has(word))) continue;
    const first = firstPlace(statement.speaker.description.trim(), paragraphs);
    if (!first) continue;
    if (!namings.has(head)) namings.set(head, namingsBy(head, paragraphs, lexicon));
    const all = namings.get(head) as Naming[];
    if (all.some((naming) => !after(naming, first))) continue;
    const actors = new Set(all.filter((naming) => fits(naming, description.words, lexicon)).map((naming) => naming.actor));
    if (actors.size !== 1) continue;
    const actor = lexicon.actor([...actors][0] as string);
    if (!actor) continue;
    const government = lexicon.governmentOf(actor.id);
    if (statement.government !== null && statement.government !== government) continue;
    statement.speaker = { name: actor.name, description: statement.speaker.description, actor: actor.id };
    statement.government = government;
  }
}

/** Whether an actor is a person; a body read from a description ("a military spokesperson") may give way to its spokesperson, a person may not. */
function isPerson(actor: string | null, lexicon: ActorLexicon): boolean {
  return actor !== null && lexicon.actor(actor)?.kind === 'person';
}

/** The head noun and the words before it of an indefinite description of one person; null for anything else. */
function descriptionOf(speaker: string): Description | null {
  const found = DESCRIPTION.exec(speaker.trim());
  const head = found?.[2];
  return found && head && PERSON_ROLES.has(head) ? { head, words: found[1] ?? '' } : null;
}

/**
 * Whether a naming fits a description's words: each word one gives that the other lacks ("opposition"
 * against "ruling-party", "military" against none) tells two people, unless it names the side the
 * person speaks for; a side the person does not speak for tells another person. A definite title
 * points back to the one described, so only its own words must be the description's.
 */
function fits(naming: Naming, described: string, lexicon: ActorLexicon): boolean {
  const government = lexicon.governmentOf(naming.actor);
  const descriptionSides = sidesIn(described, lexicon);
  const namingSides = sidesIn(naming.words, lexicon);
  if ([...descriptionSides, ...namingSides].some((side) => side.government !== government)) return false;
  const descriptionWords = withoutSides(described, descriptionSides);
  const namingWords = withoutSides(naming.words, namingSides);
  if (!namingWords.every((word) => descriptionWords.includes(word))) return false;
  return naming.definite || descriptionWords.every((word) => namingWords.includes(word));
}

/** A side a phrase names by a demonym or a government's name ("Sylvanian", "Fredonburg"), and its words. */
interface Side {
  government: string;
  text: string;
}

/** The sides a phrase names. */
function sidesIn(phrase: string, lexicon: ActorLexicon): Side[] {
  const demonyms = lexicon.findDemonyms(phrase).map(({ government, text }) => ({ government, text }));
  const governments = lexicon
    .findMentions(phrase)
    .filter((mention) => lexicon.actor(mention.actorId)?.kind === 'government')
    .map((mention) => ({ government: mention.actorId, text: mention.text }));
  return [...demonyms, ...governments];
}

/** The words of a phrase, lower case, but those of the sides it names. */
function withoutSides(phrase: string, sides: readonly Side[]): string[] {
  const sideWords = new Set(sides.flatMap((side) => wordsOf(side.text)));
  return wordsOf(phrase).filter((word) => !sideWords.has(word));
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

/**
 * The words that end `before` (the text up to a title's noun), back to a mark or a word that ends the
 * title's phrase, and whether that word is "the".
 */
function titleWords(before: string): { words: string; definite: boolean } {
  const tokens = before.split(/\s+/).filter((token) => token !== '');
  const words: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && words.length < 4; i--) {
    const token = tokens[i] as string;
    if (!/^[\p{L}’'-]+$/u.test(token)) break;
    if (endsTitlePhrase(token)) return { words: words.join(' '), definite: token.toLowerCase() === 'the' };
    words.unshift(token);
  }
  return { words: words.join(' '), definite: false };
}

/** Whether `naming` comes after the place `first`. */
function after(naming: Place, first: Place): boolean {
  return naming.paragraph > first.paragraph || (naming.paragraph === first.paragraph && naming.at > first.at);
}

/**
 * Every person the topic data lists whom the source names by `head`: as a title right before the name
 * ("Lawmaker Anna Holt", "spokesperson, Anna Berg", "the spokesman, Brig. Gen. Tomas Ruhl": a rank may
 * stand between) or in an indefinite apposition right after it ("Anna Holt, a Sylvanian lawmaker").
 */
function namingsBy(head: string, paragraphs: readonly ParagraphText[], lexicon: ActorLexicon): Naming[] {
  // The head may open a sentence as a title: "Lawmaker Anna Holt said …".
  const noun = `[${head.charAt(0)}${head.charAt(0).toUpperCase()}]${head.slice(1)}`;
  // A rank between is a word or a short abbreviation ("Col.", "Brig. Gen."); a longer word and a
  // full stop end a sentence ("met the lawmaker Friday. Lena Holt …").
  const title = new RegExp(`(?<![\\p{L}’'-])${noun},?\\s+(?:\\p{Lu}\\p{L}{0,4}\\.\\s+|\\p{Lu}\\p{L}*\\s+){0,3}$`, 'u');
  // An indefinite apposition only: "Elchin Berg, the president's representative" holds a post of
  // someone's, which a description of "a representative" need not mean.
  const apposition = new RegExp(`^,\\s+an?\\s+((?:[\\p{L}.’'-]+\\s+){0,4}?)${head}(?![\\p{L}’'-])`, 'iu');
  const found: Naming[] = [];
  for (const { n, text } of paragraphs) {
    // Most paragraphs do not hold the noun at all.
    if (!text.toLowerCase().includes(head)) continue;
    for (const mention of lexicon.findMentions(text)) {
      if (lexicon.actor(mention.actorId)?.kind !== 'person') continue;
      const before = text.slice(Math.max(0, mention.index - 80), mention.index);
      const titled = title.exec(before);
      if (titled) {
        found.push({ paragraph: n, at: mention.index, actor: mention.actorId, ...titleWords(before.slice(0, titled.index)) });
        continue;
      }
      const apposed = apposition.exec(text.slice(mention.index + mention.text.length));
      if (apposed) found.push({ paragraph: n, at: mention.index, actor: mention.actorId, words: (apposed[1] ?? '').trim(), definite: false });
    }
  }
  return found;
}
