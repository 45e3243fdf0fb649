import type { EventCandidate, FigureCandidate, StatementCandidate } from '../assemble/candidate.ts';
import { assembleEvents } from '../assemble/events.ts';
import { assembleFigures } from '../assemble/figures.ts';
import { assembleStatements } from '../assemble/statements.ts';
import type { Diagnostic, SourceDocument } from '../model.ts';
import type { FigureCategory } from '../../schemas/figure-category.ts';
import type { ActorLexicon } from '../topic/actor-lexicon.ts';
import { analyseSources } from './analyse-source.ts';

/** What one source contributes before reconciliation: its candidates and the editor's diagnostics. */
export interface SourceCandidates {
  statements: StatementCandidate[];
  figures: FigureCandidate[];
  events: EventCandidate[];
  diagnostics: Diagnostic[];
}

/**
 * Segment, detect and assemble for one source: everything the pipeline does before it looks at
 * other sources. It depends on the source and the topic data alone, so its result can be kept
 * between builds (source-cache.ts).
 */
export function assembleSource(source: SourceDocument, lexicon: ActorLexicon, categories: readonly FigureCategory[]): SourceCandidates {
  return assembleSources([source], lexicon, categories)[0] as SourceCandidates;
}

/**
 * `assembleSource` for several sources, in their order, run stage by stage as `analyseSources`
 * runs the detect stages: every source's statements, then their figures, then their events. Each
 * source's candidates are those `assembleSource` gives it; a thread with many sources to analyse
 * gives them a chunk at a time, which is quicker than one at a time.
 */
export function assembleSources(sources: readonly SourceDocument[], lexicon: ActorLexicon, categories: readonly FigureCategory[]): SourceCandidates[] {
  const analyses = analyseSources(sources, lexicon, categories);
  const statements = analyses.map((analysis) => assembleStatements(analysis, lexicon));
  const figures = analyses.map((analysis) => assembleFigures(analysis, lexicon));
  const events = analyses.map((analysis) => assembleEvents(analysis, lexicon));
  return statements.map((own, i) => {
    const figured = figures[i] as (typeof figures)[number];
    const dated = events[i] as (typeof events)[number];
    return {
      statements: own.candidates,
      figures: figured.candidates,
      events: dated.candidates,
      diagnostics: [...own.diagnostics, ...figured.diagnostics, ...dated.diagnostics],
    };
  });
}
