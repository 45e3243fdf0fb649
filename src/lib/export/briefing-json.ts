import { paragraphHref } from '../citation.ts';
import type { Briefing, Citation } from '../model.ts';

/** The published data contract, `dist/data/briefing.json` (see DESIGN.md). Change it only with a version bump. */
export interface BriefingJson {
  version: 2;
  title: string;
  sources: { id: string; title: string; publisher: string | null; published: string | null; href: string }[];
  events: Pick<Briefing['events'][number], 'id' | 'aliases' | 'date' | 'expected' | 'actors' | 'governments' | 'summary' | 'headline' | 'claimant' | 'firstReported' | 'lastUpdated' | 'citations'>[];
  statements: Pick<Briefing['statements'][number], 'id' | 'aliases' | 'speaker' | 'government' | 'quote' | 'reported' | 'verb' | 'negated' | 'stance' | 'date' | 'firstReported' | 'lastUpdated' | 'citations'>[];
  figures: Pick<Briefing['figures'][number], 'id' | 'aliases' | 'category' | 'value' | 'bounds' | 'qualifier' | 'unit' | 'text' | 'stage' | 'claimant' | 'government' | 'asOf' | 'firstReported' | 'lastUpdated' | 'citations'>[];
  actors: Briefing['actors'];
}

function citations(list: Citation[]): Citation[] {
  return list.map(({ source, paragraph, evidence, href }) => ({ source, paragraph, evidence, href }));
}

/** Picks exactly the contract's fields, in the contract's order, so internal fields never leak into the file. */
export function toBriefingJson(briefing: Briefing): BriefingJson {
  return {
    version: 2,
    title: briefing.title,
    sources: briefing.sources.map((s) => ({
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      published: s.published,
      href: paragraphHref(s.id, 1).replace(/#.*$/, ''),
    })),
    events: briefing.events.map((e) => ({
      id: e.id, aliases: e.aliases, date: e.date, expected: e.expected, actors: e.actors, governments: e.governments, summary: e.summary,
      headline: e.headline, claimant: e.claimant, firstReported: e.firstReported, lastUpdated: e.lastUpdated, citations: citations(e.citations),
    })),
    statements: briefing.statements.map((s) => ({
      id: s.id, aliases: s.aliases, speaker: s.speaker, government: s.government, quote: s.quote, reported: s.reported, verb: s.verb,
      negated: s.negated, stance: s.stance, date: s.date, firstReported: s.firstReported, lastUpdated: s.lastUpdated, citations: citations(s.citations),
    })),
    figures: briefing.figures.map((f) => ({
      id: f.id, aliases: f.aliases, category: f.category, value: f.value, bounds: f.bounds, qualifier: f.qualifier, unit: f.unit, text: f.text,
      stage: f.stage, claimant: f.claimant, government: f.government, asOf: f.asOf, firstReported: f.firstReported, lastUpdated: f.lastUpdated,
      citations: citations(f.citations),
    })),
    actors: briefing.actors.map(({ id, name, kind, government }) => ({ id, name, kind, government })),
  };
}
