import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { close, createIndex } from 'pagefind';
import { loadBriefingFile } from '../lib/content/load-briefing-file.ts';
import { getBriefing } from '../lib/load-briefing.ts';
import { entryRecords } from '../lib/search/entry-records.ts';
import { addLandingMarks } from '../lib/search/landing/add-landing-marks.ts';
import { indexLanguage, pagesGlob, SEARCH_BUNDLE } from '../lib/search/indexed-pages.ts';

/** Stops the build with the message alone; Astro would add a stack trace. */
function stop(message: string): never {
  throw Object.assign(new Error(message), { stack: '' });
}

/** Throws when Pagefind reported errors for a step. */
function check(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`${step}: ${errors.join('; ')}`);
}

/**
 * Gives the memory the finished build no longer needs back to the system, so that Pagefind's
 * process (0.6 GB at 1,000 sources) does not come on top of it. When the pages are written, this
 * process holds 1.2 GB at 1,000 sources (1.8 GB before astro.config.mjs made V8 collect sooner),
 * of which 0.2 GB is live JavaScript; V8 returns its free pages only after the process has been
 * idle for seconds, and by then Pagefind has reached its peak. A last-resort collection (the kind
 * V8 runs before giving up on memory) returns them at once: the process falls to 0.9 GB in 0.3 s.
 * About half of what remains is the bundler's (Rolldown's) native memory, which no collection frees.
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
 * Writes the search index after every build, with Pagefind's Node API: the
 * source articles and the about page as pages (their `data-pagefind-*`
 * attributes give filters, date and sort key), and each event, statement and
 * figure as a record of its own that lands on its entry, with marks saying which
 * of its words a result's link may highlight there (landing/add-landing-marks.ts).
 * The index stores site-internal URLs; the search page adds the base path when it
 * searches.
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
        const language = indexLanguage(loadBriefingFile(root).lang);
        const entries = entryRecords(getBriefing(root));
        try {
          // Before Pagefind starts: the marks read the built pages, and Pagefind's process need not wait meanwhile.
          const records = addLandingMarks(entries, outDir);
          releaseMemory();
          const { index, errors } = await createIndex({ forceLanguage: language });
          check('Pagefind could not start', errors);
          if (!index) throw new Error('Pagefind could not start: it returned no index');
          const pages = await index.addDirectory({ path: outDir, glob: pagesGlob() });
          check('Pagefind could not read the built pages', pages.errors);
          for (const record of records) {
            const added = await index.addCustomRecord({ ...record, language });
            check(`Pagefind could not index the entry ${record.url}`, added.errors);
          }
          const written = await index.writeFiles({ outputPath: join(outDir, SEARCH_BUNDLE) });
          check('Pagefind could not write the search index', written.errors);
          if (pages.page_count === 0) logger.warn(`No page matched ${pagesGlob()}: search finds the briefing entries but no source article.`);
          logger.info(`Search index: ${pages.page_count} page(s) and ${records.length} entries, written to ${SEARCH_BUNDLE}.`);
        } catch (error) {
          logger.error((error as Error).message);
          stop('The search index could not be built (see above). Build again; if it fails again, report the message above.');
        } finally {
          await close();
        }
      },
    },
  };
}
