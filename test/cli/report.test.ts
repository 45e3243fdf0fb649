import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempProject } from '../helpers/temp-project.ts';

const project = tempProject();
afterAll(() => project.remove());

function report(cwd: string) {
  return spawnSync(process.execPath, [join(import.meta.dirname, '../../src/cli/report.ts')], { cwd, encoding: 'utf8' });
}

// Each test runs the whole pipeline in a child process.
describe('npm run report', { timeout: 60_000 }, () => {
  it('prints the counts and each diagnostic with its file and paragraph', () => {
    writeFileSync(
      join(project.root, 'content/sources/2025-01-02-test-unplaced-speaker.mdx'),
      '---\ntitle: Test\npublisher: null\npublished: "2025-01-02"\npublished_basis: { kind: stated, note: test }\n---\n\nA harbour master said on Monday that at least 300 vehicles had been abandoned.\n',
    );
    const result = report(project.root);
    expect(result.status).toBe(0);
    const sources = readdirSync(join(project.root, 'content/sources')).length;
    expect(result.stdout).toMatch(new RegExp(`^${sources} sources → \\d+ events, \\d+ statements, \\d+ figures\\.`));
    expect(result.stdout).toContain('unresolved-speaker');
    expect(result.stdout).toContain('content/sources/2025-01-02-test-unplaced-speaker.mdx ¶1: no government found for the speaker "A harbour master"');
    expect(result.stdout).toContain('uncategorised-figure');
  });

  it('exits non-zero with the content error when a source is invalid', () => {
    writeFileSync(join(project.root, 'content/sources/2025-01-03-bad-date.mdx'), '---\ntitle: T\npublisher: null\npublished: "2024-02-30"\npublished_basis: { kind: stated, note: x }\n---\n\nText.\n');
    const result = report(project.root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/sources/2025-01-03-bad-date.mdx:4 (published): published must be a real calendar date written YYYY-MM-DD; got "2024-02-30"');
  });
});
