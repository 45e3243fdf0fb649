import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { getBriefing, holdBriefing } from '../../src/lib/load-briefing.ts';
import { tempProject } from '../helpers/temp-project.ts';

const projects = [tempProject(), tempProject()];
afterAll(() => projects.forEach((project) => project.remove()));

/** Removes one source of the project, as an editor would between two looks at the content. */
function removeOneSource(root: string): void {
  const dir = join(root, 'content/sources');
  rmSync(join(dir, readdirSync(dir).sort()[0] as string));
}

describe('the shared briefing model', () => {
  it('is built again once content/ changes (as in astro dev)', async () => {
    const [project] = projects;
    const before = getBriefing(project!.root);
    removeOneSource(project!.root);
    await sleep(1_100);
    expect(getBriefing(project!.root).sources.length).toBe(before.sources.length - 1);
  });

  it('is held for the rest of the process once a build holds it, without looking at content/ again', async () => {
    const [, project] = projects;
    const held = holdBriefing(project!.root);
    removeOneSource(project!.root);
    await sleep(1_100);
    expect(getBriefing(project!.root)).toBe(held);
  });
});
