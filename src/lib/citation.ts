import type { Citation } from './model.ts';
import { paragraphId } from './paragraphs.ts';

/** The site-relative link of a source paragraph (the base path is added when rendering). */
export function paragraphHref(source: string, paragraph: number): string {
  return `/sources/${source}/#${paragraphId(paragraph)}`;
}

export function makeCitation(source: string, paragraph: number, evidence: string): Citation {
  return { source, paragraph, evidence, href: paragraphHref(source, paragraph) };
}

/** Orders citations by source then paragraph, dropping exact duplicates. */
export function mergeCitations(...lists: Citation[][]): Citation[] {
  const seen = new Set<string>();
  const merged: Citation[] = [];
  for (const citation of lists.flat()) {
    const key = `${citation.source}#${citation.paragraph}#${citation.evidence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(citation);
  }
  return merged;
}
