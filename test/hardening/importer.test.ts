import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Root } from 'mdast';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importCommand } from '../../src/cli/import-command.ts';
import { loadSources } from '../../src/lib/content/load-sources.ts';
import { importArticle, type ImportResult } from '../../src/lib/importer/import-article.ts';
import { importPage } from '../../src/lib/importer/page/import-page.ts';
import { parseMdxBody } from '../../src/lib/parse-mdx.ts';

/*
 * Hostile input to the importer: files that are not articles must be refused with a message that names
 * the file and says what to do, writing nothing; articles full of characters MDX or HTML would read as
 * code must come out as text that reads back exactly, under the site's own loader.
 */

const ROOT = resolve(import.meta.dirname, '../..');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hardening-import-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs `npm run import` (in this process: test/importer/cli.test.ts runs the command itself) on
 * `bytes` saved as `name`, writing into a fresh folder; returns what it printed and wrote.
 */
async function importFile(name: string, bytes: string | Uint8Array, ...flags: string[]) {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const out = join(dir, 'out');
  mkdirSync(out);
  const result = await importCommand([file, '--out-dir', out, ...flags], ROOT);
  return { file, ...result, written: readdirSync(out) };
}

/** Writes an import's MDX into a project folder and reads it back with the loader the build uses. */
function readBack(result: ImportResult) {
  expect(result.errors).toEqual([]);
  const root = join(dir, 'project');
  mkdirSync(join(root, 'content/sources'), { recursive: true });
  writeFileSync(join(root, `content/sources/${result.id}.mdx`), result.mdx!);
  const [source] = loadSources(root);
  return source!;
}

/** Node types anywhere in the MDX body of an import: only these render as plain text. */
function nodeTypes(mdx: string): string[] {
  const types = new Set<string>();
  const walk = (node: { type: string; children?: unknown[] }) => {
    types.add(node.type);
    for (const child of node.children ?? []) walk(child as { type: string });
  };
  walk(parseMdxBody(mdx.replace(/^---[\s\S]*?\n---\n/, '')) as Root);
  return [...types].sort();
}

describe('the importer refuses files that are not an article', { timeout: 30_000 }, () => {
  it('an empty file: names it, says to paste the text, writes nothing', async () => {
    const { file, code, stdout, stderr, written } = await importFile('empty.txt', '');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe(`${file} is empty. Paste the article's text into it and run the import again.`);
    expect(written).toEqual([]);
  });

  it('a file of whitespace only', async () => {
    const { file, code, stderr, written } = await importFile('blank.txt', ' \n\n\t \n');
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(`${file} contains only whitespace. Paste the article's text into it and run the import again.`);
    expect(written).toEqual([]);
  });

  it('a binary file (an image): names it and says to copy the text into a .txt file', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const { file, code, stderr, written } = await importFile('photo.txt', png);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(`${file} looks like a binary file (it contains NUL bytes), not pasted text. Copy the article's text into a .txt file.`);
    expect(written).toEqual([]);
  });

  it('a text file that is not UTF-8 (saved as Latin-1)', async () => {
    const latin1 = Uint8Array.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' owners protest new rules\n\nThe owners said on Monday.\n')]);
    const { file, code, stderr, written } = await importFile('latin1.txt', latin1);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(`${file} is not UTF-8 text. Save it as UTF-8 (plain text) and run the import again.`);
    expect(written).toEqual([]);
  });

  it('a headline and a date line with no article under them: says the text is missing, even when a title is passed', async () => {
    const text = 'Harbour authority reopens main port after storm\nOctober 23, 2024\n';
    const { code, stderr, written } = await importFile('headline-only.txt', text, '--title', 'Port reopens');
    expect(code).toBe(1);
    expect(stderr).toContain(
      'Cannot write the source:\n  line 1: the only text, “Harbour authority reopens main port after storm”, reads like a headline (short, no sentence punctuation), not an article; paste the article\'s paragraphs under it and run the import again.',
    );
    expect(stderr.trimEnd().split('\n').at(-1)).toBe('Nothing was written.');
    expect(written).toEqual([]);
  });

  it('a date line and credits only: no body paragraphs', () => {
    const result = importArticle('October 23, 2024\n\nSource: Harbour Daily\n', { title: 'Port reopens' });
    expect(result.mdx).toBeNull();
    expect(result.errors.map((error) => error.reason)).toEqual(['no body paragraphs are left once the headline, dates and page furniture are taken out.']);
  });
});

describe('the importer keeps hostile text as text', () => {
  it('unbalanced quotation marks: imports, every paragraph intact', () => {
    const paragraphs = [
      '"The harbour will stay closed until the repairs are finished, the port director told reporters on Tuesday.',
      'He said crews had “started work at dawn and would continue through the night.',
      'A spokesman added that the ferry operator was "not informed" in advance".',
    ];
    const result = importArticle(['Port stays closed after storm', 'October 23, 2024', '', ...paragraphs].join('\n\n'));
    expect(result.frontmatter.title).toBe('Port stays closed after storm');
    expect(readBack(result).paragraphs).toEqual(paragraphs.map((text, i) => ({ n: i + 1, text })));
  });

  it('braces, angle brackets, a script tag and javascript: links: read back verbatim and parse as plain text only', () => {
    const title = 'Council debates <script>alert(1)</script> budget for { next } year';
    const paragraphs = [
      'The council said the budget { total } would rise if costs < revenue > zero.',
      'A resident posted <script>alert(1)</script> in the comments section.',
      'Another wrote [click here](javascript:alert(1)) and <javascript:alert(2)> as links.',
      'Yet another pasted javascript:alert(3) and <img src=x onerror=alert(4)> and {process.exit(1)}.',
      '<div class="note">A raw block</div>',
    ];
    const result = importArticle([title, 'October 23, 2024', '', ...paragraphs].join('\n\n'));
    const source = readBack(result);
    expect(source.title).toBe(title);
    expect(source.paragraphs.map((paragraph) => paragraph.text)).toEqual(paragraphs);
    // No link, tag, expression or HTML node: the page can only show these characters, never run them.
    expect(nodeTypes(result.mdx!)).toEqual(['paragraph', 'root', 'text']);
  });

  it('a 1 MB article: imports every paragraph', () => {
    const paragraphs = Array.from(
      { length: 3300 },
      (_, i) =>
        `Officials in district ${i + 1} said on Monday that ${(i * 37) % 1000} households were still without power, ` +
        `and that crews working around the clock expected to restore supply to most of them by the end of the week. ` +
        `The regional utility said repairs to ${(i % 40) + 2} substations would take longer than first planned, according to a statement.`,
    );
    const text = ['Storm leaves thousands without power', 'October 23, 2024', '', ...paragraphs].join('\n\n');
    expect(text.length).toBeGreaterThan(1_000_000);
    const result = importArticle(text);
    expect(result.paragraphs).toHaveLength(3300);
    const source = readBack(result);
    expect(source.paragraphs).toHaveLength(3300);
    expect(source.paragraphs.at(-1)).toEqual({ n: 3300, text: paragraphs.at(-1) });
  }, 60_000);
});

describe('the importer keeps hostile text in lists as text', () => {
  it('list items full of markup read back verbatim, as items, and parse as plain text in a list only', () => {
    const items = ['<script>alert(1)</script> was posted too.', '- a dash, {x} and 1. a number', 'export controls [link](javascript:alert(1))'];
    const result = importArticle(['Council debates budget', 'October 23, 2024', '', 'Residents wrote:', ...items.map((item) => `- ${item}`), '', 'The council met again.'].join('\n'));
    const source = readBack(result);
    expect(source.paragraphs.map((paragraph) => paragraph.text)).toEqual(['Residents wrote:', ...items, 'The council met again.']);
    expect(nodeTypes(result.mdx!)).toEqual(['list', 'listItem', 'paragraph', 'root', 'text']);
  });
});

describe('the importer refuses saved pages it cannot read, naming the file and what to do', { timeout: 60_000 }, () => {
  const SAVE_AS = 'In the browser, save the page with "Save Page As…", format "Web Page, HTML only", and run the import again.';

  it.each([
    ['an empty page', 'empty.html', '', (file: string) => `${file} is empty. ${SAVE_AS}`],
    ['a binary file saved as .html', 'photo.html', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]), (file: string) => `${file} looks like a binary file (it contains NUL bytes), not a saved web page. ${SAVE_AS}`],
    ['a web archive', 'page.mhtml', 'MIME-Version: 1.0\n', (file: string) => `${file} is a web archive (MHTML), which the importer does not read. ${SAVE_AS}`],
    ['a text file named .html', 'article.html', 'The council voted on Friday.\n', (file: string) => `${file} has no HTML in it. If it is the article's text, save it as a .txt file and import that.`],
    [
      'a page whose charset no decoder knows',
      'odd.html',
      '<html><head><meta charset="x-klingon"></head><body><p>Text.</p></body></html>',
      (file: string) => `${file} declares the character set "x-klingon", which the importer cannot read. Save the page again as UTF-8 and run the import again.`,
    ],
    [
      'a page that is not the UTF-8 it claims to be',
      'latin1.html',
      Uint8Array.from([...Buffer.from('<html><head><meta charset="utf-8"></head><body><p>Caf'), 0xe9, ...Buffer.from('</p></body></html>')]),
      (file: string) => `${file} is not valid utf-8 text, as the page declares. ${SAVE_AS}`,
    ],
  ])('%s: exits 1, names the file, writes nothing', async (_what, name, bytes, message) => {
    const { file, code, stdout, stderr, written } = await importFile(name, bytes);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe(message(file));
    expect(written).toEqual([]);
  });

  it('a page with nothing Readability can read (an empty body): says what to do, writes nothing', async () => {
    const { code, stderr, written } = await importFile('links.html', '<!doctype html><html><head><title>Home</title></head><body></body></html>');
    expect(code).toBe(1);
    expect(stderr).toContain('Readability found no article in the page (it may be a page of links, a paywall, or a page that loads its text with script). Open the page in a browser, copy the article into a .txt file and import that.');
    expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(stderr.trimEnd().split('\n').at(-1)).toBe('Nothing was written.');
    expect(written).toEqual([]);
  });

  it('a page in windows-1252, as it declares: imported with its accents', async () => {
    const html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><meta property="og:title" content="Caf\u00e9 owners protest"><meta property="article:published_time" content="2024-10-23T08:00:00+02:00"></head><body><article><p>Caf\u00e9 owners in the old town protested on Wednesday against the new rules on terraces, which they say will cost them half their summer trade.</p><p>The council said it would meet them next week.</p></article></body></html>';
    const { code, written } = await importFile('latin.html', Uint8Array.from([...html].map((char) => char.charCodeAt(0))));
    expect(code).toBe(0);
    expect(written).toEqual(['2024-10-23-unknown-cafe-owners-protest.mdx']);
    expect(readFileSync(join(dir, 'out', written[0]!), 'utf8')).toContain('Café owners in the old town protested');
  });

  it('markup in a page’s text and metadata stays text', () => {
    const result = importPage(
      '<!doctype html><html><head><meta property="og:title" content="Council &lt;script&gt; budget"><meta property="article:published_time" content="2024-10-24"></head><body><article><p>A resident posted &lt;script&gt;alert(1)&lt;/script&gt; and {process.exit(1)} in the comments section, the council said on Thursday.</p><ul><li>&lt;img src=x onerror=alert(1)&gt; was posted too.</li></ul><p>More text follows here so the article is long enough to read.</p></article></body></html>',
    );
    const source = readBack(result);
    expect(source.title).toBe('Council <script> budget');
    expect(source.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'A resident posted <script>alert(1)</script> and {process.exit(1)} in the comments section, the council said on Thursday.',
      '<img src=x onerror=alert(1)> was posted too.',
      'More text follows here so the article is long enough to read.',
    ]);
  });
});

describe('the importer takes non-Latin and right-to-left text', () => {
  const korean = '북한군 러시아 파병 확인';
  const cyrillic = 'Российские официальные лица отказались от комментариев в среду.';

  it('a Korean headline over Cyrillic text: the headline is read, the id falls back to date, outlet and a hash of the title', () => {
    const result = importArticle([korean, 'October 23, 2024', '', cyrillic].join('\n'));
    expect(result.frontmatter.title).toBe(korean);
    expect(result.id).toMatch(/^2024-10-23-unknown-[a-z0-9]{1,5}$/);
    const source = readBack(result);
    expect(source.title).toBe(korean);
    expect(source.paragraphs).toEqual([{ n: 1, text: cyrillic }]);
  });

  it('an Arabic headline over Hebrew and Arabic text, with a publisher flag: the outlet is in the id', () => {
    const arabic = 'وزير الدفاع يؤكد وجود قوات أجنبية';
    const paragraphs = ['שר ההגנה אמר ביום רביעי כי יש ראיות.', 'قال الوزير يوم الأربعاء إن هناك أدلة.'];
    const result = importArticle([arabic, 'October 23, 2024', '', ...paragraphs].join('\n\n'), { publisher: 'Example News' });
    expect(result.frontmatter.title).toBe(arabic);
    expect(result.id).toMatch(/^2024-10-23-example-[a-z0-9]{1,5}$/);
    expect(readBack(result).paragraphs.map((paragraph) => paragraph.text)).toEqual(paragraphs);
  });

  it('two non-Latin headlines of one day and outlet get two ids; the same headline always the same id', () => {
    const id = (title: string) => importArticle([title, 'October 23, 2024', '', cyrillic].join('\n')).id;
    expect(id(korean)).not.toBe(id('러시아 국방부 논평 거부'));
    expect(id(korean)).toBe(id(korean));
  });

  it('a title of Latin words mixed with non-Latin text keeps its Latin words in the id', () => {
    const result = importArticle(['UN 안보리 긴급 회의 소집', 'October 23, 2024', '', cyrillic].join('\n'));
    expect(result.id).toBe('2024-10-23-unknown-un');
  });
});
