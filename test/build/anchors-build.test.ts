import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readManifest, writeManifest } from '../../src/lib/anchors/manifest-file.ts';
import { runBuild, strayBuildFolders } from '../hardening/project.ts';
import { tempProject } from '../helpers/temp-project.ts';

let project: ReturnType<typeof tempProject>;
beforeAll(() => {
  project = tempProject();
});
afterAll(() => project?.remove());

// `npm run build` in a project with no earlier site: this failed build also stands for every failed
// build without a dist/ (test/hardening/build.test.ts checks failures that keep the last good one).
describe('npm run build with a published anchor that would lead nowhere, and no earlier site', () => {
  it('fails, naming the anchor and what to do, writes no dist/ at all and says so, and records nothing', () => {
    const manifest = readManifest(project.root)!;
    // An anchor of an entry the manifest keeps no record of: no notice can say what it was.
    const broken = { ...manifest, anchors: [...manifest.anchors, '/chronology/#2024-10-23-an-entry-never-recorded'] };
    expect(writeManifest(project.root, broken)).toBeNull();
    const before = readFileSync(join(project.root, 'content/anchors.json'), 'utf8');

    const { status, output } = runBuild(project.root);
    expect(status).not.toBe(0);
    expect(output).toContain('1 published anchor of content/anchors.json would lead nowhere');
    expect(output).toContain('  /chronology/#2024-10-23-an-entry-never-recorded\n');
    expect(output).toContain('delete its line from the "anchors" list of content/anchors.json');
    expect(existsSync(join(project.root, 'dist'))).toBe(false);
    expect(output.trimEnd().split('\n').at(-1)).toBe('The build failed; nothing was written to dist/.');
    expect(strayBuildFolders(project.root)).toEqual([]);
    expect(readFileSync(join(project.root, 'content/anchors.json'), 'utf8')).toBe(before);
  }, 120_000);
});
