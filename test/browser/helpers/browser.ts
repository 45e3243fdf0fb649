import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../../helpers/browser/launch.ts';

/** Starts the browser the global setup found (see test/helpers/browser/find-browser.ts). */
export function launchBrowser(): Promise<Browser> {
  return launchChromium(inject('browser'));
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
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '';
    // The browser cancels a page's favicon fetch when the page is left before it ends, which a busy
    // machine makes likely; a missing favicon still shows as an HTTP 404 below.
    if (error === 'net::ERR_ABORTED' && /\/favicon\.\w+$/.test(new URL(request.url()).pathname)) return;
    problems.push(`request failed: ${request.url()} (${error})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document') {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  return { page, problems, close: () => context.close() };
}
