import type { DateMention } from '../detect/dates/types.ts';
import type { FigureMention } from '../detect/figures/types.ts';
import type { StatementMention } from '../detect/quotes/types.ts';
import type { SourceDocument } from '../model.ts';
import type { Sentence } from '../segment/sentences.ts';
import type { ActorMention } from '../topic/actor-lexicon.ts';

/** What the detect stages found in one paragraph. */
export interface ParagraphAnalysis {
  n: number;
  text: string;
  sentences: Sentence[];
  dates: DateMention[];
  figures: FigureMention[];
  actors: ActorMention[];
  statements: StatementMention[];
}

/** Everything detected in one source, paragraph by paragraph: the input of the assemble stage. */
export interface SourceAnalysis {
  source: SourceDocument;
  paragraphs: ParagraphAnalysis[];
}

/** The sentence of `paragraph` that contains offset `index`. */
export function sentenceAt(paragraph: ParagraphAnalysis, index: number): Sentence | undefined {
  return paragraph.sentences.find((s) => index >= s.start && index < s.end);
}

/** Whether `[start, end)` lies inside `[outerStart, outerEnd)`. */
export function within(start: number, end: number, outerStart: number, outerEnd: number): boolean {
  return start >= outerStart && end <= outerEnd;
}
