import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parsePlainProse } from '../../src/lib/segment/plain-prose.ts';

/** The MDX parser the shortcut stands in for, as `parse-mdx.ts` configures it. */
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const parsed = (body: string) => parser.runSync(parser.parse(body));

/** A stand-in for a source body: prose with the characters news copy holds. */
function randomProse(seed: number): string {
  const pieces = ['Berg', 'said', 'the', 'U.S.', '12,000', '2024', 'Oct. 30', '“quoted”', '"straight"', 'it’s', 'mid-October',
    'é', '😀', '(NIS)', '!', '?', ':', ';', '—', '%', '$5', '\u00a0', ' ', ' ', ' ', '\n', '\n\n', '\n\n\n'];
  let state = seed;
  let body = '';
  for (let i = 0; i < 40; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    body += pieces[Math.floor((state / 2147483648) * pieces.length)];
  }
  return body;
}

describe('parsePlainProse', () => {
  it('builds the tree the MDX parser builds for plain prose, positions included', () => {
    const bodies = [
      'One paragraph.\n',
      'First.\n\nSecond, on\ntwo lines.\n\n\n\nThird “quoted” it’s 12,000 (NIS) — 2024.',
      '\n\nLeading blank lines.\n\n',
      'No final line ending',
      '',
      '\n',
      'Astral 😀 and é letters.\n\nMid-word hyphens, early- to mid-October.',
    ];
    for (const body of bodies) expect(parsePlainProse(body)).toEqual(parsed(body));
  });

  it('builds the same tree for generated prose whenever it takes the body', () => {
    let taken = 0;
    for (let seed = 1; seed <= 1000; seed++) {
      const body = randomProse(seed);
      const tree = parsePlainProse(body);
      if (tree === null) continue;
      taken += 1;
      expect(JSON.stringify(tree)).toBe(JSON.stringify(parsed(body)));
    }
    expect(taken).toBeGreaterThan(300);
  });

  it('reads characters the importer escaped as text, as the parser does', () => {
    const bodies = [
      '\\[Courier, 3 March\\] Berg said \\*all\\* of it.\n',
      'Braces \\{x\\}, tags \\<b\\>, code \\`x\\`, a \\| b, \\~ and \\& too.\n\n\\- a dash opens\n\\# and a hash\n\n\\+ plus',
      'A backslash \\\\ kept, under\\_score.',
    ];
    for (const body of bodies) {
      expect(parsePlainProse(body)).not.toBeNull();
      expect(JSON.stringify(parsePlainProse(body))).toBe(JSON.stringify(parsed(body)));
    }
  });

  it('reads an ampersand, a pipe or an at sign that opens no markup as text, as the parser does', () => {
    const bodies = [
      'Smith & Co. said so.\n\nA & B, && and &.',
      'Amber Tay | September 21, 2024\n\nBerg | Courier |\n| lines',
      'Observer (\\@NKobserver) Oct 3\n\n@Berg and “@Ruhl” said \\@x.',
      'Mixed & (\\@a) | b',
    ];
    for (const body of bodies) {
      expect(parsePlainProse(body), body).not.toBeNull();
      expect(JSON.stringify(parsePlainProse(body))).toBe(JSON.stringify(parsed(body)));
    }
  });

  it('builds the same tree for generated prose with ampersands, pipes and at signs whenever it takes the body', () => {
    const marks = ['&', ' & ', '&#', '&a', '|', ' | ', '|---|', ':--', 'a | b\n|---|---|\n', 'a | b\n:--|--:\n', '\n|', '\n:', '-', ':', '@', '\\@', '(\\@', '(@', 'a@b.co', 'a\\@b.co', ' @', '“@', '.\\@', '\\\\@'];
    let taken = 0;
    for (let seed = 1; seed <= 2000; seed++) {
      const words = randomProse(seed).split(' ');
      const body = words.map((word, i) => (i % 3 === 0 ? `${marks[(seed + i) % marks.length]}${word}` : word)).join(' ');
      const tree = parsePlainProse(body);
      if (tree === null) continue;
      taken += 1;
      expect(JSON.stringify(tree), body).toBe(JSON.stringify(parsed(body)));
    }
    expect(taken).toBeGreaterThan(100);
  });

  it('builds the same tree for generated prose with escapes whenever it takes the body', () => {
    const escapes = ['\\[', '\\]', '\\*', '\\_', '\\{', '\\}', '\\<', '\\>', '\\`', '\\~', '\\&', '\\|', '\\#', '\\+', '\\-', '\\\\', '\\.', '\\@', '['];
    let taken = 0;
    for (let seed = 1; seed <= 1000; seed++) {
      const words = randomProse(seed).split(' ');
      const body = words.map((word, i) => (i % 3 === 0 ? `${escapes[(seed + i) % escapes.length]}${word}` : word)).join(' ');
      const tree = parsePlainProse(body);
      if (tree === null) continue;
      taken += 1;
      expect(JSON.stringify(tree)).toBe(JSON.stringify(parsed(body)));
    }
    expect(taken).toBeGreaterThan(100);
  });

  it('builds the same tree for the seed sources', () => {
    const dir = join(import.meta.dirname, '../../content/sources');
    for (const name of readdirSync(dir)) {
      const body = readFileSync(join(dir, name), 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/, '');
      const tree = parsePlainProse(body);
      if (tree !== null) expect(JSON.stringify(tree)).toBe(JSON.stringify(parsed(body)));
    }
  });

  it('leaves to the parser every body that could hold markup', () => {
    const markup = [
      '*emphasis*', '_emphasis_', '`code`', '~~struck~~', '[link](https://example.com)', '![image](a.png)',
      '<b>tag</b>', '{expression}', 'a } brace', '&amp; entity', '&#38; entity', 'AT&T', 'a | b\n|---|---|', 'a | b\n:-- | --:', 'mail@example.com', 'www.example.com',
      'see https://example.com', 'hard  \nbreak', 'trailing space \nnext', ' indented', '\tindented',
      '+ item', '# Heading', 'Title\n===', '2) item', 'import x from "y"',
      'export const x = 1', '> quoted', 'crlf\r\nline', 'nul\u0000char', 'bom\ufeff',
      'www\\.example.com', 'see http\\://example.com', 'mail\\@example.com', '\\\\[link](x)', '\\[half] [link](x)', '\\ space',
      'hard\\\nbreak', '1\\. item', 'a.\\@example.com', 'x \\\\@example.com', 'é@example.com',
    ];
    for (const body of markup) expect(parsePlainProse(body)).toBeNull();
  });

  it('builds the tree the MDX parser builds for a plain list, positions included', () => {
    const bodies = [
      '- item',
      '1. item',
      '123456789. item',
      '- Published\n',
      'The statement reads:\n\n1. The units are withdrawn.\n2. The weapons are handed over.\n3. Talks begin.\n\nBerg said so.\n',
      'Points:\n\n- On May 2, talks began.\n- Ruhl \\- not Berg \\- spoke “first”.\n\n\nThen:\n\n07. seven\n8. eight',
      '- A list between paragraphs\n\nA paragraph.\n\n- and another list.',
      '0. zero\n\n\n',
    ];
    for (const body of bodies) {
      expect(parsePlainProse(body), body).not.toBeNull();
      expect(JSON.stringify(parsePlainProse(body))).toBe(JSON.stringify(parsed(body)));
    }
  });

  it('leaves to the parser a list that is not plain', () => {
    const lists = [
      '- a\n\n- b', '1. a\n\n2. b', '- a\n\n1. b', '- a\n1. b', 'Intro\n- a', 'Intro\n2. a', '- a\nlazy', '-  two spaces', '- ', '1. ', '-\nx',
      '- - nested', '- 1. nested', '1. - nested', '- # heading', '- ===', '- ---', '- import x', '1) a', '+ a', '- a\n+ b', '- a\n  b',
    ];
    for (const body of lists) expect(parsePlainProse(body), body).toBeNull();
  });

  it('builds the same tree for generated prose with lists whenever it takes the body', () => {
    const pieces = ['\n\n- Item one', '\n- Item two', '\n\n3. Third', '\n4. Fourth', 'after.\n\n', 'Berg said', 'the', '12,000', 'Oct. 30', '“quoted”', 'é', '😀',
      '\n', '\n\n', '\n- ', '\n-  ', '\n1. ', '\n2. ', '\n10. ', '\n1) ', '- ', '1. ', '\n-', '\n+ ', '\n# ', '\n  ', '\\- ', ' ', '\n007. ',
      '\n- - ', '\n- 1. ', '\n===', '\n---', '\n- ===', '\u2028- ', '\n\u00a0- ', '\n- \u00a0x'];
    let state = 7;
    let lists = 0;
    for (let seed = 0; seed < 20000; seed++) {
      let body = '';
      for (let i = 0; i < 3 + (seed % 25); i++) {
        state = (state * 1103515245 + 12345) % 2147483648;
        body += pieces[Math.floor((state / 2147483648) * pieces.length)];
      }
      const tree = parsePlainProse(body);
      if (tree === null) continue;
      if (tree.children.some((block) => block.type === 'list')) lists += 1;
      expect(JSON.stringify(tree), body).toBe(JSON.stringify(parsed(body)));
    }
    expect(lists).toBeGreaterThan(50);
  });
});
