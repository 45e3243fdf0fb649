import type { EventCandidate, FigureCandidate, StatementCandidate } from '../assemble/candidate.ts';
import { assembleEvents } from '../assemble/events.ts';
import { assembleFigures } from '../assemble/figures.ts';
import { assembleStatements } from '../assemble/statements.ts';
import type { Diagnostic, SourceDocument } from '../model.ts';
import type { FigureCategory } from '../../schemas/figure-category.ts';
import type { ActorLexicon } from '../topic/actor-lexicon.ts';
import { analyseSource } from './analyse-source.ts';

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
  const analysis = analyseSource(source, lexicon, categories);
  const statements = assembleStatements(analysis, lexicon);
  const figures = assembleFigures(analysis, lexicon);
  const events = assembleEvents(analysis, lexicon);
  return {
    statements: statements.candidates,
    figures: figures.candidates,
    events: events.candidates,
    diagnostics: [...statements.diagnostics, ...figures.diagnostics, ...events.diagnostics],
  };
}
