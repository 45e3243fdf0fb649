/**
 * Any participle after "was quoted as" is the subject's speech. "Berg was quoted as ordering the
 * troops to “…”", "She was quoted as restating the party's support for “…”": "quoted as" already says
 * the words are the subject's, whatever the participle tells of them, as "quoted as saying" did; a
 * participle that is no speech verb of its own ("ordering", "restating") had left the quotation no
 * one's, or the quoting outlet's. Only after a form of "be" ("was quoted as", "has been cited as"), with
 * the quoting source between if any ("was quoted by the Courier as"): "the ships quoted as carrying
 * grain" (a price quoted) and "as ordering" with no "quoted" are no speech.
 */
import type { SentenceView } from './types.ts';

/** A participle right after "<be> quoted|cited [by <source>] as". */
const QUOTED_AS_PARTICIPLE = /(?<=\b(?:was|were|is|are|been|being)\s+(?:quoted|cited)\s+(?:by\s+[^,;.\u2592]{1,80}?\s+)?as\s+)\p{Ll}+ing(?![\p{L}\p{N}'’-])/gu;

/**
 * The participles after "was quoted as" in a sentence (quotations masked) that the speech verbs
 * (`matches`) do not already hold, merged with them in text order.
 */
export function withQuotedAsParticiples(sentence: string, matches: RegExpExecArray[]): RegExpExecArray[] {
  if (!sentence.includes(' as ')) return matches;
  const extra = [...sentence.matchAll(QUOTED_AS_PARTICIPLE)].filter((m) => !matches.some((known) => known.index === m.index)) as RegExpExecArray[];
  return extra.length === 0 ? matches : [...matches, ...extra].sort((a, b) => a.index - b.index);
}

/** Whether the verb at `verbToken` is a participle after "was quoted as": its subject is the one quoted. */
export function isQuotedAsParticiple(view: SentenceView, verbToken: number): boolean {
  const token = view.tokens[verbToken];
  if (!token) return false;
  QUOTED_AS_PARTICIPLE.lastIndex = 0;
  const sentence = view.masked.slice(view.start, view.end);
  return [...sentence.matchAll(QUOTED_AS_PARTICIPLE)].some((m) => view.start + m.index === token.start);
}
