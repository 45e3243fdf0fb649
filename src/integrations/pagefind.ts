import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadBriefingFile } from '../lib/content/load-briefing-file.ts';
import { getBriefing } from '../lib/load-briefing.ts';
import { entryRecords } from '../lib/search/entry-records.ts';
import { addLandingMarks } from '../lib/search/landing/add-landing-marks.ts';
import { indexLanguage, pagesGlob, SEARCH_BUNDLE } from '../lib/search/indexed-pages.ts';
import { INDEX_AFTER_BUILD_VARIABLE, saveSearchInput, writeSearchIndex, type SearchIndexInput } from '../lib/search/write-search-index.ts';
import { releaseMemoryIfLarge } from './release-memory.ts';

/** Stops the build with the message alone; Astro would add a stack trace. */
function stop(message: string): never {
  throw Object.assign(new Error(message), { stack: '' });
}

/**
 * The search index after every build (src/lib/search/write-search-index.ts): the source articles
 * and the about page as pages, and each event, statement and figure as a record of its own that
 * lands on its entry, with marks saying which of its words a result's link may highlight there
 * (landing/add-landing-marks.ts). The index stores site-internal URLs; the search page adds the
 * base path when it searches.
 *
 * Under `npm run build` this process only leaves the records in the site, and `npm run build`
 * gives them their landing marks and writes the index once Astro has exited (see
 * INDEX_AFTER_BUILD_VARIABLE).
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
          const language = indexLanguage(loadBriefingFile(root).lang);
          if (process.env[INDEX_AFTER_BUILD_VARIABLE]) {
            // `npm run build` gives them their landing marks when it writes the index.
            saveSearchInput(outDir, { language, records: entryRecords(getBriefing(root)) });
            logger.info(`Search records written; the index is written once the build has finished.`);
            return;
          }
          // The marks read the built pages. Made in a function of their own, so the records are garbage once indexed.
          const input = (): SearchIndexInput => ({ language, records: addLandingMarks(entryRecords(getBriefing(root)), outDir) });
          const prepared = input();
          // Pagefind's process comes on top of this one: at 10,000 sources this process holds 1.9 GB
          // when the pages are written, of which 1.0 GB is live JavaScript, and 1.5 GB after this. A
          // build under 1 GB (the tests' own) is spared the collection's second or so.
          releaseMemoryIfLarge(1024 ** 3);
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
