/**
 * A reported statement whose content the writer's own sentence holds, with no speech verb around it: a
 * claim a name owns ("Berg's claim that …", `possessed-claims.ts`) or a document's binding term ("a pact
 * that obliges both sides to …", `binding-terms.ts`). Cited with its whole sentence.
 */
import type { SentenceView, StatementMention } from './types.ts';

/** Fewer words than this in the content say too little to list. */
export const MIN_CONTENT_WORDS = 4;

/** Who the statement is credited to, and by what word. */
export type SentenceReportCredit = Pick<StatementMention, 'speaker' | 'government' | 'verb' | 'verbIndex'>;

/** The statement whose content is `length` characters from `from` (an offset into the sentence `view`). */
export function reportInSentence(view: SentenceView, paragraph: number, from: number, length: number, credit: SentenceReportCredit): StatementMention {
  const at = view.start + from;
  return {
    paragraph,
    kind: 'reported',
    quote: null,
    reported: view.text.slice(at, at + length),
    evidence: view.text.slice(view.start, view.end).trim(),
    index: view.start,
    ...credit,
    resolvedBy: 'explicit',
  };
}
