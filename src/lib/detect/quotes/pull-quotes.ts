/**
 * Pull quotes: a block of someone's words set off from the story and signed by a card, "Anna Berg
 * Deputy Spokesperson of the State Bureau", which a paste keeps as a paragraph of its own after the
 * block. Like an embedded post (`embedded-posts.ts`) the block is the signer's words quoted whole,
 * though the page prints no quotation marks around it.
 */
import type { ActorLexicon } from '../../topic/actor-lexicon.ts';
import type { EmbeddedPost } from './embedded-posts.ts';
import type { ParagraphText, QuoteSpan } from './types.ts';
import { TITLE_WORDS } from './word-lists.ts';

/**
 * A signature card: two to ten words, each capitalised but a few linking ones, with no closing
 * punctuation and no verb: "Anna Berg Deputy Spokesperson", "Tomas Ruhl, Minister of Defence".
 */
const CARD = /^\p{Lu}[\p{L}'’.-]*(?:,?\s+(?:(?:of|the|for|and|on)\s+)*\p{Lu}[\p{L}'’.-]*){1,9}$/u;

/** Words of someone speaking for themselves or their side: "we", "I", "our". */
const FIRST_PERSON = /(?:^|[^\p{L}])(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]y)(?![\p{L}'’])/u;

/** Words of the writer telling of someone's speech: the paragraph is a report, not the block. */
const TOLD_BY_WRITER = /\b(?:said|says|told|tells|added|adds|stated|states|according\s+to)\b/i;

/**
 * The blocks of a source signed by a card: the paragraph right before a card whose words the topic
 * data reads as one person, when that paragraph speaks in the first person, holds no quotation marks,
 * tells of no one's speech and does not introduce what follows with a colon. A card of no known
 * person, or after words of the writer's own, signs nothing.
 */
export function findPullQuotes(paragraphs: readonly ParagraphText[], spans: readonly QuoteSpan[][], lexicon: ActorLexicon): EmbeddedPost[] {
  const blocks: EmbeddedPost[] = [];
  paragraphs.forEach((paragraph, p) => {
    const card = paragraph.text.trim();
    const block = paragraphs[p - 1];
    if (!block || !CARD.test(card)) return;
    if ((spans[p - 1] ?? []).length > 0 || /:\s*$/.test(block.text) || !FIRST_PERSON.test(block.text) || TOLD_BY_WRITER.test(block.text)) return;
    const name = signer(card, lexicon);
    if (name) blocks.push({ at: p - 1, account: name });
  });
  return blocks;
}

/**
 * The person a card names, as written, when it opens with them and the rest is their title: words of
 * offices and the names of actors ("President of Sylvania"). Null for anything else ("Ruhl Speaks
 * Out" is a crosshead about him).
 */
function signer(card: string, lexicon: ActorLexicon): string | null {
  const mentions = lexicon.findMentions(card);
  const first = mentions[0];
  if (!first || first.index !== 0 || lexicon.actor(first.actorId)?.kind !== 'person') return null;
  let rest = card.slice(first.text.length);
  for (const m of mentions.slice(1)) rest = rest.replace(m.text, ' ');
  const words = rest.split(/[\s,]+/).filter((w) => w !== '');
  return words.every((w) => TITLE_WORDS.has(w) || LINKING_WORDS.has(w)) ? first.text : null;
}

const LINKING_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'for', 'and', 'on']);
