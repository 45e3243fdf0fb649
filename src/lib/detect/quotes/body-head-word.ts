/**
 * "Navy officials said", "a Navy spokesperson said", "according to the Navy": a body called by the
 * last word of its name alone, capitalised as a name, is the one body of the topic data that the
 * source names in full ("the Sylvanian Navy") and whose name ends in that word. Not when the source
 * also calls something else by the word ("the Freedonian Navy", which the topic data may not know):
 * the word alone may then be either's, and no government is better than a wrong one.
 */
import type { ActorLexicon } from '../../topic/actor-lexicon.ts';
import { endsInWords } from '../../topic/name-ends.ts';
import type { ParagraphText, StatementMention } from './types.ts';
import { GROUP_ROLES, PERSON_ROLES } from './word-lists.ts';

/** "the Navy", "Navy officials", "a Navy spokesperson": group 1 is the capitalised word, group 2 a role after it. */
const HEAD_WORD_PHRASE = /^(?:(?:the|a|an)\s+)?(\p{Lu}\p{Ll}{2,})(?:\s+(\p{Ll}+))?$/u;

/** Words that open a phrase without naming anything: "The Navy" at the start of a sentence. */
const OPENERS: ReadonlySet<string> = new Set(['The', 'A', 'An', 'Its', 'Their', 'His', 'Her', 'Our', 'This', 'That', 'Both', 'Each']);

/** Credits each statement of no speaker and no side, so phrased, to the one body `named` (actor ids) whose name ends in the word. */
export function creditBodiesByHeadWord(out: StatementMention[], paragraphs: readonly ParagraphText[], named: ReadonlyMap<string, number>, lexicon: ActorLexicon): void {
  const bodies = [...named.keys()].filter((id) => lexicon.actor(id)?.kind === 'body');
  if (bodies.length === 0) return;
  const found = new Map<string, string | null>();
  for (const mention of out) {
    const { speaker, government } = mention;
    if (speaker.actor !== null || speaker.name !== null || government !== null) continue;
    const phrase = HEAD_WORD_PHRASE.exec(speaker.description.trim());
    const word = phrase?.[1];
    const role = phrase?.[2];
    if (!word || (role !== undefined && !PERSON_ROLES.has(role) && !GROUP_ROLES.has(role))) continue;
    if (!found.has(word)) found.set(word, bodyOfHeadWord(word, bodies, paragraphs, lexicon));
    const body = found.get(word);
    if (!body) continue;
    mention.speaker = { ...speaker, actor: body };
    mention.government = lexicon.governmentOf(body);
  }
}

/** The one body of `bodies` whose name or an alias ends in `word`, if nothing else the source names ends in it; else null. */
function bodyOfHeadWord(word: string, bodies: readonly string[], paragraphs: readonly ParagraphText[], lexicon: ActorLexicon): string | null {
  const endsIn = (id: string) => {
    const actor = lexicon.actor(id);
    return actor !== undefined && [actor.name, ...actor.aliases].some((name) => endsInWords(name, word));
  };
  const fits = bodies.filter(endsIn);
  if (fits.length !== 1) return null;
  const body = fits[0] as string;
  // Every "Xyz Navy" of the source must be the body's own name.
  const qualified = new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{L}.'’-]*)\\s+${word}(?![\\p{L}])`, 'gu');
  for (const paragraph of paragraphs) {
    const own = lexicon.findMentions(paragraph.text).filter((m) => m.actorId === body);
    for (const match of paragraph.text.matchAll(qualified)) {
      if (OPENERS.has(match[1] as string)) continue;
      const at = match.index ?? 0;
      if (!own.some((m) => m.index <= at && at + match[0].length <= m.index + m.text.length)) return null;
    }
  }
  return body;
}
