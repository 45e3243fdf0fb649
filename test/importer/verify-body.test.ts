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

  it('reports a paragraph count that differs (an unescaped list marker)', () => {
    expect(verifyBody('- item\n\nText.\n', ['- item', 'Text.']).map((message) => message.rule)).toEqual(['verify/count', 'verify/text']);
  });

  it('reports a body that does not parse', () => {
    expect(verifyBody('Text {a.\n', ['Text {a.']).map((message) => message.rule)).toEqual(['verify/parse']);
  });
});
