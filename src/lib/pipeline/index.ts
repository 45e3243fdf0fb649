import { assembleEvents } from '../assemble/events.ts';
import { assembleFigures } from '../assemble/figures.ts';
import { assembleStatements } from '../assemble/statements.ts';
import type { EventCandidate, FigureCandidate, StatementCandidate } from '../assemble/candidate.ts';
import type { Topic } from '../content/load-topic.ts';
import { assignIds, eventBaseId, figureBaseId, statementBaseId } from '../ids.ts';
import type { ActorSummary, Briefing, Diagnostic, SourceDocument } from '../model.ts';
import { applyOverrides, type OverrideProblem } from '../overrides.ts';
import { reconcileEvents, reconcileFigures, reconcileStatements } from '../reconcile/index.ts';
import { createActorLexicon } from '../topic/actor-lexicon.ts';
import { type ProvenanceProblem, verifyProvenance } from '../verify.ts';
import type { BriefingFile } from '../../schemas/briefing.ts';
import { analyseSource } from './analyse-source.ts';
import { orderEvents, orderFigures, orderStatements } from './order.ts';

export interface PipelineInput {
  sources: SourceDocument[];
  topic: Topic;
  briefing: BriefingFile;
}

export interface PipelineResult {
  briefing: Briefing;
  /** Problems that must stop the build: overrides that cannot apply, citations the sources do not support. */
  overrideProblems: OverrideProblem[];
  provenanceProblems: ProvenanceProblem[];
}

function stripOrigin<T extends { origin: unknown }>({ origin: _origin, ...item }: T): Omit<T, 'origin'> {
  return item;
}

/**
 * Builds the briefing from all sources. The stages run in this order:
 *
 * 1. segment + detect, per source: sentences, dates, figures, actor mentions, statements
 *    (`analyseSource`), each detector reading the paragraphs numbered by the shared rule;
 * 2. assemble, per source: statements, figures and events as candidates, each citing its words;
 * 3. reconcile across sources: one item per thing reported, citing every report — before ids,
 *    so an item's id does not depend on how many outlets reported it;
 * 4. ids from content (date, who, a few words), stable when unrelated sources are added;
 * 5. editorial overrides from content/briefing.yaml — after ids, since they name items by id;
 * 6. order for reading, then verify provenance last, so that nothing an override added or
 *    corrected escapes the check.
 */
export function runPipeline({ sources, topic, briefing }: PipelineInput): PipelineResult {
  const lexicon = createActorLexicon(topic.actors);
  const diagnostics: Diagnostic[] = [];
  const statements: StatementCandidate[] = [];
  const figures: FigureCandidate[] = [];
  const events: EventCandidate[] = [];

  for (const source of sources) {
    const analysis = analyseSource(source, lexicon, topic.figureCategories);
    for (const [list, assembled] of [
      [statements, assembleStatements(analysis)],
      [figures, assembleFigures(analysis, lexicon)],
      [events, assembleEvents(analysis, lexicon)],
    ] as const) {
      (list as unknown[]).push(...assembled.candidates);
      diagnostics.push(...assembled.diagnostics);
    }
  }

  const reconciled = { statements: reconcileStatements(statements), figures: reconcileFigures(figures), events: reconcileEvents(events) };
  diagnostics.push(...reconciled.statements.diagnostics, ...reconciled.figures.diagnostics, ...reconciled.events.diagnostics);

  const { items, problems: overrideProblems } = applyOverrides(
    {
      events: assignIds(reconciled.events.items, eventBaseId),
      statements: assignIds(reconciled.statements.items, statementBaseId),
      figures: assignIds(reconciled.figures.items, figureBaseId),
    },
    briefing.overrides,
  );

  const actors: ActorSummary[] = topic.actors.map((actor) => ({
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    government: lexicon.governmentOf(actor.id),
  }));

  const model: Briefing = {
    version: 1,
    title: briefing.title,
    description: briefing.description,
    sources,
    events: orderEvents(items.events.map(stripOrigin)),
    statements: orderStatements(items.statements.map(stripOrigin)),
    figures: orderFigures(items.figures.map(stripOrigin), topic.figureCategories.map((c) => c.id)),
    actors,
    diagnostics,
  };
  return { briefing: model, overrideProblems, provenanceProblems: verifyProvenance(model) };
}
