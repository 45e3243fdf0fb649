import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatManifest } from '../../src/lib/anchors/manifest.ts';
import { publishedAnchors } from '../../src/lib/anchors/published.ts';
import { loadBriefing } from '../../src/lib/load-briefing.ts';
import { tempProject } from '../helpers/temp-project.ts';

let project: ReturnType<typeof tempProject>;
let manifestPath: string;
beforeEach(() => {
  project = tempProject();
  manifestPath = join(project.root, 'content/anchors.json');
  // Each test starts from the first build: no manifest, whatever the real project has.
  rmSync(manifestPath, { force: true });
});
afterEach(() => project.remove());

function anchors(...args: string[]) {
  const result = spawnSync(process.execPath, [join(import.meta.dirname, '../../src/cli/anchors.ts'), ...args], {
    cwd: project.root,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Suppresses one chronology entry through an editorial override, as an editor would. */
function suppressEvent(id: string) {
  const file = join(project.root, 'content/briefing.yaml');
  const text = readFileSync(file, 'utf8');
  expect(text).toMatch(/^overrides: \[\]$/m);
  writeFileSync(file, text.replace(/^overrides: \[\]$/m, `overrides:\n  - { action: suppress, id: ${id}, reason: duplicate of another entry }\n`));
}

// Each test runs the whole pipeline once or more in a child process.
describe('npm run anchors', { timeout: 30_000 }, () => {
  it('on the first run, says there is no manifest yet and how to create it', () => {
    const result = anchors();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('content/anchors.json does not exist yet');
    expect(result.stdout).toContain('run `npm run anchors -- --update` and commit it');
    expect(existsSync(manifestPath)).toBe(false);
  });

  it('with --update, writes every anchor the content publishes', () => {
    const result = anchors('--update');
    expect(result.status).toBe(0);
    const expected = publishedAnchors(loadBriefing(project.root));
    expect(result.stdout).toContain(`Wrote content/anchors.json with ${expected.length} anchors.`);
    expect(readFileSync(manifestPath, 'utf8')).toBe(formatManifest(expected));
  });

  it('exits 0 when the content publishes the same anchors as the manifest', () => {
    expect(anchors('--update').status).toBe(0);
    const result = anchors();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Missing: 0. Added: 0.');
  });

  it('exits 1 naming the anchor of a suppressed entry, and --update then accepts its removal', () => {
    expect(anchors('--update').status).toBe(0);
    const before = readFileSync(manifestPath, 'utf8');
    const id = loadBriefing(project.root).events[0]!.id;
    suppressEvent(id);

    const check = anchors();
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(/Missing: [1-9]\d*\. Added: 0\./);
    expect(check.stderr).toMatch(/^The build would remove \d+ published anchors? that readers may have linked to:$/m);
    expect(check.stderr).toContain(`\n  /chronology/#${id}\n`);
    expect(check.stderr).toContain('run `npm run anchors -- --update` and commit content/anchors.json');
    expect(readFileSync(manifestPath, 'utf8')).toBe(before);

    expect(anchors('--update').status).toBe(0);
    expect(readFileSync(manifestPath, 'utf8')).not.toContain(`"/chronology/#${id}"`);
    expect(anchors().status).toBe(0);
  });

  it('counts anchors added since the manifest was written, and does not fail for them', () => {
    writeFileSync(manifestPath, formatManifest([]));
    const result = anchors();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Missing: 0\. Added: [1-9]\d*\./);
    expect(result.stdout).toMatch(/new anchors are not protected yet/);
  });

  it('exits 1 with the file named when the manifest is broken', () => {
    writeFileSync(manifestPath, '{ "version": 1, "anchors": [ "/a", ] }\n');
    const result = anchors();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/anchors.json: the JSON is not valid');
  });

  it('exits 1 with the usage for an unknown option', () => {
    const result = anchors('--updat');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Unknown option '--updat'");
    expect(result.stderr).toContain('Usage: npm run anchors [-- --update]');
  });
});
