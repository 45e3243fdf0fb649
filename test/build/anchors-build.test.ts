import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readManifest, writeManifest } from '../../src/lib/anchors/manifest-file.ts';
import { astroBuild } from '../helpers/run-astro.ts';
import { tempProject } from '../helpers/temp-project.ts';

let project: ReturnType<typeof tempProject>;
let outDir: string | undefined;
beforeAll(() => {
  project = tempProject();
});
afterAll(() => {
  project?.remove();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('a build with a published anchor that would lead nowhere', () => {
  it('fails, naming the anchor and what to do, writes no site and records nothing', async () => {
    const manifest = readManifest(project.root)!;
    // An anchor of an entry the manifest keeps no record of: no notice can say what it was.
    const broken = { ...manifest, anchors: [...manifest.anchors, '/chronology/#2024-10-23-an-entry-never-recorded'] };
    expect(writeManifest(project.root, broken)).toBeNull();
    const before = readFileSync(join(project.root, 'content/anchors.json'), 'utf8');

    outDir = mkdtempSync(join(tmpdir(), 'briefing-anchors-dist-'));
    const { status, output } = await astroBuild(project.root, outDir, { BRIEFING_RECORD_ANCHORS: '1' });
    expect(status).not.toBe(0);
    expect(output).toContain('1 published anchor of content/anchors.json would lead nowhere');
    expect(output).toContain('  /chronology/#2024-10-23-an-entry-never-recorded\n');
    expect(output).toContain('delete its line from the "anchors" list of content/anchors.json');
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
    expect(readFileSync(join(project.root, 'content/anchors.json'), 'utf8')).toBe(before);
    writeFileSync(join(project.root, 'content/anchors.json'), JSON.stringify(manifest));
  });
});
