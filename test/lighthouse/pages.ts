import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One page Lighthouse audits: a short name for the table and its path inside the site. */
export interface AuditedPage {
  label: string;
  /** Relative to the site's base, without a leading slash: `''`, `chronology/`, `search/?q=…`. */
  path: string;
}

/** The parts of `dist/data/briefing.json` the page list needs. */
interface BriefingData {
  sources?: { href?: string }[];
  actors?: { name?: string; kind?: string }[];
}

/**
 * The search words: the first person the briefing names, else its first actor. Read from the
 * built data, so the query always has hits on whatever topic the site covers.
 */
export function searchQuery(data: BriefingData): string | null {
  const actors = data.actors ?? [];
  return (actors.find((actor) => actor.kind === 'person' && actor.name) ?? actors.find((actor) => actor.name))?.name ?? null;
}

/**
 * The pages to audit: the overview, the first source page, the chronology and a search with
 * results. `query` overrides the search words taken from the data.
 */
export function auditedPages(data: BriefingData, query?: string): AuditedPage[] {
  const source = data.sources?.find((s) => s.href)?.href;
  const words = query ?? searchQuery(data);
  const pages: AuditedPage[] = [{ label: 'overview', path: '' }];
  if (source) pages.push({ label: 'source', path: source.replace(/^\/+/, '') });
  pages.push({ label: 'chronology', path: 'chronology/' });
  if (words) pages.push({ label: 'search', path: `search/?q=${encodeURIComponent(words)}` });
  return pages;
}

/** Reads the built site's data export; says what to do when `dist/` has not been built. */
export function readBriefingData(dist: string): BriefingData {
  const file = join(dist, 'data/briefing.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as BriefingData;
  } catch (error) {
    throw new Error(
      `Could not read ${file} (${(error as Error).message}). Lighthouse audits the built site: run \`npm run build\` first, then \`npm run lighthouse\`.`,
    );
  }
}
