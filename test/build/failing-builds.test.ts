import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempProject } from '../helpers/temp-project.ts';

let project: ReturnType<typeof tempProject> | undefined;
afterEach(() => project?.remove());

/** Runs `astro build` in a throwaway copy of the project whose content `edit` has broken. */
function buildBroken(edit: (root: string) => void): { status: number | null; output: string; outDir: string } {
  project = tempProject();
  edit(project.root);
  const outDir = mkdtempSync(join(tmpdir(), 'briefing-broken-dist-'));
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], { cwd: project.root, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

function appendOverride(root: string, yaml: string) {
  const file = join(root, 'content/briefing.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^overrides: \[\]$/m, `overrides:\n${yaml}`));
}

describe('a build with unsupported content fails', () => {
  it('when an added item cites evidence that is not in the cited paragraph', () => {
    const source = '2024-10-23-reuters-north-korean-troops-russia-us-defense';
    const { status, output, outDir } = buildBroken((root) =>
      appendOverride(
        root,
        `  - action: add
    type: figure
    id: troops-invented-99000
    reason: test of the provenance check
    item:
      category: troops
      value: 99000
      unit: troops
      text: 99,000 troops
      claimant: { name: null, description: a test, actor: null }
    citations:
      - { source: ${source}, paragraph: 2, evidence: "99,000 troops" }
`,
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(`troops-invented-99000: its evidence "99,000 troops" is not in paragraph 2 of "${source}"`);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });

  it('when a source has an impossible date, naming the file, line and field', () => {
    const file = 'content/sources/2024-10-23-reuters-north-korean-troops-russia-us-defense.mdx';
    const { status, output, outDir } = buildBroken((root) => {
      const path = join(root, file);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^published: .*$/m, "published: '2024-02-30'"));
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(new RegExp(`${file}:\\d+ \\(published\\): published must be a real calendar date written YYYY-MM-DD; got "2024-02-30"`));
    expect(output).not.toContain('Stack trace');
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });

  it('when an override names an unknown id', () => {
    const { status, output } = buildBroken((root) => appendOverride(root, '  - { action: suppress, id: no-such-entry, reason: test }\n'));
    expect(status).not.toBe(0);
    expect(output).toContain('overrides item 1: suppress: no event, statement or figure has id "no-such-entry"');
  });
});
