/**
 * The subject of a quoted predicate when it names no speaker: "Additionally, the frigate “is operating
 * …”", "The crews “will stay …”". A document's sentence about a thing or a group, cut where its quoted
 * wording begins; the subject only tells whose side it is about (`accountGoingOn`), never who spoke.
 */
import type { SentenceView, Span } from './types.ts';

/**
 * Before the quotation: an optional opening adverb and comma ("Additionally,"), "the" and up to four
 * words, an optional adverb. No auxiliary among them ("The minister will explore “…”" quotes an
 * object, not a predicate), no pronoun or relative ("The crews hope it “will end …”", "the crews
 * that “…”": a clause of the writer's own begins), nor a comma.
 */
const DETERMINED_SUBJECT =
  /^\s*(?:\p{Lu}\p{Ll}+,\s+)?([Tt]he(?:\s+(?!(?:is|are|was|were|has|have|had|will|would|shall|can|could|must|should|may|might|also|again|further|later|then|reportedly|it|he|she|they|we|I|you|that|which|who)\b)[\p{L}\d][\p{L}\d’'-]*){1,4})\s+(?:(?:also|again|further|later|then|reportedly)\s+)?$/u;

/** The determined noun phrase that is all a sentence holds before the quotation at `open`; null for any other. */
export function determinedSubjectBefore(view: SentenceView, open: number): Span | null {
  const before = view.masked.slice(view.start, open);
  const m = DETERMINED_SUBJECT.exec(before);
  if (!m || m[1] === undefined) return null;
  // The opening adverb is one word and a comma, so "the …" is first found where the group matched.
  const start = view.start + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
}
