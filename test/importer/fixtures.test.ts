import { readdirSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { importArticle, type ImportResult } from '../../src/lib/importer/import-article.ts';
import { blockLines } from '../../src/lib/importer/page/block-text.ts';
import { importPage, readPage } from '../../src/lib/importer/page/import-page.ts';
import { splitLines } from '../../src/lib/importer/split-lines.ts';
import { ROOT, SEED_FLAGS, seedText, splitMdx } from './seeds.ts';

/*
 * Fixtures as input + expected output (test/fixtures/import/README.md): pasted text and saved pages
 * built from the seed articles, each imported without flags and compared with the source file it
 * must become; then what the report must say, and that it accounts for every line.
 */

const DIR = new URL('test/fixtures/import/', ROOT);
const read = (name: string) => readFileSync(new URL(name, DIR), 'utf8');
const inputs = readdirSync(DIR).filter((name) => /\.(txt|html)$/.test(name));
const importFixture = (name: string): ImportResult => (name.endsWith('.html') ? importPage(read(name)) : importArticle(read(name)));
const body = (mdx: string | null) => splitMdx(mdx ?? '').body;
const committedBody = (id: string) => body(readFileSync(new URL(`content/sources/${id}.mdx`, ROOT), 'utf8'));

describe.each(inputs)('fixture %s', (name) => {
  it('imports to exactly the expected source file', () => {
    const result = importFixture(name);
    expect(result.errors).toEqual([]);
    expect(result.mdx).toBe(read(name.replace(/\.(txt|html)$/, '.expected.mdx')));
  });
});

describe('a saved page imports like the pasted text of the same article', () => {
  it.each([
    ['example-times-reuters.html', '2024-10-23-reuters-north-korean-troops-russia-us-defense'],
    ['yonhap-json-ld-graph.html', '2024-10-23-yonhap-us-official-confirms-north-korean-troops'],
    ['example-post-ians.html', '2024-10-23-ians-white-house-official-confirms-north-korean'],
  ])('%s has the body of content/sources/%s.mdx', (name, id) => {
    expect(body(importFixture(name).mdx)).toBe(committedBody(id));
  });

  it('the background-list page has the body of the pasted background-list text, list included', () => {
    expect(body(importFixture('korea-example-background-list.html').mdx)).toBe(body(importFixture('yonhap-background-list.txt').mdx));
  });
});

describe('what the importer keeps of yonhap-background-list.txt, and what it says', () => {
  const result = importFixture('yonhap-background-list.txt');

  it('keeps the dated Background list as three list items, numbered after the paragraphs', () => {
    const items = result.paragraphs.filter((paragraph) => paragraph.kind === 'item');
    expect(items.map(({ text }) => text.slice(0, 8))).toEqual(['Oct. 18:', 'Oct. 22:', 'Oct. 23:']);
    expect(result.paragraphs.indexOf(items[0]!)).toBe(result.paragraphs.findIndex((p) => p.text === 'Background:') + 1);
    expect(result.paragraphs.at(-1)).toBe(items[2]);
  });

  it('keeps the in-body attribution, reads the bare name and the agency dateline, drops the related list', () => {
    expect(result.paragraphs.map((p) => p.text)).toContain('Source: Vedant Patel in a press briefing with reporters on Tuesday');
    expect(result.frontmatter).toMatchObject({ byline: 'Ana Cruz', wire: ['Yonhap'], published: '2024-10-23', publisher: null });
    expect(result.messages.map(({ rule, line }) => ({ rule, line }))).toEqual([
      { rule: 'headline', line: 1 },
      { rule: 'credit/author-name', line: 2 },
      { rule: 'metadata/dateline', line: 3 },
      { rule: 'metadata/dateline', line: 3 },
      { rule: 'credit/source-in-text', line: 11 },
      { rule: 'list/kept', line: 30 },
      { rule: 'furniture/share', line: 34 },
      { rule: 'furniture/related-heading', line: 36 },
      { rule: 'furniture/related-list', line: 37 },
      { rule: 'furniture/related-list', line: 38 },
    ]);
  });
});

describe('what the importer reads from a saved page, and what it says', () => {
  it('takes headline, publisher, day, link and the agency author from the page metadata', () => {
    const result = importFixture('example-times-reuters.html');
    expect(result.frontmatter).toEqual({
      title: 'North Korean troops are in Russia, US defense secretary says',
      publisher: 'The Example Times',
      published: '2024-10-23',
      published_basis: { kind: 'stated', note: 'meta article:published_time “2024-10-23T03:09:00+03:00”' },
      wire: ['Reuters'],
      url: 'https://www.example.org/world/asia-pacific/north-korean-troops-are-russia-us-defense-secretary-says-2024-10-23/',
      notes: [],
    });
    const reasons = result.messages.map((message) => message.reason);
    expect(reasons).toContain('left out the photo caption “U.S. Defense Secretary Lloyd Austin speaks to reporters in Rome, Italy, October 23, 2024. REUTERS/File Photo”: it describes a picture, not the story');
    expect(reasons.filter((reason) => reason.startsWith('left out “We use cookies'))).toHaveLength(1);
    expect(reasons).toContain('“By REUTERS”: author line, read as wire Reuters (an agency, not a person)');
  });

  it('follows JSON-LD @id references to the publisher and reports a broken JSON-LD block', () => {
    const result = importFixture('yonhap-json-ld-graph.html');
    expect(result.frontmatter.publisher).toBe('Yonhap News Agency');
    expect(result.frontmatter.published_basis).toEqual({ kind: 'stated', note: 'JSON-LD datePublished “2024-10-24T06:11:00+09:00”' });
    expect(result.messages.map((message) => message.reason)).toContain('JSON-LD block 2 of the page is not valid JSON; ignored');
  });

  it('passes over a relative canonical link for og:url, and says so', () => {
    const result = importFixture('example-post-ians.html');
    expect(result.frontmatter.url).toBe('https://www.examplepost.in/world/white-house-official-confirms-north-korean-troops-sent-to-eastern-russia-article-112233');
    expect(result.messages[0]).toEqual({
      rule: 'page/url',
      field: 'url',
      reason: 'the page\'s link rel=canonical “/world/white-house-official-confirms-north-korean-troops-sent-to-eastern-russia-article-112233” is not an absolute http(s) link; ignored',
    });
  });
});

/** Whether every non-blank line of `text` is in a paragraph or named by a message of `result`. */
function unaccountedLines(text: string, result: ImportResult): string[] {
  const paragraphs = result.paragraphs.map((paragraph) => paragraph.text);
  const named = new Set(result.messages.map((message) => message.line));
  return splitLines(text)
    .filter((line) => line.text !== '' && !named.has(line.n))
    .filter((line) => !paragraphs.some((paragraph) => paragraph.includes(line.text.replace(/^(?:[-*•–●▪]|\d{1,3}[.)])\s+/, ''))))
    .map((line) => `${line.n}: ${line.text}`);
}

describe('the report accounts for every line: nothing disappears unseen', () => {
  it.each(Object.keys(SEED_FLAGS))('seed %s: each line is in the body or in a message', (file) => {
    expect(unaccountedLines(seedText(file), importArticle(seedText(file), SEED_FLAGS[file]))).toEqual([]);
  });

  it.each(inputs.filter((name) => name.endsWith('.txt')))('%s: each line is in the body or in a message', (name) => {
    expect(unaccountedLines(read(name), importFixture(name))).toEqual([]);
  });

  it.each(inputs.filter((name) => name.endsWith('.html')))('%s: each line of the page is in the body, a message, or the headline', (name) => {
    const html = read(name);
    const reading = readPage(html)!;
    const result = importPage(html);
    // The article's text, line by line, as for pasted text.
    expect(unaccountedLines(reading.text, result)).toEqual([]);
    // The rest of the page: quoted (maybe shortened) by a message, or one of the page's headlines.
    const reasons = result.messages.map((message) => message.reason).join('\n');
    const article = new Set(reading.text.split('\n'));
    const { document } = parseHTML(html);
    const outside = blockLines(document.body as unknown as Node).lines.filter(
      ({ text }) => !article.has(text) && !reading.facts.headlines.includes(text) && !reasons.includes(`“${text.slice(0, 60)}`),
    );
    expect(outside).toEqual([]);
  });
});
