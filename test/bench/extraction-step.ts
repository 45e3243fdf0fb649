/**
 * Child process of the benchmark: builds the briefing model of the project at argv[2] once,
 * as the build does, and prints one JSON line: how long `loadBriefing` took and what it found.
 * Run apart from the build so the time is the extraction's alone.
 */
import { loadBriefing } from '../../src/lib/load-briefing.ts';

/** What the step prints. */
export interface ExtractionResult {
  ms: number;
  /** Peak resident memory of this process, kilobytes. */
  maxRssKb: number;
  sources: number;
  events: number;
  statements: number;
  figures: number;
  diagnostics: number;
}

const root = process.argv[2];
if (!root) throw new Error('usage: node test/bench/extraction-step.ts <project root>');
const start = performance.now();
const briefing = loadBriefing(root);
const ms = performance.now() - start;
const result: ExtractionResult = {
  ms,
  maxRssKb: process.resourceUsage().maxRSS,
  sources: briefing.sources.length,
  events: briefing.events.length,
  statements: briefing.statements.length,
  figures: briefing.figures.length,
  diagnostics: briefing.diagnostics.length,
};
console.log(JSON.stringify(result));
