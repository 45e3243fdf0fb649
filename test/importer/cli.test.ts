import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SourceSchema } from '../../src/schemas/source.ts';
import { ROOT, splitMdx } from './seeds.ts';

const root = fileURLToPath(ROOT);
const seed = (file: string) => join(root, 'test/fixtures/seeds', file);
const NO_HEADLINE = seed('001_f0063626f1a62b2a.txt');
const FLAGS = ['--title', 'U.S. official confirms North Korean troops are in Russia for training', '--published', '2024-10-23'];
const ID = '2024-10-23-yonhap-us-official-confirms-north-korean-troops';

let out: string;
beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'import-cli-'));
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

/** Runs the CLI as `npm run import` would, on Node 24 (vitest's own Node). */
function run(...args: string[]) {
  const result = spawnSync(process.execPath, ['src/cli/import.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: root },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each test runs the importer once or more in a child process.
describe('npm run import (end to end)', { timeout: 30_000 }, () => {
  it('refuses an article without headline and date, listing every undetermined field, and writes nothing', () => {
    const { code, stdout, stderr } = run(NO_HEADLINE, '--out-dir', out);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('Not determined:\n  title: not found — the first line ends like a sentence');
    expect(stderr).toContain('  published: not found — no date line or “Published” item in the text. Pass --published YYYY-MM-DD.');
    expect(stderr).toContain('  url: no link in the text; left out. Pass --url.');
    expect(stderr).toContain('  line 7: joined “offi” + “cial” (lines 7–8) into “official”');
    expect(stderr.trimEnd().split('\n').at(-1)).toBe('Nothing was written. Pass --title and --published, then run the import again.');
    expect(readdirSync(out)).toEqual([]);
  });

  it('writes the source with flags, then refuses to overwrite it without --force, then overwrites with --force', () => {
    const first = run(NO_HEADLINE, ...FLAGS, '--out-dir', out);
    expect(first.code).toBe(0);
    const path = join(out, `${ID}.mdx`);
    expect(first.stdout.split('\n')[0]).toBe(`Wrote ${path} (10 paragraphs)`);
    expect(first.stdout).toContain('  line 23: “Source: Yonhap News Agency”: credit line, read as publisher “Yonhap News Agency”');
    expect(first.stdout).toContain('Not determined:\n  wire: no agency credit found; written as [].');
    expect(first.stderr).toBe('');
    const parsed = SourceSchema.safeParse(splitMdx(readFileSync(path, 'utf8')).frontmatter);
    expect(parsed.success && parsed.data.publisher).toBe('Yonhap News Agency');

    writeFileSync(path, 'edited by hand');
    const again = run(NO_HEADLINE, ...FLAGS, '--out-dir', out);
    expect(again.code).toBe(1);
    expect(again.stderr.trimEnd().split('\n').at(-1)).toBe(`${path} already exists; nothing was written. Pass --force to replace it.`);
    expect(readFileSync(path, 'utf8')).toBe('edited by hand');

    const forced = run(NO_HEADLINE, ...FLAGS, '--out-dir', out, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(path, 'utf8')).toMatch(/^---\ntitle: U\.S\. official confirms/);
    expect(readdirSync(out)).toEqual([`${ID}.mdx`]);
  });

  it('accepts --wire repeated and comma-separated, and --url, --byline, --publisher', () => {
    const { code } = run(
      seed('000_569a06461711fb61.txt'),
      '--wire', 'AFP, Reuters',
      '--wire', 'dpa',
      '--url', 'https://example.org/story',
      '--byline', 'Ana Cruz',
      '--publisher', 'Harbour Daily',
      '--out-dir', out,
    );
    expect(code).toBe(0);
    const [file] = readdirSync(out);
    expect(file).toBe('2024-10-23-harbour-daily-us-dispels-suspicion-little-confidence-korean.mdx');
    const frontmatter = SourceSchema.parse(splitMdx(readFileSync(join(out, file!), 'utf8')).frontmatter);
    expect(frontmatter).toMatchObject({ wire: ['AFP', 'Reuters', 'dpa'], url: 'https://example.org/story', byline: 'Ana Cruz', publisher: 'Harbour Daily' });
  });

  it('refuses a flag value the schema rejects, and writes nothing', () => {
    const { code, stderr } = run(NO_HEADLINE, '--title', 'A title', '--published', '2024-02-30', '--out-dir', out);
    expect(code).toBe(1);
    expect(stderr).toContain('  published: published must be a real calendar date written YYYY-MM-DD; got "2024-02-30"');
    expect(readdirSync(out)).toEqual([]);
  });

  it.each([
    ['a missing file', () => join(out, 'missing.txt'), /^Cannot read .*missing\.txt: there is no such file; check the path\.\n$/],
    ['an empty file', () => (writeFileSync(join(out, 'empty.txt'), ''), join(out, 'empty.txt')), /empty\.txt is empty\./],
    ['a whitespace-only file', () => (writeFileSync(join(out, 'blank.txt'), '  \n\n\t\n'), join(out, 'blank.txt')), /blank\.txt contains only whitespace\./],
    [
      'a binary file',
      () => (writeFileSync(join(out, 'photo.jpg'), Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46])), join(out, 'photo.jpg')),
      /photo\.jpg looks like a binary file \(it contains NUL bytes\)/,
    ],
  ])('exits 1 with a clear message on %s, writing nothing', (_what, input, message) => {
    const path = input();
    const before = readdirSync(out);
    const { code, stdout, stderr } = run(path, '--out-dir', out);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(readdirSync(out)).toEqual(before);
  });

  it('exits 1 with the usage on an unknown option or a missing file argument', () => {
    const unknown = run(NO_HEADLINE, '--titel', 'x');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("Unknown option '--titel'");
    expect(unknown.stderr).toContain('Usage: npm run import -- <file.txt> [options]');
    const none = run();
    expect(none.code).toBe(1);
    expect(none.stderr.split('\n')[0]).toBe('Give the text file to import.');
  });
});
