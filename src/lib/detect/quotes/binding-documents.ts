/**
 * What a binding document provides, as its own statement: "a mutual defence pact that requires both
 * nations to assist each other", "The ceasefire, which took effect at noon, also stipulates the
 * withdrawal of …" (corpus README: a treaty that stipulates or obliges the parties is a statement of
 * the document). The verbs are speech only after such a document: "the operation requires fuel",
 * "Freedonia requires ships to report" are no provision of one. Generic English, no topic words.
 */
import type { SentenceView, Span } from './types.ts';

/** Verbs of what a binding document provides. */
export const PROVIDING_VERBS: ReadonlySet<string> = new Set(['stipulates', 'stipulated', 'requires', 'obliges', 'obligates']);

/**
 * The document right before the verb: a determiner, up to four words, a noun of a binding document;
 * then "that" or "which", or an aside set off by commas, and an adverb or two ("also"). Read from a
 * short tail of the sentence (an end-anchored pattern would be tried at every offset).
 */
const DOCUMENT_BEFORE_VERB =
  /(?<![\p{L}])(?:the|a|an|this|that|its|their|the\s+new)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:agreement|treaty|pact|accord|ceasefire|truce|deal|decree|law|resolution|charter|memorandum|constitution|protocol|convention)(?=(?:\s+(?:that|which)|\s*,[^,;]{1,160},)?\s+(?:(?:also|further|explicitly|clearly|reportedly)\s+)?$)/iu;

/** How far back the document may start. */
const TAIL = 240;

/** Whom a duty binds, then what it binds them to: "requires both nations to assist", "obliges them to", "requires that …". */
const BOUND_TO = /^\s+(?:that\b|(?:[\p{L}'’-]+\s+){1,5}?to\s+\p{Ll})/u;

/**
 * The binding document that provides what the verb at `verbSpan` reports, or null: none right before
 * it, or a verb of duty ("requires", "obliges") without whom it binds and to what.
 */
export function bindingDocumentBefore(view: SentenceView, verb: string, verbSpan: Span): Span | null {
  if (!verb.startsWith('stipulat') && !BOUND_TO.test(view.masked.slice(verbSpan.end, view.end))) return null;
  const from = Math.max(view.start, verbSpan.start - TAIL);
  const document = DOCUMENT_BEFORE_VERB.exec(view.masked.slice(from, verbSpan.start));
  return document ? { start: from + document.index, end: from + document.index + document[0].length } : null;
}
