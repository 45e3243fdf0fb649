import type { EventCandidate, FigureCandidate, StatementCandidate } from '../../src/lib/assemble/candidate.ts';
import { makeCitation } from '../../src/lib/citation.ts';

/** Small candidates in a fictional topic, for the reconcile, id and override tests. */
export function statement(source: string, published: string, quote: string, actor: string | null, government: string | null): StatementCandidate {
  return {
    speaker: { name: actor ? 'Anna Berg' : null, description: actor ? 'the ministry spokesperson' : 'an official', actor },
    government,
    quote,
    reported: null,
    verb: 'said',
    negated: false,
    stance: null,
    date: null,
    citations: [makeCitation(source, 1, quote)],
    origin: { source, published, paragraph: 1, index: 0 },
  };
}

export function figure(source: string, published: string, value: number, qualifier: string | null, actor: string | null): FigureCandidate {
  const text = `${qualifier ? `${qualifier} ` : ''}${value} boats`;
  return {
    category: 'boats',
    value,
    bounds: { min: value, max: value },
    stage: 'reported',
    qualifier,
    unit: 'boats',
    text,
    claimant: { name: null, description: 'the coast guard', actor },
    government: 'freedonia',
    asOf: null,
    citations: [makeCitation(source, 2, text)],
    origin: { source, published, paragraph: 2, index: 0 },
  };
}

export function event(source: string, published: string, summary: string, start: string): EventCandidate {
  return {
    date: { text: 'on Monday', start, end: start, precision: 'day' },
    expected: false,
    actors: ['freedonia'],
    governments: ['freedonia'],
    summary,
    headline: summary,
    claimant: null,
    citations: [makeCitation(source, 3, summary)],
    origin: { source, published, paragraph: 3, index: 0 },
  };
}
