import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/site/security-headers.ts';
import { addedAnchorsHint, keptAnchorsSummary, noManifestHint, recordedAnchorsMessage, unresolvedAnchorsMessage } from '../lib/anchors/messages.ts';
import { writeManifest } from '../lib/anchors/manifest-file.ts';
import { recordsAnchors } from '../lib/anchors/record-mode.ts';
import { siteAnchors } from '../lib/anchors/site-anchors.ts';
import type { AnchorStatus } from '../lib/anchors/status.ts';
import { keepParsedBodies } from '../lib/content/parsed-bodies.ts';
import { formatDiagnostics } from '../lib/diagnostics-report.ts';
import { getBriefing, holdBriefing } from '../lib/load-briefing.ts';
import { releaseMemoryBeforeOutput } from './release-memory.ts';

/** Stops the build with the editor's message alone; Astro would add a stack trace. */
function stop(message: string): never {
  throw Object.assign(new Error(message), { stack: '' });
}

/**
 * Builds the briefing model when a build starts, before Astro reads the content collection, so
 * invalid content or an unsupported citation stops the build with the editor's message instead
 * of a page error; prints the diagnostics once the site is written.
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
        updateConfig({ vite: { plugins: [releaseMemoryBeforeOutput()] } });
        let anchors: AnchorStatus;
        try {
          // A build reads the content once; the pages and later hooks share this model, and the MDX
          // pipeline the bodies the model's loader parsed.
          keepParsedBodies();
          const briefing = holdBriefing();
          summary = formatDiagnostics(briefing.diagnostics);
          anchors = siteAnchors(briefing);
        } catch (error) {
          logger.error((error as Error).message);
          stop('The briefing content has problems (listed above).');
        }
        if (anchors.landings.unresolved.length > 0) {
          logger.error(unresolvedAnchorsMessage(anchors.landings.unresolved));
          stop('Published anchors would lead nowhere (listed above).');
        }
        const kept = keptAnchorsSummary(anchors.landings, 20);
        if (kept.length > 0) logger.info(kept.join('\n'));
        if (anchors.manifest === null && !recordsAnchors()) logger.warn(noManifestHint());
        else if (anchors.added.length > 0 && !recordsAnchors()) logger.info(addedAnchorsHint(anchors.added.length));
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
