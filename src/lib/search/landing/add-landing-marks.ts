import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchRecord } from '../entry-records.ts';
import { LANDING_META } from '../fields.ts';
import { FirstOccurrence } from './first-occurrence.ts';
import { landingMarks } from './landing.ts';
import { pageText } from './page-text.ts';

/**
 * The records with their landing marks (`meta.landing`), worked out on the built
 * pages in `outDir` they land on. Records are taken page by page, so one page's
 * text is held at a time.
 *
 * Throws, naming the record, when its page was not built or does not hold its entry:
 * a search result must never lead nowhere.
 */
export function addLandingMarks(records: readonly SearchRecord[], outDir: string): SearchRecord[] {
  const byPage = Map.groupBy(records.keys(), (index) => pagePath((records[index] as SearchRecord).url));
  const marked: SearchRecord[] = [...records];
  for (const [path, indexes] of byPage) {
    const file = join(outDir, path, 'index.html');
    let html: string;
    try {
      html = readFileSync(file, 'utf8');
    } catch {
      throw new Error(`The search entry ${(records[indexes[0] as number] as SearchRecord).url} lands on ${path}, but the build wrote no ${file}.`);
    }
    const page = pageText(html);
    const search = new FirstOccurrence(page.text);
    for (const index of indexes) {
      const record = records[index] as SearchRecord;
      const id = entryId(record.url);
      if (!page.entries.has(id)) throw new Error(`The search entry ${record.url} lands on ${path}, but that page has no element with the id "${id}".`);
      marked[index] = { ...record, meta: { ...record.meta, [LANDING_META]: landingMarks(record.content, id, page, search) } };
    }
  }
  return marked;
}

/** `/chronology/2024-10/#x` → `/chronology/2024-10/`. */
function pagePath(url: string): string {
  return url.replace(/#.*$/, '');
}

/** `/chronology/#x` → `x`. */
function entryId(url: string): string {
  return decodeURIComponent(url.replace(/^[^#]*#/, ''));
}
