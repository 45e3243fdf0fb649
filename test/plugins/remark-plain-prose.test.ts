import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { describe, expect, it } from 'vitest';
import remarkPlainProse, { plainProseDocument } from '../../src/plugins/remark-plain-prose.ts';
import { SOURCES_DIR } from '../../src/lib/content/load-sources.ts';

/** The parser the MDX integration runs (remark-parse, remark-mdx, remark-gfm's syntax). */
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** A source file as the MDX integration hands it to the parser: the frontmatter blanked out with spaces. */
function asIntegrationReadsIt(file: string): string {
  return parseFrontmatter(file, { frontmatter: 'empty-with-spaces' }).content;
}

const seeds = readdirSync(SOURCES_DIR)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => asIntegrationReadsIt(readFileSync(join(SOURCES_DIR, name), 'utf8')));

const file = (body: string) => asIntegrationReadsIt(`---\ntitle: "A title"\npublished: 2024-10-23\n---\n\n${body}`);

describe('plainProseDocument', () => {
  it('builds the tree the parser builds for each seed source, positions included', () => {
    const prose = seeds.filter((document) => plainProseDocument(document) !== null);
    // The seeds are plain prose, as most imported articles are: the shortcut is what their build uses.
    expect(prose.length).toBe(seeds.length);
    for (const document of prose) expect(plainProseDocument(document)).toEqual(parser.parse(document));
  });

  it('counts lines and offsets from the start of the file, after the blanked frontmatter', () => {
    const document = file('First paragraph.\n\nSecond, on\ntwo lines.\n');
    expect(plainProseDocument(document)).toEqual(parser.parse(document));
    expect(plainProseDocument(document)?.children[0]?.position?.start).toEqual({ line: 6, column: 1, offset: document.indexOf('First') });
  });

  it('builds the tree the parser builds for a plain list, positions counted from the start of the file', () => {
    const document = file('The points:\n\n- a list\n- of items\n\nThen:\n\n1. and one\n2. with numbers\n\nAfter them.\n');
    expect(plainProseDocument(document)).not.toBeNull();
    expect(plainProseDocument(document)).toEqual(parser.parse(document));
  });

  it('leaves a body with markup to the parser', () => {
    for (const body of ['Some *emphasis*.\n', '- a loose list\n\n- of items\n', 'A {expression}.\n', 'See www.example.org.\n', '    indented\n']) {
      expect(plainProseDocument(file(body))).toBeNull();
    }
  });
});

describe('remarkPlainProse', () => {
  const withPlugin = unified().use(remarkParse).use(remarkMdx).use(remarkPlainProse).use(remarkGfm);

  it('gives the parser’s tree for prose and for markup', () => {
    for (const document of [seeds[0] as string, file('Some *emphasis* and a [link](https://example.org).\n\n| a | b |\n|---|---|\n| 1 | 2 |\n')]) {
      expect(withPlugin.parse(document)).toEqual(parser.parse(document));
    }
  });

  it('compiles a seed source to the same module as the MDX parser', async () => {
    const document = seeds[0] as string;
    const options = { jsxImportSource: 'astro', elementAttributeNameCase: 'html' as const };
    // Counts the MDX parser's runs under the shortcut, to show the shortcut was taken.
    let parsed = 0;
    function countParses(this: Processor) {
      const parse = this.parser;
      if (parse) this.parser = (text, vfile) => ((parsed += 1), parse(text, vfile));
    }
    const plain = await compile(document, { ...options, remarkPlugins: [remarkGfm] });
    const shortcut = await compile(document, { ...options, remarkPlugins: [countParses, remarkPlainProse, remarkGfm] });
    expect(parsed).toBe(0);
    expect(String(shortcut.value)).toBe(String(plain.value));
  });
});
