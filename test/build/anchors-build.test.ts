import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeManifest } from '../../src/lib/anchors/manifest-file.ts';
import { publishedAnchors } from '../../src/lib/anchors/published.ts';
import { loadBriefing } from '../../src/lib/load-briefing.ts';
import { astroBuild } from '../helpers/run-astro.ts';
import { tempProject } from '../helpers/temp-project.ts';

let project: ReturnType<typeof tempProject> | undefined;
let outDir: string | undefined;
afterEach(() => {
  project?.remove();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('a build that would drop a published anchor', () => {
  it('fails, naming the anchor and the command that accepts its removal', async () => {
    project = tempProject();
    const { root } = project;
    // The manifest as the update command would write it for the unchanged content.
    const briefing = loadBriefing(root);
    expect(writeManifest(root, publishedAnchors(briefing))).toBeNull();

    const id = briefing.events[0]!.id;
    const file = join(root, 'content/briefing.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^overrides: \[\]$/m, `overrides:\n  - { action: suppress, id: ${id}, reason: test }\n`));

    outDir = mkdtempSync(join(tmpdir(), 'briefing-anchors-dist-'));
    const { status, output } = await astroBuild(root, outDir);

    expect(status).not.toBe(0);
    expect(output).toMatch(/The build would remove \d+ published anchors? that readers may have linked to:/);
    expect(output).toContain(`  /chronology/#${id}\n`);
    expect(output).toContain('run `npm run anchors -- --update` and commit content/anchors.json');
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });
});
