import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

/** The Chromium the tests drive: Debian's package, or `CHROMIUM_PATH`. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet headless Chromium in CI: no sandbox (containers), GPU, or background traffic. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Stops the browser tests early, with what to do, when Chromium is not installed. */
export function assertChromium(): void {
  if (existsSync(CHROMIUM)) return;
  throw new Error(
    `The browser tests need Chromium at ${CHROMIUM}, and it is not there. ` +
      'Install it (Debian or Ubuntu: apt-get install -y chromium; CI does this in .ci/run), ' +
      'or set CHROMIUM_PATH to a Chromium executable, then run the tests again.',
  );
}

export function launchBrowser(): Promise<Browser> {
  assertChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** A page and what went wrong on it: console errors, uncaught exceptions, failed requests. */
export interface WatchedPage {
  page: Page;
  problems: string[];
  close: () => Promise<void>;
}

/**
 * A page in a fresh context (axe needs one per page) that records every console
 * error, uncaught exception and failed or 4xx/5xx request except the document's
 * own status, so a test can check a page is clean (a missing favicon shows up here).
 */
export async function watchedPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ reducedMotion: 'reduce', ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // The document's own 404 (the not-found page) is reported by its response, not as a problem.
    if (/status of 404/.test(message.text()) && message.location().url === page.url()) return;
    problems.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? ''})`));
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document') {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  return { page, problems, close: () => context.close() };
}
