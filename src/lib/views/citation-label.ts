import type { Citation, SourceDocument } from '../model.ts';
import { formatDayShort } from '../site/format-date.ts';
import type { SourceLookup } from './source-lookup.ts';

/** A citation as a reader sees it: "Reuters, 23 Oct 2024 ¶4", linking to the paragraph. */
export interface CitationView {
  /** Source id. */
  source: string;
  /** Site-relative link to the paragraph, `/sources/<id>/#p<n>`. */
  href: string;
  /** Who published it and when: "Reuters, 23 Oct 2024". */
  label: string;
  /** Who published it: "Reuters" (the label's first part, for lines too short for the whole label). */
  by: string;
  /** When: "23 Oct 2024"; null when the source is not in the briefing. */
  day: string | null;
  /** The source's headline, e.g. for a `title` attribute; null when the source is not in the briefing. */
  title: string | null;
  /** "¶4". */
  paragraph: string;
  /** The verbatim span the entry rests on. */
  evidence: string;
}

/** Who to credit for a source: its publisher, else the first wire agency, else "Publisher not stated". */
export function publisherLabel(source: Pick<SourceDocument, 'publisher' | 'wire'>): string {
  return source.publisher ?? source.wire[0] ?? 'Publisher not stated';
}

/** "Reuters, 23 Oct 2024". */
export function sourceLabel(source: Pick<SourceDocument, 'publisher' | 'wire' | 'published'>): string {
  return `${publisherLabel(source)}, ${formatDayShort(source.published)}`;
}

/**
 * Labels one citation. A citation whose source is missing (the build's provenance
 * check makes that an error, so only hand-made models get here) is labelled with
 * the source id rather than dropped, so the gap stays visible.
 */
export function citationView(citation: Citation, sources: SourceLookup): CitationView {
  const source = sources.get(citation.source);
  return {
    source: citation.source,
    href: citation.href,
    label: source ? sourceLabel(source) : citation.source,
    by: source ? publisherLabel(source) : citation.source,
    day: source ? formatDayShort(source.published) : null,
    title: source?.title ?? null,
    paragraph: `¶${citation.paragraph}`,
    evidence: citation.evidence,
  };
}

/** Labels each citation, in the model's order. */
export function citationViews(citations: readonly Citation[], sources: SourceLookup): CitationView[] {
  return citations.map((citation) => citationView(citation, sources));
}
