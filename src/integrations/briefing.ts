import { writeFileSync } from 'node:fs';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';
import { headersFile } from '../lib/site/security-headers.ts';
import { addedAnchorsHint, keptAnchorsSummary, noManifestHint, recordedAnchorsMessage, unresolvedAnchorsMessage } from '../lib/anchors/messages.ts';
import { writeManifest } from '../lib/anchors/manifest-file.ts';
import { recordsAnchors } from '../lib/anchors/record-mode.ts';
import { siteAnchors } from '../lib/anchors/site-anchors.ts';
import type { AnchorStatus } from '../lib/anchors/status.ts';
import { keepParsedBodies } from '../lib/content/parsed-bodies.ts';
import { formatDiagnostics } from '../lib/diagnostics-report.ts';
import { finishBriefing, getBriefing, startBriefing } from '../lib/load-briefing.ts';
import { releaseMemoryBeforeOutput } from './release-memory.ts';

/** Stops the build with the editor's message alone; Astro would add a stack trace. */
function stop(message: string): never {
  throw Object.assign(new Error(message), { stack: '' });
}

/** Prints the content's problems, then stops the build. */
function problems(logger: AstroIntegrationLogger, error: unknown): never {
  logger.error((error as Error).message);
  stop('The briefing content has problems (listed above).');
}

/**
 * The model, finished (load-briefing.ts, `finishBriefing`) and its published anchors checked; stops
 * the build when they cannot be published. Returns the diagnostics, for the end of the build.
 */
async function checkedBriefing(logger: AstroIntegrationLogger): Promise<string> {
  let summary: string;
  let anchors: AnchorStatus;
  try {
    const briefing = await finishBriefing();
    summary = formatDiagnostics(briefing.diagnostics);
    anchors = siteAnchors(briefing);
  } catch (error) {
    problems(logger, error);
  }
  if (anchors.landings.unresolved.length > 0) {
    logger.error(unresolvedAnchorsMessage(anchors.landings.unresolved));
    stop('Published anchors would lead nowhere (listed above).');
  }
  const kept = keptAnchorsSummary(anchors.landings, 20);
  if (kept.length > 0) logger.info(kept.join('\n'));
  if (anchors.manifest === null && !recordsAnchors()) logger.warn(noManifestHint());
  else if (anchors.added.length > 0 && !recordsAnchors()) logger.info(addedAnchorsHint(anchors.added.length));
  return summary;
}

/**
 * Runs `finish` once the pages are bundled and written, before any is rendered: as late as can be, so
 * the analysis thread has the whole of the bundling to run beside. Only in the server build, which
 * holds the pages (see release-memory.ts); `writeBundle` runs only when bundling succeeded.
 */
function modelAfterBundling(finish: () => Promise<void>): Plugin {
  return {
    name: 'briefing-model',
    apply: 'build',
    applyToEnvironment: (environment) => environment.config.consumer === 'server',
    writeBundle: finish,
  };
}

/**
 * Reads the content when a build starts, before Astro reads the content collection, so invalid
 * content stops the build with the editor's message instead of a page error. The sources are
 * analysed on another thread meanwhile (pipeline/background-analysis.ts), and the model is built
 * once Astro has bundled the pages, before it renders any: an unsupported citation or a published
 * anchor that would lead nowhere stops the build there. Prints the diagnostics once the site is written.
 *
 * Every anchor of content/anchors.json must still land: on its entry, inside the entry it was
 * merged into, on a stub where it moved, or on a notice where it is gone. Only an anchor that
 * would lead nowhere at all stops the build. With `npm run build`, `briefingAnchorsIntegration`
 * (last in astro.config.mjs) then records what the site published.
 */
export default function briefingIntegration(): AstroIntegration {
  let summary = '';
  return {
    name: 'briefing',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        if (command !== 'build') return;
        try {
          // A build reads the content once; the pages and later hooks share its model, and the MDX
          // pipeline the bodies the model's loader parsed. Invalid content stops the build here.
          keepParsedBodies();
          startBriefing();
        } catch (error) {
          problems(logger, error);
        }
        let finished = false;
        const finish = async () => {
          if (finished) return;
          finished = true;
          summary = await checkedBriefing(logger);
        };
        updateConfig({ vite: { plugins: [modelAfterBundling(finish), releaseMemoryBeforeOutput()] } });
      },
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(new URL('_headers', dir), headersFile());
        logger.info(`${summary}\nRun \`npm run report\` to print these again.`);
      },
    },
  };
}

/**
 * Records what the site published into content/anchors.json, like a lockfile, once the whole
 * site (search index included) is written; only when `npm run build` asked (record-mode.ts).
 * It comes last in astro.config.mjs so that nothing after it reads the changed manifest.
 */
export function briefingAnchorsIntegration(): AstroIntegration {
  return {
    name: 'briefing-anchors',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (!recordsAnchors()) return;
        const anchors = siteAnchors(getBriefing());
        if (!anchors.changed) return;
        const failure = writeManifest(process.cwd(), anchors.next, anchors.nextText);
        if (failure) stop(`The site was built, but content/anchors.json could not be written: ${failure}. Build again once the file can be written.`);
        logger.info(recordedAnchorsMessage(anchors.added.length));
      },
    },
  };
}
