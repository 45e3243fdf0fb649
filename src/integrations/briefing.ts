import type { AstroIntegration } from 'astro';
import { formatDiagnostics } from '../lib/diagnostics-report.ts';
import { loadBriefing } from '../lib/load-briefing.ts';

/**
 * Builds the briefing model before Astro renders anything, so invalid content or an unsupported
 * citation stops the build with the editor's message instead of a page error, then prints the
 * diagnostics once the site is written.
 */
export default function briefingIntegration(): AstroIntegration {
  let summary = '';
  return {
    name: 'briefing',
    hooks: {
      'astro:build:start': ({ logger }) => {
        try {
          summary = formatDiagnostics(loadBriefing().diagnostics);
        } catch (error) {
          // Astro would print a stack trace; the editor needs the message alone.
          logger.error((error as Error).message);
          throw Object.assign(new Error('The briefing content has problems (listed above).'), { stack: '' });
        }
      },
      'astro:build:done': ({ logger }) => {
        logger.info(`${summary}\nRun \`npm run report\` to print these again.`);
      },
    },
  };
}
