/**
 * Who issued the document a sentence introduces with a speech verb: "Berg said in a statement that
 * Ruhl emphasized “…”" introduces Berg's statement, though Ruhl's words were quoted last. A later
 * "the statement read" is then Berg's, not the last-quoted Ruhl's.
 */
import type { KnownSpeaker } from './speaker-memory.ts';
import type { StatementMention } from './types.ts';
import { DOCUMENT_NOUNS } from './word-lists.ts';

/** Right after a speech verb: "said in a statement", "said on Monday in a letter", "wrote in a new post". */
const DOCUMENT_AFTER_VERB = new RegExp(`^\\s+(?:[\\p{L}\\d]+\\s+){0,3}?in\\s+(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${DOCUMENT_NOUNS})\\b`, 'iu');

/**
 * The speaker whose own verb introduces a document ("said in a statement"), among the sentence's
 * statements, matched to the speakers just remembered; null when no verb does, or when several
 * speakers' verbs do, which leaves the issuer to the sentence's last speaker as before.
 */
export function issuerOfDocument(said: readonly StatementMention[], paragraphText: string, recent: readonly KnownSpeaker[]): KnownSpeaker | null {
  const issuing = said.filter((m) => m.verb !== null && m.verbIndex !== null && DOCUMENT_AFTER_VERB.test(paragraphText.slice(m.verbIndex + m.verb.length)));
  const found = issuing.map((m) => recent.find((known) => sameCredit(m, known)) ?? null);
  const first = found[0];
  if (!first || found.some((known) => known !== first)) return null;
  return first;
}

/** Whether a statement is credited to a remembered speaker: the same actor, name and words. */
function sameCredit(mention: StatementMention, known: KnownSpeaker): boolean {
  const { speaker } = known;
  return mention.speaker.actor === speaker.actor && mention.speaker.name === speaker.name && mention.speaker.description === speaker.description;
}
