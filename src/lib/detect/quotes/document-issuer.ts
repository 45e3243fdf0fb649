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
 * Right after a statement's words, a document they are given from: "Sylvania claims that Freedonia is
 * arming the rebels, according to a press release".
 */
const DOCUMENT_AFTER_WORDS = new RegExp(`^\\s*,\\s*according\\s+to\\s+(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${DOCUMENT_NOUNS})\\b`, 'iu');

/**
 * The speaker whose own verb introduces a document ("said in a statement"), or whose words a document
 * is cited for ("claims that …, according to a press release"), among the sentence's statements,
 * matched to the speakers just remembered; null when none does, or when several speakers do, which
 * leaves the issuer to the sentence's last speaker as before.
 */
export function issuerOfDocument(said: readonly StatementMention[], paragraphText: string, recent: readonly KnownSpeaker[]): KnownSpeaker | null {
  const issuing = said.filter((m) => introducesDocument(m, paragraphText) || citesDocument(m, paragraphText));
  const found = issuing.map((m) => recent.find((known) => sameCredit(m, known)) ?? null);
  const first = found[0];
  if (!first || found.some((known) => known !== first)) return null;
  return first;
}

/** Whether the statement's own verb introduces a document: "said in a statement". */
function introducesDocument(mention: StatementMention, paragraphText: string): boolean {
  return mention.verb !== null && mention.verbIndex !== null && DOCUMENT_AFTER_VERB.test(paragraphText.slice(mention.verbIndex + mention.verb.length));
}

/** Whether a document is cited right after the statement's reported words: "…, according to a press release". */
function citesDocument(mention: StatementMention, paragraphText: string): boolean {
  if (mention.reported === null || mention.relays) return false;
  const at = paragraphText.indexOf(mention.reported, mention.index);
  return at >= 0 && DOCUMENT_AFTER_WORDS.test(paragraphText.slice(at + mention.reported.length));
}

/** Whether a statement is credited to a remembered speaker: the same actor, name and words. */
function sameCredit(mention: StatementMention, known: KnownSpeaker): boolean {
  const { speaker } = known;
  return mention.speaker.actor === speaker.actor && mention.speaker.name === speaker.name && mention.speaker.description === speaker.description;
}
