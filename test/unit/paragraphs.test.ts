import { readdirSync, readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { bodyParagraphs } from '../../src/lib/paragraphs.ts';
import { parseMdxBody } from '../../src/lib/parse-mdx.ts';

/** Number, kind and text of each numbered paragraph of an MDX body. */
function numbered(body: string) {
  return bodyParagraphs(parseMdxBody(body)).map(({ n, kind, text }) => ({ n, kind, text }));
}

describe('bodyParagraphs', () => {
  it('numbers top-level paragraphs from 1 and resolves MDX escapes', () => {
    expect(numbered('One \\{x\\} \\<b\\>.\n\nTwo “curly” and "straight".\n')).toEqual([
      { n: 1, kind: 'paragraph', text: 'One {x} <b>.' },
      { n: 2, kind: 'paragraph', text: 'Two “curly” and "straight".' },
    ]);
  });

  it('numbers each item of a list as a paragraph, in reading order, and skips block quotes', () => {
    expect(numbered('First.\n\n- item\n- other\n\n> quoted\n\nLast.\n')).toEqual([
      { n: 1, kind: 'paragraph', text: 'First.' },
      { n: 2, kind: 'item', text: 'item' },
      { n: 3, kind: 'item', text: 'other' },
      { n: 4, kind: 'paragraph', text: 'Last.' },
    ]);
  });

  it('reads a dated background list: an ordered or a bullet list, tight or loose, the same way', () => {
    const items = ['Oct. 18: The spy agency said troops had left.', 'Oct. 23: The minister confirmed it.'];
    const expected = [
      { n: 1, kind: 'paragraph', text: 'Background:' },
      { n: 2, kind: 'item', text: items[0] },
      { n: 3, kind: 'item', text: items[1] },
    ];
    expect(numbered(`Background:\n\n- ${items[0]}\n- ${items[1]}\n`)).toEqual(expected);
    expect(numbered(`Background:\n\n- ${items[0]}\n\n- ${items[1]}\n`)).toEqual(expected);
    expect(numbered(`Background:\n\n1. ${items[0]}\n2. ${items[1]}\n`)).toEqual(expected);
  });

  it('joins the paragraphs of one item with a space and numbers nested items after their parent, on their own', () => {
    expect(numbered('- First part.\n\n  Second part.\n\n- Parent\n  - child one\n  - child two\n- Last\n')).toEqual([
      { n: 1, kind: 'item', text: 'First part. Second part.' },
      { n: 2, kind: 'item', text: 'Parent' },
      { n: 3, kind: 'item', text: 'child one' },
      { n: 4, kind: 'item', text: 'child two' },
      { n: 5, kind: 'item', text: 'Last' },
    ]);
  });

  it('does not number a list inside a block quote', () => {
    expect(numbered('> - quoted item\n\nText.\n')).toEqual([{ n: 1, kind: 'paragraph', text: 'Text.' }]);
  });
});

/**
 * The rule before list items counted: top-level paragraphs only. Kept here as the reference the
 * new rule must match on every body without lists, so published `#pN` anchors keep their text.
 */
function legacyNumbering(tree: Root): { n: number; text: string }[] {
  return tree.children.filter((child) => child.type === 'paragraph').map((child, i) => ({ n: i + 1, text: toString(child) }));
}

describe('counting list items keeps every published paragraph anchor on the same text', () => {
  const dir = new URL('../../content/sources/', import.meta.url);
  const bodies = readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({ name, body: readFileSync(new URL(name, dir), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '') }));

  it('numbers every source in content/sources/ exactly as the rule without list items did', () => {
    expect(bodies.length).toBeGreaterThan(0);
    for (const { name, body } of bodies) {
      const tree = parseMdxBody(body);
      expect(bodyParagraphs(tree).map(({ n, text }) => ({ n, text })), name).toEqual(legacyNumbering(tree));
    }
  });

  it('resolves every published /sources/…/#pN of content/anchors.json to a paragraph', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../content/anchors.json', import.meta.url), 'utf8')) as { anchors: string[] };
    const counts = new Map(bodies.map(({ name, body }) => [name.replace(/\.mdx$/, ''), bodyParagraphs(parseMdxBody(body)).length]));
    const dangling = manifest.anchors.flatMap((anchor) => {
      const match = /^\/sources\/([^/]+)\/#p(\d+)$/.exec(anchor);
      if (!match) return [];
      const count = counts.get(match[1]!);
      return count !== undefined && Number(match[2]) <= count ? [] : [anchor];
    });
    expect(dangling).toEqual([]);
  });

  it('keeps the numbers of a source whose list an older import wrote as paragraphs ("\\- item"), once re-imported as a list', () => {
    const before = numbered('The council listed two options:\n\n\\- repair the bridge\n\n\\- build a ferry link\n\nIt will vote next week.\n');
    const after = numbered('The council listed two options:\n\n- repair the bridge\n- build a ferry link\n\nIt will vote next week.\n');
    expect(after.map(({ n }) => n)).toEqual(before.map(({ n }) => n));
    // Each item keeps its words; only the bullet, which was never the article's text, is gone.
    after.forEach((paragraph, i) => expect(before[i]!.text).toContain(paragraph.text));
  });
});
