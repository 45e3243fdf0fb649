import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * Every thread that analyses sources loads the extraction code, the analysis worker included, and
 * the worker's loading is paid in every model build of many sources. These check that it stays
 * free of what the extraction never runs.
 */
describe('the modules the analysis worker loads', () => {
  /** The URLs of the modules loading `file` resolves, in a fresh process. */
  function modulesLoadedBy(file: string): string[] {
    const script = `
      import { registerHooks } from 'node:module';
      const urls = [];
      registerHooks({ resolve(specifier, context, next) { const resolved = next(specifier, context); urls.push(resolved.url); return resolved; } });
      await import(process.env.ENTRY);
      console.log(JSON.stringify(urls));
    `;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, ENTRY: new URL(file, import.meta.url).href } });
    return JSON.parse(output) as string[];
  }

  it("hold chrono's English locale alone, not the other fifteen its index loads", () => {
    const chrono = modulesLoadedBy('../../src/lib/pipeline/analysis-worker.ts').filter((url) => url.includes('/chrono-node/'));
    expect(chrono.some((url) => url.includes('/locales/en/'))).toBe(true);
    expect(chrono.filter((url) => /\/locales\/(?!en\/)/.test(url) || url.endsWith('/chrono-node/dist/esm/index.js'))).toEqual([]);
  }, 60_000); // a fresh process loads the whole extraction: seconds on a busy machine
});
