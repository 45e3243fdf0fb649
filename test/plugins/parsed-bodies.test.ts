import { parseFrontmatter } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { keepParsedBodies, takeParsedDocument } from '../../src/lib/content/parsed-bodies.ts';
import { parseMdxBody } from '../../src/lib/parse-mdx.ts';
import remarkPlainProse from '../../src/plugins/remark-plain-prose.ts';

/** The parser the MDX integration runs (remark-parse, remark-mdx, remark-gfm's syntax). */
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** A source file's text, as the loader reads its body and as the MDX integration hands it to the parser. */
function source(body: string): { body: string; document: string } {
  const file = `---\ntitle: "A title"\npublished: 2024-10-23\n---\n${body}`;
  return { body: file.slice(file.indexOf('---\n', 4) + 4), document: parseFrontmatter(file, { frontmatter: 'empty-with-spaces' }).content };
}

const MARKUP = [
  '\nSome *emphasis*, an escaped \\<tag\\> and a [link](https://example.org).\n\nA second paragraph.\n',
  '- a list\n- of items\n\n1. and one\n2. numbered\n',
  '\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nSee www.example.org &amp; more.\n',
];

describe('parsed bodies', () => {
  keepParsedBodies();

  it('hands the MDX pipeline the tree the parser builds, positions counted from the start of the file', () => {
    for (const { body, document } of MARKUP.map(source)) {
      parseMdxBody(body);
      expect(takeParsedDocument(document)).toEqual(parser.parse(document));
    }
  });

  it('hands each tree over once, and keeps none for plain prose or a body with MDX in it', () => {
    const [{ body, document }] = MARKUP.map(source) as [{ body: string; document: string }];
    parseMdxBody(body);
    expect(takeParsedDocument(document)).not.toBeNull();
    expect(takeParsedDocument(document)).toBeNull();
    for (const other of ['\nPlain prose.\n', '\nA comment {/* here */} and *emphasis*.\n'].map(source)) {
      parseMdxBody(other.body);
      expect(takeParsedDocument(other.document)).toBeNull();
    }
  });

  it('gives the MDX pipeline’s parser step the same tree as parsing again', () => {
    const withPlugin = unified().use(remarkParse).use(remarkMdx).use(remarkPlainProse).use(remarkGfm);
    for (const { body, document } of MARKUP.map(source)) {
      parseMdxBody(body);
      expect(withPlugin.parse(document)).toEqual(parser.parse(document));
      // The plugin took the loader's tree rather than parsing.
      expect(takeParsedDocument(document)).toBeNull();
    }
  });
});
