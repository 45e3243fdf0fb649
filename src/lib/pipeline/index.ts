import type { EventCandidate, FigureCandidate, StatementCandidate } from '../assemble/candidate.ts';
import { idLocks } from '../anchors/id-lock.ts';
import type { AnchorManifest } from '../anchors/manifest.ts';
import type { Topic } from '../content/load-topic.ts';
import { assignIds, eventBaseId, figureBaseId, statementBaseId } from '../ids.ts';
import type { ActorSummary, Briefing, Diagnostic, SourceDocument } from '../model.ts';
import { applyOverrides, type OverrideProblem } from '../overrides.ts';
import { reconcileEvents, reconcileFigures, reconcileStatements } from '../reconcile/index.ts';
import { type ProvenanceProblem, verifyProvenance } from '../verify.ts';
import type { BriefingFile } from '../../schemas/briefing.ts';
import { assembleSources, type SourceCandidates } from './assemble-source.ts';
import { CHUNK } from './chunk-queue.ts';
import { lexiconOf } from './lexicon.ts';
import { orderEvents, orderFigures, orderStatements } from './order.ts';
import { reportDates } from './report-dates.ts';
import type { SourceCache } from './source-cache.ts';

export interface PipelineInput {
  sources: SourceDocument[];
  topic: Topic;
  briefing: BriefingFile;
  /** content/anchors.json, when there is one: the ids it lists are kept (anchors/claim-ids.ts). */
  anchors?: AnchorManifest | null;
  /** What earlier builds worked out per source (source-cache.ts); without one, every source is analysed. */
  cache?: SourceCache | null;
  /** Sources analysed already, on another thread (background-analysis.ts), which also cached them. */
  analysed?: ReadonlyMap<SourceDocument, SourceCandidates>;
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

/** A figure as published: without where it was read, nor the fate reconciliation compared it by. */
function publishedFigure<T extends { origin: unknown; fate?: unknown }>({ origin: _origin, fate: _fate, ...item }: T): Omit<T, 'origin' | 'fate'> {
  return item;
}

/** An item with the days its sources were published (report-dates.ts), after its id and aliases. */
function withReportDates<T extends { id: string; aliases: string[]; citations: { source: string }[] }>(item: T, published: ReadonlyMap<string, string>) {
  const { id, aliases, ...rest } = item;
  return { id, aliases, ...reportDates(item.citations, published), ...rest };
}

/**
 * Builds the briefing from all sources. The stages run in this order:
 *
 * 1. segment + detect, per source: sentences, dates, figures, actor mentions, statements
 *    (`analyseSource`), each detector reading the paragraphs numbered by the shared rule;
 * 2. assemble, per source: statements, figures and events as candidates, each citing its words
 *    (`assembleSource`; steps 1 and 2 depend on one source alone, so `cache` keeps them; they run
 *    stage by stage over a chunk of sources, `assembleSources`, which is quicker);
 * 3. reconcile across sources: one item per thing reported, citing every report — before ids,
 *    so an item's id does not depend on how many outlets reported it;
 * 4. ids: an item that is a published entry (content/anchors.json) keeps its id and answers to
 *    the ids of entries merged into it; the others get ids from content (date, who, a few words);
 * 5. editorial overrides from content/briefing.yaml — after ids, since they name items by id;
 * 6. report dates (first reported, last updated) from the sources each item cites;
 * 7. order for reading, then verify provenance last, so that nothing an override added or
 *    corrected escapes the check.
 */
export function runPipeline({ sources, topic, briefing, anchors = null, cache = null, analysed }: PipelineInput): PipelineResult {
  const lexicon = lexiconOf(topic.actors);
  const diagnostics: Diagnostic[] = [];
  const statements: StatementCandidate[] = [];
  const figures: FigureCandidate[] = [];
  const events: EventCandidate[] = [];

  const known = new Map<SourceDocument, SourceCandidates>();
  for (const source of sources) {
    const assembled = analysed?.get(source) ?? cache?.read(source) ?? null;
    if (assembled) known.set(source, assembled);
  }
  // The sources neither analysed nor kept, stage by stage (`assembleSources`), in chunks.
  const unknown = sources.filter((source) => !known.has(source));
  for (let first = 0; first < unknown.length; first += CHUNK) {
    const chunk = unknown.slice(first, first + CHUNK);
    assembleSources(chunk, lexicon, topic.figureCategories).forEach((assembled, i) => {
      const source = chunk[i] as SourceDocument;
      cache?.write(source, assembled);
      known.set(source, assembled);
    });
  }

  for (const source of sources) {
    const assembled = known.get(source) as SourceCandidates;
    statements.push(...assembled.statements);
    figures.push(...assembled.figures);
    events.push(...assembled.events);
    diagnostics.push(...assembled.diagnostics);
  }

  const reconciled = { statements: reconcileStatements(statements), figures: reconcileFigures(figures), events: reconcileEvents(events) };
  diagnostics.push(...reconciled.statements.diagnostics, ...reconciled.figures.diagnostics, ...reconciled.events.diagnostics);

  const locks = idLocks(anchors, {
    suppressed: new Set(briefing.overrides.filter((o) => o.action === 'suppress').map((o) => o.id)),
    added: new Set(briefing.overrides.filter((o) => o.action === 'add').map((o) => o.id)),
  });
  const { items, problems: overrideProblems } = applyOverrides(
    {
      events: assignIds(reconciled.events.items, eventBaseId, locks.event),
      statements: assignIds(reconciled.statements.items, statementBaseId, locks.statement),
      figures: assignIds(reconciled.figures.items, figureBaseId, locks.figure),
    },
    briefing.overrides,
  );
  const published = new Map(sources.map((source) => [source.id, source.published]));

  const actors: ActorSummary[] = topic.actors.map((actor) => ({
    id: actor.id,
    name: actor.name,
    kind: actor.kind,
    government: lexicon.governmentOf(actor.id),
  }));

  const model: Briefing = {
    version: 2,
    title: briefing.title,
    description: briefing.description,
    sources,
    events: orderEvents(items.events.map((item) => withReportDates(stripOrigin(item), published))),
    statements: orderStatements(items.statements.map((item) => withReportDates(stripOrigin(item), published))),
    figures: orderFigures(
      items.figures.map((item) => withReportDates(publishedFigure(item), published)),
      topic.figureCategories.map((c) => c.id),
    ),
    actors,
    diagnostics,
  };
  return { briefing: model, overrideProblems, provenanceProblems: verifyProvenance(model) };
}
