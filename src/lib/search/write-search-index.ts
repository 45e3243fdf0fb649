import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { close, createIndex } from 'pagefind';
import { entriesPerRecord, entryGroups, entryRecordBudget } from './entry-groups.ts';
import type { SearchRecord } from './entry-records.ts';
import { groupRecordHtml } from './group-record.ts';
import { pagesGlob, SEARCH_BUNDLE } from './indexed-pages.ts';
import { addLandingMarks } from './landing/add-landing-marks.ts';

/**
 * Set by `npm run build` (src/cli/build.ts) for the Astro process it starts: the build then leaves
 * its search records, without their landing marks, in the site (`RECORDS_FILE`) and `npm run build`
 * writes the index once Astro has exited (`writeSearchIndexFrom`). Pagefind's process needs 3 GB at
 * 10,000 sources; beside Astro's process, which still holds 1.5 GB when its pages are written, the
 * two passed 4 GB. Without the variable (a bare `astro build`, the tests' builds) Astro's process
 * writes the index itself.
 */
export const INDEX_AFTER_BUILD_VARIABLE = 'BRIEFING_INDEX_AFTER_BUILD';

/**
 * Where a build that leaves the indexing to `npm run build` puts its records, inside the site until they
 * are indexed. In V8's serialization format, which the same Node reads back: at 10,000 sources the
 * records are 50,000 objects, which `JSON.stringify` took 6 s to write.
 */
export const RECORDS_FILE = '.search-records.v8';

/** Entries sent to Pagefind at once (see below). */
const RECORD_BATCH = 256;

/**
 * What the index is made of: the built pages under `outDir` and the briefing's entries. The records
 * may come as a function, called once Pagefind's process has been asked to read the pages, so that
 * working them out (their landing marks read the built pages) and Pagefind's reading run at once.
 */
export interface SearchIndexInput {
  language: string;
  records: readonly SearchRecord[] | (() => readonly SearchRecord[]);
}

/** What a build leaves for `writeSearchIndexFrom`: the records before their landing marks. */
export interface SavedSearchInput {
  language: string;
  records: readonly SearchRecord[];
}

/** What was indexed, for the build's log. */
export interface SearchIndexSummary {
  pages: number;
  entries: number;
}

/** Throws when Pagefind reported errors for a step. */
function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`${step}: ${errors.join('; ')}`);
}

/**
 * Writes the search index of the site in `outDir` with Pagefind's Node API: the source articles and
 * the about page as pages (their `data-pagefind-*` attributes give filters, date and sort key), and
 * each event, statement and figure as a record of its own, or, beyond the entry budget
 * (entry-groups.ts), entries of one kind close in date as one record (group-record.ts).
 * Pagefind's process is stopped however it ends.
 */
export async function writeSearchIndex(outDir: string, { language, records: input }: SearchIndexInput): Promise<SearchIndexSummary> {
  try {
    const { index, errors } = await createIndex({ forceLanguage: language });
    check('Pagefind could not start', errors);
    if (!index) throw new Error('Pagefind could not start: it returned no index');
    const reading = index.addDirectory({ path: outDir, glob: pagesGlob() });
    // When the records fail (a page without its entry), Pagefind is stopped (below) before it answers:
    // that answer, then never awaited, must not end the process as an unhandled rejection.
    reading.catch(() => undefined);
    // Lets the request reach Pagefind's process before this one is busy with the records.
    await new Promise((resolve) => setImmediate(resolve));
    const records = typeof input === 'function' ? input() : input;
    const pages = await reading;
    check('Pagefind could not read the built pages', pages.errors);
    // Sent in batches without waiting for each answer: one message at a time waits on the round trip
    // to Pagefind's process for each of tens of thousands of entries. Pagefind still receives them
    // in order, and writes the same index.
    const size = entriesPerRecord(records.length, entryRecordBudget());
    const adds = size === 1
      ? records.map((record) => ({ what: `the entry ${record.url}`, add: () => index.addCustomRecord({ ...record, language }) }))
      : entryGroups(records, size).map((group) => ({ what: `the entries of ${group.url}`, add: () => index.addHTMLFile({ url: group.url, content: groupRecordHtml(group, language) }) }));
    for (let start = 0; start < adds.length; start += RECORD_BATCH) {
      const batch = adds.slice(start, start + RECORD_BATCH);
      const results = await Promise.all(batch.map(({ add }) => add()));
      results.forEach((added, i) => check(`Pagefind could not index ${batch[i]?.what}`, added.errors));
    }
    const written = await index.writeFiles({ outputPath: join(outDir, SEARCH_BUNDLE) });
    check('Pagefind could not write the search index', written.errors);
    return { pages: pages.page_count, entries: records.length };
  } finally {
    await close();
  }
}

/** Leaves the search input in the site for `writeSearchIndexFrom`. */
export function saveSearchInput(outDir: string, input: SavedSearchInput): void {
  writeFileSync(join(outDir, RECORDS_FILE), serialize(input));
}

/**
 * Writes the index from the input a build left in `outDir` (`saveSearchInput`) and removes that file;
 * null when the build left none (it wrote the index itself). The records get their landing marks here,
 * from the built pages, while Pagefind's process reads those pages: in this small process, rather than
 * in Astro's, whose large heap made the garbage they leave costly to collect.
 */
export async function writeSearchIndexFrom(outDir: string): Promise<SearchIndexSummary | null> {
  const file = join(outDir, RECORDS_FILE);
  if (!existsSync(file)) return null;
  const { language, records } = deserialize(readFileSync(file)) as SavedSearchInput;
  rmSync(file);
  return writeSearchIndex(outDir, { language, records: () => addLandingMarks(records, outDir) });
}
