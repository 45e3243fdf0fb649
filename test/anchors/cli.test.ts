import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anchorsCommand } from '../../src/cli/anchors-command.ts';
import { emptyManifest, formatManifest, parseManifest } from '../../src/lib/anchors/manifest.ts';
import { publishedAnchors } from '../../src/lib/anchors/published.ts';
import { writeManifest } from '../../src/lib/anchors/manifest-file.ts';
import { siteAnchors } from '../../src/lib/anchors/site-anchors.ts';
import { loadBriefing } from '../../src/lib/load-briefing.ts';
import { tempProject } from '../helpers/temp-project.ts';

// One project for the whole file: each test sets the manifest (and overrides) it starts from.
let project: ReturnType<typeof tempProject>;
let manifestPath: string;
let briefingFile: string;
let originalBriefing: string;
beforeAll(() => {
  project = tempProject();
  manifestPath = join(project.root, 'content/anchors.json');
  briefingFile = join(project.root, 'content/briefing.yaml');
  originalBriefing = readFileSync(briefingFile, 'utf8');
});
afterAll(() => project.remove());

function start(manifest: string | null, briefing = originalBriefing) {
  rmSync(manifestPath, { force: true });
  if (manifest !== null) writeFileSync(manifestPath, manifest);
  writeFileSync(briefingFile, briefing);
}

/**
 * `npm run anchors` in the project, run in this process: what it would print and its exit code.
 * Each run builds the model; starting the command would add a second of start-up each time, so
 * only the last group below starts the command itself.
 */
function anchors(...args: string[]) {
  const { code, stdout, stderr } = anchorsCommand(args, project.root);
  return { status: code, stdout, stderr };
}

/** `npm run anchors` itself, started as npm starts it, in the project. */
function anchorsItself(...args: string[]) {
  const result = spawnSync(process.execPath, [join(import.meta.dirname, '../../src/cli/anchors.ts'), ...args], {
    cwd: project.root,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Records the anchors the content publishes as `--update` does (the same `siteAnchors(…).next`; the
 * `--update` test checks what that writes), in this process: a test's starting point, which need not
 * cost a pipeline run in another child process.
 */
function recordAnchors() {
  expect(writeManifest(project.root, siteAnchors(loadBriefing(project.root), project.root).next)).toBeNull();
}

/** content/briefing.yaml with one entry suppressed, as an editor would write it. */
function suppressing(id: string): string {
  expect(originalBriefing).toMatch(/^overrides: \[\]$/m);
  return originalBriefing.replace(/^overrides: \[\]$/m, `overrides:\n  - { action: suppress, id: ${id}, reason: duplicate of another entry }\n`);
}

// Each test builds the model once or more.
describe('npm run anchors', { timeout: 60_000 }, () => {
  it('without a manifest, says so and how to create it, and writes nothing', () => {
    start(null);
    const result = anchors();
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('content/anchors.json does not exist yet');
    expect(result.stdout).toContain('`npm run build` (or `npm run anchors -- --update`) writes it');
    expect(existsSync(manifestPath)).toBe(false);
  });

  it('with --update, records every anchor the content publishes, with a record of each entry and source', () => {
    start(null);
    const result = anchors('--update');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Recorded \d+ new anchors in content\/anchors\.json; commit it with the content/);
    const manifest = parseManifest(readFileSync(manifestPath, 'utf8'));
    const briefing = loadBriefing(project.root);
    expect(manifest.anchors).toEqual(publishedAnchors(briefing));
    expect(Object.keys(manifest.entries).sort()).toEqual([...briefing.events, ...briefing.statements, ...briefing.figures].map((e) => e.id).sort());
    expect(Object.keys(manifest.sources).sort()).toEqual(briefing.sources.map((s) => s.id).sort());

    // Run again: everything lands on its entry, nothing is new, nothing to write.
    const again = anchors();
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/On their entry: \d+\. Merged or moved: 0\. Notices: 0\. Leading nowhere: 0\. New: 0\./);
    expect(anchors('--update').stdout).toContain('already records everything the content publishes');
  });

  it('keeps the anchor of a suppressed entry: it shows a notice, the command exits 0 and --update removes nothing', () => {
    start(null);
    recordAnchors();
    const before = readFileSync(manifestPath, 'utf8');
    const id = loadBriefing(project.root).events[0]!.id;
    start(before, suppressing(id));

    const check = anchors();
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/Notices: [1-9]\d*\. Leading nowhere: 0\./);
    expect(check.stdout).toContain(`  /chronology/#${id} (suppressed)`);
    expect(anchors('--update').status).toBe(0);
    expect(parseManifest(readFileSync(manifestPath, 'utf8')).anchors).toContain(`/chronology/#${id}`);
  });

  it('counts anchors the manifest does not list yet, and does not fail for them', () => {
    start(formatManifest(emptyManifest()));
    const result = anchors();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Leading nowhere: 0\. New: [1-9]\d*\./);
    expect(result.stdout).toMatch(/new anchors are not in content\/anchors\.json yet: `npm run build`/);
  });

  it('exits 1 naming an anchor that would lead nowhere, and says what to do', () => {
    start(formatManifest(emptyManifest(['/chronology/#2024-10-23-an-entry-never-recorded'])));
    const result = anchors('--update');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('1 published anchor of content/anchors.json would lead nowhere');
    expect(result.stderr).toContain('\n  /chronology/#2024-10-23-an-entry-never-recorded\n');
    expect(result.stderr).toContain('delete its line from the "anchors" list of content/anchors.json');
    // Nothing was recorded over a manifest that cannot be kept.
    expect(parseManifest(readFileSync(manifestPath, 'utf8')).entries).toEqual({});
  });

  it('exits 1 with the file named when the manifest is broken', () => {
    start('{ "version": 2, "anchors": [ "/a", ] }\n');
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

describe('npm run anchors (the command itself)', { timeout: 60_000 }, () => {
  it('prints on stdout and exits 0, or names what leads nowhere on stderr and exits 1, as the command run in-process does', () => {
    start(null);
    const fine = anchorsItself();
    expect(fine).toEqual(anchors());
    expect(fine.status).toBe(0);
    expect(fine.stdout).toContain('content/anchors.json does not exist yet');

    start(formatManifest(emptyManifest(['/chronology/#2024-10-23-an-entry-never-recorded'])));
    const broken = anchorsItself('--update');
    expect(broken).toEqual(anchors('--update'));
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('\n  /chronology/#2024-10-23-an-entry-never-recorded\n');
  });
});
