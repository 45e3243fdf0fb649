import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** Impacts that fail a test; minor and moderate findings are left to review. */
const BLOCKING = new Set(['serious', 'critical']);

/**
 * axe-core's serious and critical findings on `page` as it is shown now, one line each: the rule,
 * its impact and the elements. `rules` limits the run to those rules (null: all).
 *
 * axe-core's source (650 kB) goes into each document once, however many runs follow: evaluating it
 * costs the renderer 0.2–0.6 s of CPU, and `@axe-core/playwright` evaluated it twice per run, four
 * times a page checked in two colour schemes. axe runs in the page itself, as that package's
 * legacy mode did (the site has no frames). Only violations fail a test, so axe lists every node of
 * those alone: less work on long pages, the same violations.
 */
export async function blockingViolations(page: Page, rules: readonly string[] | null): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const options: axe.RunOptions = { resultTypes: ['violations'], ...(rules ? { runOnly: { type: 'rule', values: [...rules] } } : {}) };
  const violations = await page.evaluate(async (runOptions) => {
    const { violations: found } = await (window as unknown as { axe: typeof axe }).axe.run(document, runOptions);
    return found.map((violation) => ({ id: violation.id, impact: violation.impact, targets: violation.nodes.map((node) => node.target.join(' ')) }));
  }, options);
  return violations.filter((violation) => BLOCKING.has(violation.impact ?? '')).map((violation) => `${violation.id} (${violation.impact}): ${violation.targets.join(', ')}`);
}
