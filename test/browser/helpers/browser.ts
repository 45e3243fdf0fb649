import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../../helpers/browser/launch.ts';

/**
 * V8's optimising compilers off (TurboFan, Maglev): a test page runs its scripts for well under a
 * second, and each new document compiled Pagefind's and axe's hot code again, more CPU than the
 * optimised code then saved (about a tenth of the browser tests' CPU). Only here: the benchmark
 * and Lighthouse measure the browser as readers run it.
 */
export const TEST_JS_FLAGS = '--js-flags=--no-opt --no-maglev';

/** This worker's browser, once started (see `workerBrowser`). */
let started: Promise<Browser> | undefined;

/**
 * The browser the global setup found (see test/helpers/browser/find-browser.ts), started once per
 * test worker. The browser files share a worker's modules (isolate: false), so the files a worker
 * runs one after the other share its browser, each in contexts of its own that it closes, instead of
 * starting one each (a start costs the browser about 0.7 s of CPU). Playwright closes the browser
 * when the worker ends; one that has gone away meanwhile (a crash) is started again.
 */
export function workerBrowser(): Promise<Browser> {
  const launch = () => launchChromium(inject('browser'), [TEST_JS_FLAGS]);
  started = started?.then((browser) => (browser.isConnected() ? browser : launch()), launch) ?? launch();
  return started;
}

/** A page and what went wrong on it: console errors, uncaught exceptions, failed requests. */
export interface WatchedPage {
  page: Page;
  problems: string[];
  close: () => Promise<void>;
}

/** The options every test context starts from: no animation, so scrolling and focus land at once. */
const BASE_OPTIONS: BrowserContextOptions = { reducedMotion: 'reduce' };

/**
 * Records on `page` every console error, uncaught exception and failed or 4xx/5xx request except
 * the document's own status (a missing favicon shows up here), into the list `problems()` returns
 * at the time.
 */
function watch(page: Page, problems: () => string[]): void {
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // The document's own 404 (the not-found page) is reported by its response, not as a problem.
    if (/status of 404/.test(message.text()) && message.location().url === page.url()) return;
    problems().push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems().push(`exception: ${error.message}`));
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '';
    // The browser cancels a page's favicon fetch when the page is left before it ends, which a busy
    // machine makes likely; a missing favicon still shows as an HTTP 404 below.
    if (error === 'net::ERR_ABORTED' && /\/favicon\.\w+$/.test(new URL(request.url()).pathname)) return;
    problems().push(`request failed: ${request.url()} (${error})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document') {
      problems().push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
}

/**
 * A page in a fresh context of its own that records what went wrong on it (see `watch`). For a
 * test that needs a browser with nothing in it yet (an empty cache, no script); the others take
 * a page from a `PagePool`.
 */
export async function watchedPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ ...BASE_OPTIONS, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  watch(page, () => problems);
  return { page, problems, close: () => context.close() };
}

/** A pooled page and the problems list of the test using it now. */
interface PooledPage {
  page: Page;
  problems: string[];
}

/**
 * Watched pages of one context that the tests of a file take turns on. A new context costs the
 * browser a new renderer process, and a page's first script there (axe-core, Pagefind's
 * WebAssembly) is compiled from scratch; a page that moves on to the next test keeps both. At most
 * `size` pages: more pages than cores only share the cores (vitest starts up to 5 tests at once; the
 * others wait for a page). Between tests a page is left for `about:blank`, so nothing of the last
 * document runs on, unless `keep` says the next test may go on with that document (a search page,
 * idle once its search is shown, answers the next test's search without loading again: see
 * `searchFor`); either way its colour scheme is set back and its problems list replaced. The
 * context's cache stays: a test that needs an empty one, or changes the page for good, uses
 * `watchedPage`.
 */
export class PagePool {
  readonly #browser: Browser;
  readonly #options: BrowserContextOptions;
  readonly #size: number;
  readonly #keep: (url: string) => boolean;
  #context: Promise<BrowserContext> | undefined;
  #opened = 0;
  readonly #idle: PooledPage[] = [];
  /** Tests waiting for a page, first come first served. */
  readonly #waiting: ((pooled: PooledPage) => void)[] = [];

  constructor(browser: Browser, { size = 2, keep = () => false, ...options }: BrowserContextOptions & { size?: number; keep?: (url: string) => boolean } = {}) {
    this.#browser = browser;
    this.#size = size;
    this.#keep = keep;
    this.#options = { ...BASE_OPTIONS, ...options };
  }

  /**
   * A page for the test whose `onTestFinished` is given. `close()` gives it back to the pool; so
   * does the end of the test, failed or not, and a test that ends while it waits for a page (a
   * timeout) gives the page back as soon as it gets it, so that no page is lost to the tests after it.
   */
  async take(onTestFinished: (fn: () => Promise<void>) => void): Promise<WatchedPage> {
    let pooled: PooledPage | undefined;
    let ended = false;
    const giveBack = async () => {
      if (ended) return;
      ended = true;
      if (pooled) await this.#giveBack(pooled);
    };
    onTestFinished(giveBack);
    pooled = await this.#next();
    if (ended) {
      await this.#giveBack(pooled);
      throw new Error('The test ended while it waited for a page of the pool.');
    }
    const problems: string[] = [];
    pooled.problems = problems;
    return { page: pooled.page, problems, close: giveBack };
  }

  /**
   * Sets a page back (an empty document unless `keep` keeps its own, the context's colour scheme, a problems list no test reads)
   * and hands it to the next test waiting, or keeps it idle. A page that cannot be set back is closed,
   * and the next test gets a new one.
   */
  async #giveBack(pooled: PooledPage): Promise<void> {
    // Whatever the page reports from here on belongs to no test.
    pooled.problems = [];
    try {
      if (!this.#keep(pooled.page.url())) await pooled.page.goto('about:blank');
      await pooled.page.emulateMedia({ colorScheme: this.#options.colorScheme ?? 'light' });
    } catch {
      this.#opened -= 1;
      await pooled.page.close().catch(() => undefined);
      const waiting = this.#waiting.shift();
      if (waiting) void this.#open().then(waiting);
      return;
    }
    const waiting = this.#waiting.shift();
    if (waiting) waiting(pooled);
    else this.#idle.push(pooled);
  }

  /** An idle page, a new one while fewer than `size` are open, or the next one given back. */
  #next(): Promise<PooledPage> {
    const idle = this.#idle.pop();
    if (idle) return Promise.resolve(idle);
    if (this.#opened < this.#size) return this.#open();
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  async #open(): Promise<PooledPage> {
    this.#opened += 1;
    this.#context ??= this.#browser.newContext(this.#options);
    const page = await (await this.#context).newPage();
    const pooled: PooledPage = { page, problems: [] };
    watch(page, () => pooled.problems);
    return pooled;
  }

  /** Closes the context and its pages. */
  async close(): Promise<void> {
    await (await this.#context)?.close();
  }
}
