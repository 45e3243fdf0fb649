/**
 * `npm run lighthouse`: Lighthouse's scores for the built site, desktop and mobile.
 *
 * Usage: `npm run build && npm run lighthouse` — it builds nothing itself; it serves the existing
 * `dist/` on 127.0.0.1 with the browser tests' static server, launches the browser tests' Chrome or
 * Chromium (CHROMIUM_PATH, an installed one, or @sparticuz/chromium: test/helpers/browser/), and
 * audits the overview, the first source page, the chronology and a search for a name taken from
 * `dist/data/briefing.json`, each with Lighthouse's desktop and mobile (default) presets.
 * It prints a table of the four category scores and, for every category below 100, the audits
 * that fail in it.
 *
 * Flags: --dist <dir> (default dist)  --query <words>  --preset desktop|mobile|both
 *        --page <path> (repeatable; audit these paths instead, e.g. --page figures/ --page positions/)
 *        --save <dir> (also write each HTML report there)
 * Environment: BASE_PATH (the base the site was built with), CHROMIUM_PATH.
 *
 * Scores are measurements, not assertions: nothing fails on a low score, and this is not part of
 * `npm test`. Mobile performance is simulated (Lighthouse's default `throttlingMethod: 'simulate'`),
 * which keeps it steady on a small, busy machine.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse, { type Config, type Flags } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { serveStatic } from '../helpers/static-server.ts';
import { findBrowser } from '../helpers/browser/find-browser.ts';
import { BROWSER_ARGS, browserEnv } from '../helpers/browser/launch.ts';
import { auditedPages, readBriefingData } from './pages.ts';
import { CATEGORIES, formatFailing, formatTable, summarize, type LighthouseRow } from './report.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    query: { type: 'string' },
    preset: { type: 'string', default: 'both' },
    page: { type: 'string', multiple: true },
    save: { type: 'string' },
  },
});

/** Lighthouse's presets: desktop is its own config; mobile is the default one (no config). */
const PRESETS: Record<LighthouseRow['preset'], Config | undefined> = { desktop: desktopConfig, mobile: undefined };
const presets = values.preset === 'both' ? (['desktop', 'mobile'] as const) : [values.preset];
for (const preset of presets) {
  if (preset !== 'desktop' && preset !== 'mobile') throw new Error(`--preset is desktop, mobile or both; got "${preset}".`);
}

const say = (line: string): void => void process.stderr.write(`${line}\n`);

const dist = resolve(values.dist);
const pages = values.page
  ? values.page.map((path) => ({ label: path.replace(/^\/+|\/+$/g, '') || 'overview', path: path.replace(/^\/+/, '') }))
  : auditedPages(readBriefingData(dist), values.query);
const browser = await findBrowser();
say(`Browser: ${browser.source} (${browser.executablePath})`);
const site = await serveStatic(dist, process.env.BASE_PATH ?? '/');
// The browser tests' flags (headless, no sandbox, no GPU, no background traffic) and environment.
const chrome = await launch({ chromePath: browser.executablePath, chromeFlags: BROWSER_ARGS, envVars: browserEnv(browser) });
if (values.save) mkdirSync(values.save, { recursive: true });

const rows: LighthouseRow[] = [];
try {
  for (const page of pages) {
    for (const preset of presets as readonly LighthouseRow['preset'][]) {
      const url = new URL(page.path, site.url).href;
      say(`Lighthouse: ${page.label} (${preset}) ${url}`);
      const flags: Flags = {
        port: chrome.port,
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
        output: values.save ? 'html' : 'json',
      };
      const result = await lighthouse(url, flags, PRESETS[preset]);
      if (!result) throw new Error(`Lighthouse returned no result for ${url}.`);
      if (result.lhr.runtimeError) say(`  Lighthouse could not audit ${url}: ${result.lhr.runtimeError.message}`);
      rows.push(summarize(result.lhr, page.label, preset));
      if (values.save) {
        const report = Array.isArray(result.report) ? result.report.join('') : result.report;
        writeFileSync(join(values.save, `${page.label.replace(/[^\w-]+/g, '_')}-${preset}.html`), report);
      }
    }
  }
} finally {
  chrome.kill();
  await site.close();
}

process.stdout.write(`${formatTable(rows)}\n`);
const failing = formatFailing(rows);
process.stdout.write(failing ? `\nFailing audits:\n${failing}\n` : '\nEvery category scores 100.\n');
