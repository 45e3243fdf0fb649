/**
 * `npm run report`: builds the briefing model from content/ and prints the diagnostics an editor
 * should look at (unresolved speakers, uncategorised figures, uncertain merges), with file and paragraph.
 */
import { formatDiagnostics } from '../lib/diagnostics-report.ts';
import { loadBriefing } from '../lib/load-briefing.ts';

try {
  const briefing = loadBriefing();
  console.log(
    `${briefing.sources.length} sources → ${briefing.events.length} events, ${briefing.statements.length} statements, ${briefing.figures.length} figures.\n`,
  );
  console.log(formatDiagnostics(briefing.diagnostics));
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
