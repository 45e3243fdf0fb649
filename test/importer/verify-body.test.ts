import { describe, expect, it } from 'vitest';
import { verifyBody } from '../../src/lib/importer/verify-body.ts';

describe('verifyBody', () => {
  it('accepts a body that reads back as the intended paragraphs', () => {
    expect(verifyBody('One \\{a\\}.\n\nTwo \\*b\\*.\n', ['One {a}.', 'Two *b*.'])).toEqual([]);
  });

  it('reports a paragraph that reads back differently (unescaped emphasis)', () => {
    expect(verifyBody('One *a*.\n', ['One *a*.'])).toEqual([
      { rule: 'verify/text', reason: 'paragraph 1 reads back differently from the text (“One a.”); nothing was written' },
    ]);
  });

  it('reports a paragraph count that differs (an unescaped heading marker)', () => {
    expect(verifyBody('# Title\n\nText.\n', ['# Title', 'Text.']).map((message) => message.rule)).toEqual(['verify/count', 'verify/text']);
  });

  it('reports an unescaped list marker: the line reads back as an item without its bullet', () => {
    expect(verifyBody('- item\n\nText.\n', ['- item', 'Text.']).map((message) => message.rule)).toEqual(['verify/text']);
  });

  it('accepts list items that read back as items, and reports a paragraph that became one', () => {
    const intended = [
      { text: 'Background:', kind: 'paragraph' as const },
      { text: 'Oct. 18: The council met.', kind: 'item' as const },
    ];
    expect(verifyBody('Background:\n\n- Oct. 18: The council met.\n', intended)).toEqual([]);
    expect(verifyBody('Background:\n\n- Oct. 18: The council met.\n', ['Background:', 'Oct. 18: The council met.'])).toEqual([
      { rule: 'verify/kind', reason: 'paragraph 2 reads back as a list item, not as a paragraph; nothing was written' },
    ]);
  });

  it('reports a body that does not parse', () => {
    expect(verifyBody('Text {a.\n', ['Text {a.']).map((message) => message.rule)).toEqual(['verify/parse']);
  });
});
