/**
 * "A Sylvanian military spokesperson said on Friday that … ¶ …, said Sylvanian military spokesperson,
 * Anna Berg.": a person a lead introduces by an indefinite description of their office, then names
 * with that same office beside the name. The speaker is the name the article gives (corpus README:
 * the name when the article gives it anywhere). Read once the whole source has been read, since the
 * name comes later. Generic English: an indefinite noun phrase introduces someone; the same office
 * written later as a title before a name ("military spokesperson Anna Berg", "the spokesman, Col. Ruhl,")
 * identifies them.
 */
import type { ActorLexicon } from '../../topic/actor-lexicon.ts';
import type { ParagraphText, StatementMention } from './types.ts';

/**
 * "a Sylvanian military spokesperson", "a spokesperson for the rebels", "an official from the ministry":
 * an indefinite description. Group 1: the words before its head; group 2: the head noun.
 */
const DESCRIPTION = /^[Aa]n?\s+((?:[\p{L}.-]+\s+){0,4}?)(\p{Ll}{3,})(?:\s+(?:for|of|from|with|at)\s+[^,;:]+)?$/u;

/** How many paragraphs after the statement's a naming may stand: a lead and the paragraphs that follow it. */
const PARAGRAPHS_AFTER = 3;

/**
 * The office right before a name, with the words before its head: "Sylvanian military spokesperson, ",
 * "lawmaker ", "the spokesman, Brig. Gen. " (a rank or title between). Group 1: the words before the head.
 */
function titleBefore(head: string): RegExp {
  // The head may open a sentence as a title: "Spokesperson Anna Berg told …".
  const word = `[${head.charAt(0)}${head.charAt(0).toUpperCase()}]${head.slice(1)}`;
  return new RegExp(`(?:^|[^\\p{L}])((?:[\\p{L}'’.-]+\\s+){0,5}?)${word},?\\s+(?:\\p{Lu}[\\p{L}]*\\.?\\s+){0,3}$`, 'u');
}

/** The words of a phrase, lower case. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}][\p{L}'’.-]*/gu) ?? [];
}

/**
 * Whether the title before a name repeats the description: every word the description puts before its
 * head ("Sylvanian military" of "a Sylvanian military spokesperson") is in the title's words, or the
 * title is "the <head>" alone, which points back to the one described ("the spokesman, Col. Ruhl,").
 */
function repeatsDescription(modifiers: readonly string[], office: string): boolean {
  const words = wordsOf(office);
  if (words.at(-1) === 'the') return true;
  return modifiers.every((word) => words.includes(word));
}

/**
 * Gives each statement whose speaker is only an indefinite description of someone's office ("A
 * Sylvanian military spokesperson") the person the source names later, within a few paragraphs, with
 * that office as a title before the name ("Sylvanian military spokesperson, Anna Berg", "the
 * spokesman, Col. Tomas Ruhl,"), when exactly one such person is named and that person speaks for the
 * government the statement already has (no side is added or changed). An office told in an apposition
 * after a name ("Ruhl, the president's special envoy") may be another holder's, and a name given
 * before the description is someone else ("a lawmaker" after "lawmaker Max Ober said" introduces
 * another lawmaker). Left as it was otherwise.
 */
export function creditPersonsNamedAfter(statements: StatementMention[], paragraphs: readonly ParagraphText[], lexicon: ActorLexicon): void {
  for (const statement of statements) {
    const { speaker } = statement;
    if (speaker.name !== null || statement.government === null || statement.resolvedBy !== 'explicit') continue;
    // A body the description named ("a Sylvanian military spokesperson" read as the military) may give way
    // to its spokesperson; a person already found may not.
    if (speaker.actor !== null && lexicon.actor(speaker.actor)?.kind === 'person') continue;
    const described = DESCRIPTION.exec(speaker.description.trim());
    const head = described?.[2];
    if (!described || !head) continue;
    const modifiers = wordsOf(described[1] ?? '');
    const person = personNamedAfter(head, modifiers, statement, paragraphs, lexicon);
    if (person === null || lexicon.governmentOf(person) !== statement.government) continue;
    const actor = lexicon.actor(person);
    statement.speaker = { name: actor?.name ?? null, description: speaker.description, actor: person };
  }
}

/** The one person the source names with the office as a title after the statement's sentence; null when none or several. */
function personNamedAfter(head: string, modifiers: readonly string[], statement: StatementMention, paragraphs: readonly ParagraphText[], lexicon: ActorLexicon): string | null {
  const before = titleBefore(head);
  const found = new Set<string>();
  for (const { n, text } of paragraphs) {
    if (n < statement.paragraph || n > statement.paragraph + PARAGRAPHS_AFTER) continue;
    // Only what follows the statement's own sentence.
    const from = n === statement.paragraph ? statement.index + statement.evidence.length : 0;
    const rest = text.slice(from);
    if (!rest.toLowerCase().includes(head)) continue;
    for (const mention of lexicon.findMentions(rest)) {
      if (lexicon.actor(mention.actorId)?.kind !== 'person') continue;
      const title = before.exec(rest.slice(Math.max(0, mention.index - 80), mention.index));
      if (title && repeatsDescription(modifiers, title[1] ?? '')) found.add(mention.actorId);
    }
  }
  return found.size === 1 ? ([...found][0] as string) : null;
}
