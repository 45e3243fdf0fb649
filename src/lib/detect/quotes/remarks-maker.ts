/**
 * Who made the remarks. A sentence that opens "Berg, the ministry's deputy spokesperson, made the
 * remarks after Ruhl vowed to “…”" names the speaker of the words before it, and a reader's "he" in
 * the next sentence ("“…,” he told a briefing") is Berg, the sentence's subject, not Ruhl, whom it
 * told of in passing; the pronoun had gone to the last speaker the sentence quoted, a person of
 * another side. The sentence is no statement of its own (the corpus gold lists none for "Berg made the
 * remarks in a message …"): only whom the reader remembers last changes.
 */
import { type ResolveContext, type ResolvedSpeaker, resolveSpeakers } from './resolve-speaker.ts';

/**
 * "<subject>[, <apposition>,] made the remarks|comments|statement": the subject, and the apposition
 * between commas. Not "<subject> made remarks" (no determiner: any remarks, not the ones told), nor
 * a report of another's ("The Courier said Berg made the comments"): a speech verb before "made"
 * leaves the sentence as it was.
 */
const MADE_THE_REMARKS = /^\s*(?![^,]*?\b(?:said|says|told|tells|reported|reports|added|noted|claimed|claims)\b)([\p{Lu}][^,]*?)(?:,\s*([^,]+?),)?\s+(?:also\s+)?made\s+(?:the|these|those|his|her|such)\s+(?:remarks?|comments?|statements?)\b/u;

/** The person a sentence says made the remarks, resolved as a speaker phrase; null when it says none or names no one known. */
export function remarksMaker(sentence: string, context: ResolveContext): ResolvedSpeaker | null {
  const match = MADE_THE_REMARKS.exec(sentence);
  if (!match) return null;
  const resolved = resolveSpeakers(match[1] as string, match[2] ?? null, 'made the remarks', context);
  const [one] = resolved;
  return resolved.length === 1 && one && one.kind === 'person' && one.resolvedBy !== 'none' ? one : null;
}
