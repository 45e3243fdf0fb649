import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importCommand } from '../../src/cli/import-command.ts';
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

/**
 * Runs `npm run import` in this process, as if run from the project root: what it would print
 * and its exit code. Starting the command costs about a second of start-up each time; the last
 * group below runs the command itself.
 */
const run = (...args: string[]) => importCommand(args, root);

// Generous timeouts: on a busy machine, the first import in a worker loads the importer's modules (for a
// saved page, a DOM and Readability too).
describe('npm run import', { timeout: 30_000 }, () => {
  it('refuses an article without headline and date, listing every undetermined field, and writes nothing', async () => {
    const { code, stdout, stderr } = await run(NO_HEADLINE, '--out-dir', out);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('Not determined:\n  title: not found — the first line ends like a sentence');
    expect(stderr).toContain('  published: not found — no date line or “Published” item in the text. Pass --published YYYY-MM-DD.');
    expect(stderr).toContain('  url: no link in the text; left out. Pass --url.');
    expect(stderr).toContain('  line 7: joined “offi” + “cial” (lines 7–8) into “official”');
    expect(stderr.trimEnd().split('\n').at(-1)).toBe('Nothing was written. Pass --title and --published, then run the import again.');
    expect(readdirSync(out)).toEqual([]);
  });

  it('writes the source with flags, then refuses to overwrite it without --force, then overwrites with --force', async () => {
    const first = await run(NO_HEADLINE, ...FLAGS, '--out-dir', out);
    expect(first.code).toBe(0);
    const path = join(out, `${ID}.mdx`);
    expect(first.stdout.split('\n')[0]).toBe(`Wrote ${path} (10 paragraphs)`);
    expect(first.stdout).toContain('  line 23: “Source: Yonhap News Agency”: credit line, read as publisher “Yonhap News Agency”');
    expect(first.stdout).toContain('Not determined:\n  wire: no agency credit found; written as [].');
    expect(first.stderr).toBe('');
    const parsed = SourceSchema.safeParse(splitMdx(readFileSync(path, 'utf8')).frontmatter);
    expect(parsed.success && parsed.data.publisher).toBe('Yonhap News Agency');

    writeFileSync(path, 'edited by hand');
    const again = await run(NO_HEADLINE, ...FLAGS, '--out-dir', out);
    expect(again.code).toBe(1);
    expect(again.stderr.trimEnd().split('\n').at(-1)).toBe(`${path} already exists; nothing was written. Pass --force to replace it.`);
    expect(readFileSync(path, 'utf8')).toBe('edited by hand');

    const forced = await run(NO_HEADLINE, ...FLAGS, '--out-dir', out, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(path, 'utf8')).toMatch(/^---\ntitle: U\.S\. official confirms/);
    expect(readdirSync(out)).toEqual([`${ID}.mdx`]);
  });

  it('accepts --wire repeated and comma-separated, and --url, --byline, --publisher', async () => {
    const { code } = await run(
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

  it('refuses a flag value the schema rejects, and writes nothing', async () => {
    const { code, stderr } = await run(NO_HEADLINE, '--title', 'A title', '--published', '2024-02-30', '--out-dir', out);
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
  ])('exits 1 with a clear message on %s, writing nothing', async (_what, input, message) => {
    const path = input();
    const before = readdirSync(out);
    const { code, stdout, stderr } = await run(path, '--out-dir', out);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(readdirSync(out)).toEqual(before);
  });

  it('exits 1 with the usage on an unknown option or a missing file argument', async () => {
    const unknown = await run(NO_HEADLINE, '--titel', 'x');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("Unknown option '--titel'");
    expect(unknown.stderr).toContain('Usage: npm run import -- <file.txt|page.html> [options]');
    const none = await run();
    expect(none.code).toBe(1);
    expect(none.stderr.split('\n')[0]).toBe('Give the text file or saved page to import.');
  });
});

describe('npm run import of a saved web page', { timeout: 30_000 }, () => {
  const PAGE = join(root, 'test/fixtures/import/example-times-reuters.html');

  it('writes the source the page makes, reporting the page metadata, what was left out, and text lines', async () => {
    const { code, stdout, stderr } = await run(PAGE, '--out-dir', out);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const path = join(out, '2024-10-23-example-times-north-korean-troops-russia-us-defense.mdx');
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(`Wrote ${path} (18 paragraphs)`);
    expect(lines[1]).toBe('Read test/fixtures/import/example-times-reuters.html as a saved web page; "text line" numbers count the lines of its article text (print them with --text).');
    expect(stdout).toContain('  publisher: read the publisher “The Example Times” from the page\'s og:site_name');
    expect(stdout).toContain('  text line 3: “By REUTERS”: author line, read as wire Reuters (an agency, not a person)');
    expect(stdout).toMatch(/^ {2}left out 22 short line\(s\) of page chrome outside the article \(menus, buttons, links\): “Accept all”, /m);
    expect(readFileSync(path, 'utf8')).toBe(readFileSync(join(root, 'test/fixtures/import/example-times-reuters.expected.mdx'), 'utf8'));
  });

  it('--text prints the article text the importer reads, and writes nothing', async () => {
    const { code, stdout } = await run(PAGE, '--text', '--out-dir', out);
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(0, 5)).toEqual([
      'U.S. Defense Secretary Lloyd Austin confirmed that there is evidence of North Korean troops in Russia, amid concerns they may be preparing to fight alongside Russian forces in Ukraine. Austin noted that this development could indicate serious manpower issues for Russia, which has reportedly faced over 600,000 casualties in the conflict.',
      '',
      'By REUTERS',
      '',
      'October 23, 2024 3:09 AM GMT+3',
    ]);
    expect(readdirSync(out)).toEqual([]);
  });
});

/*
 * The command itself, started as `npm run import` starts it: what the tests above see is what it
 * prints, on the stream they expect, and how it exits; a path given relative to where npm was run
 * (INIT_CWD) is read from there.
 */
describe('npm run import (the command itself)', { timeout: 30_000 }, () => {
  function command(cwd: string, ...args: string[]) {
    const result = spawnSync(process.execPath, [join(root, 'src/cli/import.ts'), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, INIT_CWD: cwd } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('writes a source, printing the report on stdout and exiting 0, then refuses on stderr with exit 1, as the command run in-process does', async () => {
    const path = join(out, `${ID}.mdx`);
    const written = command(join(root, 'test/fixtures'), 'seeds/001_f0063626f1a62b2a.txt', ...FLAGS, '--out-dir', out);
    expect(written.stderr).toBe('');
    expect(written.code).toBe(0);
    expect(written.stdout.split('\n')[0]).toBe(`Wrote ${path} (10 paragraphs)`);
    const refused = command(root, 'test/fixtures/seeds/001_f0063626f1a62b2a.txt', ...FLAGS, '--out-dir', out);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/^Read, joined and dropped:\n/);
    expect(refused.stderr.endsWith(`\n${path} already exists; nothing was written. Pass --force to replace it.\n`)).toBe(true);
    expect(await run(NO_HEADLINE, ...FLAGS, '--out-dir', out)).toEqual(refused);
  });
});
