import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { runAstro } from '../helpers/run-astro.ts';

/*
 * `astro check` (TypeScript, strict, `.astro` files included) as one test of `npm test`, so that it
 * runs beside the other tests instead of before them: it keeps one core busy for about 20 s, which the
 * other test files use meanwhile. `npm run check` runs it alone, with its own output.
 */

const ROOT = resolve(import.meta.dirname, '../..');

it('astro check finds no errors in the project', async () => {
  const { status, output } = await runAstro(ROOT, ['check']);
  expect(output).toMatch(/Result \(\d+ files\)/);
  expect(status, output).toBe(0);
});
