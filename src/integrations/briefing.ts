import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/site/security-headers.ts';
import { anchorStatus, type AnchorStatus } from '../lib/anchors/manifest-file.ts';
import { addedAnchorsHint, missingAnchorsMessage, noManifestHint } from '../lib/anchors/messages.ts';
import { formatDiagnostics } from '../lib/diagnostics-report.ts';
import { getBriefing } from '../lib/load-briefing.ts';

/** Stops the build with the editor's message alone; Astro would add a stack trace. */
function stop(message: string): never {
  throw Object.assign(new Error(message), { stack: '' });
}

/**
 * Builds the briefing model when a build starts, before Astro reads the content collection, so
 * invalid content or an unsupported citation stops the build with the editor's message instead
 * of a page error; prints the diagnostics once the site is written. A build that would drop an
 * anchor listed in content/anchors.json stops too: readers may have linked to it.
 */
export default function briefingIntegration(): AstroIntegration {
  let summary = '';
  return {
    name: 'briefing',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        let anchors: AnchorStatus;
        try {
          const briefing = getBriefing();
          summary = formatDiagnostics(briefing.diagnostics);
          anchors = anchorStatus(process.cwd(), briefing);
        } catch (error) {
          logger.error((error as Error).message);
          stop('The briefing content has problems (listed above).');
        }
        if (anchors.missing.length > 0) {
          logger.error(missingAnchorsMessage(anchors.missing));
          stop('The build would remove published anchors (listed above).');
        }
        if (anchors.manifest === null) logger.warn(noManifestHint());
        else if (anchors.added.length > 0) logger.info(addedAnchorsHint(anchors.added.length));
      },
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(new URL('_headers', dir), headersFile());
        logger.info(`${summary}\nRun \`npm run report\` to print these again.`);
      },
    },
  };
}
