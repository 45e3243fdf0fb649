import type { Briefing, Citation, SourceDocument } from '../model.ts';

/** The briefing's sources by id, built once per view. */
export type SourceLookup = ReadonlyMap<string, SourceDocument>;

export function sourceLookup(briefing: Pick<Briefing, 'sources'>): SourceLookup {
  return new Map(briefing.sources.map((source) => [source.id, source]));
}

/**
 * The cited source published first (ties: the one cited first): where an entry
 * was first reported. Null when no cited source is in the briefing.
 */
export function firstSource(citations: readonly Citation[], sources: SourceLookup): SourceDocument | null {
  let first: SourceDocument | null = null;
  for (const citation of citations) {
    const source = sources.get(citation.source);
    if (source && (first === null || source.published < first.published)) first = source;
  }
  return first;
}

/** The publication day of `firstSource`: when an entry was first reported. */
export function firstPublished(citations: readonly Citation[], sources: SourceLookup): string | null {
  return firstSource(citations, sources)?.published ?? null;
}
