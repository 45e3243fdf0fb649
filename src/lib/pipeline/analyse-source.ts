import type { SourceAnalysis } from '../assemble/source-analysis.ts';
import { lastDay, lastPeriod, type Period } from '../detect/dates/anchored.ts';
import { findDates } from '../detect/dates/index.ts';
import { findFigures } from '../detect/figures/index.ts';
import { findStatements } from '../detect/quotes/index.ts';
import type { SourceDocument } from '../model.ts';
import type { FigureCategory } from '../../schemas/figure-category.ts';
import { segmentSentences } from '../segment/sentences.ts';
import type { ActorLexicon } from '../topic/actor-lexicon.ts';

/**
 * The segment and detect stages for one source. Paragraphs come numbered by the shared rule;
 * statements are read across the whole source so a quote continued in the next paragraph keeps
 * its speaker; everything else is read paragraph by paragraph.
 */
export function analyseSource(source: SourceDocument, lexicon: ActorLexicon, categories: readonly FigureCategory[]): SourceAnalysis {
  const paragraphs = source.paragraphs.map(({ n, text }) => ({ n, text, sentences: segmentSentences(text) }));
  const statements = findStatements(paragraphs, lexicon);
  // The last day told so far, for "the following day" at the start of the next paragraph; before
  // any, the day of publication ("the ministry said the previous day" in the lead).
  let anchor: string = source.published;
  // The last date of any kind told so far, for "since then" and "that month"; none before the first.
  let period: Period | null = null;
  return {
    source,
    paragraphs: paragraphs.map(({ n, text, sentences }) => {
      const dates = findDates(text, source.published, anchor, period);
      anchor = lastDay(dates) ?? anchor;
      period = lastPeriod(dates) ?? period;
      return {
        n,
        text,
        sentences,
        dates,
        figures: findFigures(text, categories, sentences),
        actors: lexicon.findMentions(text),
        statements: statements.filter((s) => s.paragraph === n),
      };
    }),
  };
}
