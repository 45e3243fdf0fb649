import { makeCitation } from '../../src/lib/citation.ts';
import type { Briefing, BriefingEvent, ResolvedDate, Statement, Figure } from '../../src/lib/model.ts';

/** A small briefing in a fictional topic: one source of two paragraphs and a few entries citing it. */
export function smallBriefing(parts: Partial<Pick<Briefing, 'events' | 'statements' | 'figures'>> = {}): Briefing {
  return {
    version: 2,
    title: 'Test briefing',
    description: 'A test.',
    sources: [
      {
        id: '2025-03-04-wire-harbour-closed',
        title: 'Harbour closed',
        publisher: 'Wire',
        published: '2025-03-04',
        wire: [],
        file: 'content/sources/2025-03-04-wire-harbour-closed.mdx',
        paragraphs: [
          { n: 1, text: 'The harbour was closed on Monday, officials said.' },
          { n: 2, text: 'Around 40 boats were held, the coast guard said.' },
        ],
      },
    ],
    events: [],
    statements: [],
    figures: [],
    actors: [],
    diagnostics: [],
    ...parts,
  };
}

const citation = makeCitation('2025-03-04-wire-harbour-closed', 1, 'The harbour was closed');

export function event(id: string, date: Partial<ResolvedDate>): BriefingEvent {
  return {
    id,
    aliases: [],
    firstReported: '2025-03-04',
    lastUpdated: '2025-03-04',
    date: { text: 'on Monday', start: null, end: null, precision: 'day', ...date },
    expected: false,
    actors: [],
    governments: [],
    summary: 'The harbour was closed.',
    headline: 'The harbour was closed.',
    claimant: null,
    citations: [citation],
  };
}

export function statement(id: string, government: string | null): Statement {
  return {
    id,
    aliases: [],
    firstReported: '2025-03-04',
    lastUpdated: '2025-03-04',
    speaker: { name: null, description: 'officials', actor: null },
    government,
    quote: null,
    reported: 'the harbour was closed',
    verb: 'said',
    negated: false,
    stance: null,
    date: null,
    citations: [citation],
  };
}

export function figure(id: string, category: string): Figure {
  return {
    id,
    aliases: [],
    firstReported: '2025-03-04',
    lastUpdated: '2025-03-04',
    category,
    value: 40,
    bounds: { min: null, max: null },
    stage: 'reported',
    qualifier: 'around',
    unit: 'boats',
    text: 'Around 40 boats',
    claimant: { name: null, description: 'the coast guard', actor: null },
    government: null,
    asOf: null,
    citations: [makeCitation('2025-03-04-wire-harbour-closed', 2, 'Around 40 boats')],
  };
}
