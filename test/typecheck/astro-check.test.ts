import { expect, inject, it } from 'vitest';
import type { AstroRun } from '../helpers/run-astro.ts';

/*
 * `astro check` (TypeScript, strict, `.astro` files included) as one test of `npm test`. The check
 * itself starts with the run, beside the shared builds (test/typecheck/background-check.ts); this
 * test reads its outcome. `npm run check` runs it alone, with its own output.
 */

it('astro check finds no errors in the project', async () => {
  const response = await fetch(inject('checkResultUrl'));
  expect(response.status, await response.clone().text()).toBe(200);
  const { status, output } = (await response.json()) as AstroRun;
  expect(output).toMatch(/Result \(\d+ files\)/);
  expect(status, output).toBe(0);
});
