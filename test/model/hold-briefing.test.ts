import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { finishBriefing, getBriefing, holdBriefing, loadBriefing, startBriefing } from '../../src/lib/load-briefing.ts';
import { tempProject } from '../helpers/temp-project.ts';

const projects = [tempProject(), tempProject(), tempProject(), tempProject()];
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

  it('started by a build, is the model the content gives, held once finished, without looking at content/ again', async () => {
    const [, , project] = projects;
    startBriefing(project!.root);
    const finished = await finishBriefing(project!.root);
    expect(finished).toEqual(loadBriefing(project!.root));
    removeOneSource(project!.root);
    aSecondLater();
    expect(getBriefing(project!.root)).toBe(finished);
    expect(await finishBriefing(project!.root)).toBe(finished);
  });

  it('started by a build and asked for before it is finished, is built at once, and finishing gives that model', async () => {
    const [, , , project] = projects;
    startBriefing(project!.root);
    const asked = getBriefing(project!.root);
    expect(asked).toEqual(loadBriefing(project!.root));
    expect(await finishBriefing(project!.root)).toBe(asked);
  });
});
