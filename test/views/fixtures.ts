import { makeCitation } from '../../src/lib/citation.ts';
import type { ActorSummary, Briefing, BriefingEvent, Figure, ResolvedDate, SourceDocument, Statement } from '../../src/lib/model.ts';

/** Small hand-made briefings in a fictional topic (Freedonia, Sylvania), for the view tests. */

export const ACTORS: ActorSummary[] = [
  { id: 'freedonia', name: 'Freedonia', kind: 'government', government: null },
  { id: 'sylvania', name: 'Sylvania', kind: 'government', government: null },
  { id: 'harbour-council', name: 'Harbour Council', kind: 'intergovernmental', government: null },
  { id: 'freedonia-defence', name: 'Freedonian Defence Ministry', kind: 'body', government: 'freedonia' },
  { id: 'anna-berg', name: 'Anna Berg', kind: 'person', government: 'freedonia' },
  { id: 'sylvania-navy', name: 'Sylvanian Navy', kind: 'body', government: 'sylvania' },
];

export const SOURCES: SourceDocument[] = [
  source('2025-03-10-harbour-post-boats', 'Harbour Post', [], '2025-03-10'),
  source('2025-03-12-coastal-wire-talks', null, ['Coastal Wire', 'Other Wire'], '2025-03-12'),
  source('2025-04-02-unknown-ferry', null, [], '2025-04-02'),
];

function source(id: string, publisher: string | null, wire: string[], published: string): SourceDocument {
  return { id, title: `Headline of ${id}`, publisher, published, wire, file: `content/sources/${id}.mdx`, paragraphs: [] };
}

export function briefing(parts: Partial<Pick<Briefing, 'events' | 'statements' | 'figures'>>): Briefing {
  return {
    version: 2,
    title: 'Harbour dispute',
    description: 'A fictional briefing.',
    sources: SOURCES,
    events: parts.events ?? [],
    statements: parts.statements ?? [],
    figures: parts.figures ?? [],
    actors: ACTORS,
    diagnostics: [],
  };
}

export function day(iso: string, text = 'on Monday'): ResolvedDate {
  return { text, start: iso, end: iso, precision: 'day' };
}

export function cite(source: string, paragraph: number, evidence: string) {
  return makeCitation(source, paragraph, evidence);
}

export function event(id: string, date: ResolvedDate, options: Partial<BriefingEvent> = {}): BriefingEvent {
  return {
    id,
    aliases: [],
    firstReported: '2025-03-10',
    lastUpdated: '2025-03-10',
    date,
    expected: false,
    actors: ['freedonia'],
    governments: ['freedonia'],
    summary: `Summary of ${id}.`,
    headline: `Summary of ${id}.`,
    claimant: null,
    citations: [cite('2025-03-10-harbour-post-boats', 1, `Summary of ${id}.`)],
    ...options,
  };
}

export function statement(id: string, government: string | null, options: Partial<Statement> = {}): Statement {
  return {
    id,
    aliases: [],
    firstReported: '2025-03-10',
    lastUpdated: '2025-03-10',
    speaker: { name: null, description: 'an official', actor: null },
    government,
    quote: `Words of ${id}`,
    reported: null,
    verb: 'said',
    negated: false,
    stance: null,
    date: null,
    citations: [cite('2025-03-10-harbour-post-boats', 2, `Words of ${id}`)],
    ...options,
  };
}

export function figure(id: string, value: number, options: Partial<Figure> = {}): Figure {
  return {
    id,
    aliases: [],
    firstReported: '2025-03-10',
    lastUpdated: '2025-03-10',
    category: 'boats',
    value,
    bounds: { min: value, max: value },
    stage: 'reported',
    qualifier: null,
    unit: 'boats',
    text: `${value} boats`,
    claimant: { name: null, description: 'the ministry', actor: 'freedonia-defence' },
    government: 'freedonia',
    asOf: null,
    citations: [cite('2025-03-10-harbour-post-boats', 3, `${value} boats`)],
    ...options,
  };
}
