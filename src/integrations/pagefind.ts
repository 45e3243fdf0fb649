import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadBriefingFile } from '../lib/content/load-briefing-file.ts';
import { getBriefing } from '../lib/load-briefing.ts';
import { entryRecords } from '../lib/search/entry-records.ts';
import { addLandingMarks } from '../lib/search/landing/add-landing-marks.ts';
import { indexLanguage, pagesGlob, SEARCH_BUNDLE } from '../lib/search/indexed-pages.ts';
import { INDEX_AFTER_BUILD_VARIABLE, saveSearchInput, writeSearchIndex, type SearchIndexInput } from '../lib/search/write-search-index.ts';

/** Stops the build with the message alone; Astro would add a stack trace. */
function stop(message: string): never {
  throw Object.assign(new Error(message), { stack: '' });
}

/**
 * Gives the memory the finished build no longer needs back to the system, so that Pagefind's
 * process does not come on top of it. When the pages are written, this process holds 1.9 GB at
 * 10,000 sources, of which 1.0 GB is live JavaScript; V8 returns its free pages only after the
 * process has been idle for seconds, and by then Pagefind has reached its peak. A last-resort
 * collection (the kind V8 runs before giving up on memory) returns them at once: 1.5 GB are left.
 *
 * `gc` exists only under `--expose-gc`, which every way of starting a build would have to pass;
 * turning the flag on while one new context is made gives the function without it.
 */
function releaseMemory(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (options: object) => void;
  setFlagsFromString('--no-expose-gc');
  gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

/**
 * The search index after every build (src/lib/search/write-search-index.ts): the source articles
 * and the about page as pages, and each event, statement and figure as a record of its own that
 * lands on its entry, with marks saying which of its words a result's link may highlight there
 * (landing/add-landing-marks.ts). The index stores site-internal URLs; the search page adds the
 * base path when it searches.
 *
 * Under `npm run build` this process only leaves the records in the site, and `npm run build`
 * writes the index once Astro has exited (see INDEX_AFTER_BUILD_VARIABLE).
 */
export default function pagefindIntegration(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          // The marks read the built pages. Made in a function of their own, so the records are garbage once indexed.
          const input = (): SearchIndexInput => ({
            language: indexLanguage(loadBriefingFile(root).lang),
            records: addLandingMarks(entryRecords(getBriefing(root)), outDir),
          });
          if (process.env[INDEX_AFTER_BUILD_VARIABLE]) {
            saveSearchInput(outDir, input());
            logger.info(`Search records written; the index is written once the build has finished.`);
            return;
          }
          const prepared = input();
          releaseMemory();
          const { pages, entries } = await writeSearchIndex(outDir, prepared);
          if (pages === 0) logger.warn(`No page matched ${pagesGlob()}: search finds the briefing entries but no source article.`);
          logger.info(`Search index: ${pages} page(s) and ${entries} entries, written to ${SEARCH_BUNDLE}.`);
        } catch (error) {
          logger.error((error as Error).message);
          stop('The search index could not be built (see above). Build again; if it fails again, report the message above.');
        }
      },
    },
  };
}
