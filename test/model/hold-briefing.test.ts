import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { getBriefing, holdBriefing } from '../../src/lib/load-briefing.ts';
import { tempProject } from '../helpers/temp-project.ts';

const projects = [tempProject(), tempProject()];
afterAll(() => projects.forEach((project) => project.remove()));
afterEach(() => vi.useRealTimers());

/**
 * Moves the clock past the model's recheck interval (1 s) without waiting for it: only `Date` is
 * faked, so the files and timers of the test run as they are.
 */
function aSecondLater(): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + 1_100);
}

/** Removes one source of the project, as an editor would between two looks at the content. */
function removeOneSource(root: string): void {
  const dir = join(root, 'content/sources');
  rmSync(join(dir, readdirSync(dir).sort()[0] as string));
}

describe('the shared briefing model', () => {
  it('is built again once content/ changes (as in astro dev)', () => {
    const [project] = projects;
    const before = getBriefing(project!.root);
    removeOneSource(project!.root);
    aSecondLater();
    expect(getBriefing(project!.root).sources.length).toBe(before.sources.length - 1);
  });

  it('is held for the rest of the process once a build holds it, without looking at content/ again', () => {
    const [, project] = projects;
    const held = holdBriefing(project!.root);
    removeOneSource(project!.root);
    aSecondLater();
    expect(getBriefing(project!.root)).toBe(held);
  });
});
