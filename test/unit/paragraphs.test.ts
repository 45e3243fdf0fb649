import { describe, expect, it } from 'vitest';
import { bodyParagraphs } from '../../src/lib/paragraphs.ts';
import { parseMdxBody } from '../../src/lib/parse-mdx.ts';

describe('bodyParagraphs', () => {
  it('numbers top-level paragraphs from 1 and resolves MDX escapes', () => {
    const paragraphs = bodyParagraphs(parseMdxBody('One \\{x\\} \\<b\\>.\n\nTwo “curly” and "straight".\n'));
    expect(paragraphs.map(({ n, text }) => ({ n, text }))).toEqual([
      { n: 1, text: 'One {x} <b>.' },
      { n: 2, text: 'Two “curly” and "straight".' },
    ]);
  });

  it('skips paragraphs nested in lists and block quotes', () => {
    const paragraphs = bodyParagraphs(parseMdxBody('First.\n\n- item\n- other\n\n> quoted\n\nLast.\n'));
    expect(paragraphs.map((p) => p.text)).toEqual(['First.', 'Last.']);
  });
});
