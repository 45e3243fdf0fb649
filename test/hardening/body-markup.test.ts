import { describe, expect, it } from 'vitest';
import { unsafeMarkup } from '../../src/lib/content/body-markup.ts';
import { parseMdxBody } from '../../src/lib/parse-mdx.ts';

const found = (body: string) => unsafeMarkup(parseMdxBody(body));
const ESCAPE = 'to show it as text, escape it with a backslash (\\< or \\{), or re-import the article with `npm run import`';

describe('unsafeMarkup finds what would not be shown as text', () => {
  it('a tag, inline or on its own line, once per tag, with its body line', () => {
    expect(found('The mayor spoke.\n\nReaders saw <script>alert(1)</script> here.\n\n<div class="box">\nBoxed.\n</div>\n')).toEqual([
      { line: 3, message: `the body contains the tag <script>, which would be rendered as markup, not shown as text; ${ESCAPE}` },
      { line: 5, message: `the body contains the tag <div>, which would be rendered as markup, not shown as text; ${ESCAPE}` },
    ]);
  });

  it('an expression, which would run at build time', () => {
    expect(found('The total was {1 + 1} ships.')).toEqual([
      { line: 1, message: `the body contains the expression {1 + 1}, which MDX would run as code; ${ESCAPE}` },
    ]);
  });

  it('an import or export line', () => {
    expect(found('The port reopened.\n\nexport const x = 1\n').map((problem) => problem.line)).toEqual([3]);
  });

  it('links and images whose scheme could run a script, however it is spelt', () => {
    const body = [
      '[a](javascript:alert(1))',
      '[b](JavaScript:alert(2))',
      '![c](data:text/html;base64,PHNjcmlwdD4=)',
      '[d][ref]',
      '[ref]: vbscript:msgbox',
    ].join('\n\n');
    expect(found(body).map((problem) => [problem.line, problem.message.split('; ')[0]])).toEqual([
      [1, 'the body links to "javascript:alert(1)"'],
      [3, 'the body links to "JavaScript:alert(2)"'],
      [5, 'the body links to "data:text/html;base64,PHNjcmlwdD4="'],
      [9, 'the body links to "vbscript:msgbox"'],
    ]);
  });
});

describe('unsafeMarkup negative cases: text and harmless Markdown pass', () => {
  it('escaped characters, as the importer writes them', () => {
    expect(found('Readers saw \\<script\\>alert(1)\\</script\\> and \\{x\\} and javascript:alert(1).')).toEqual([]);
  });

  it('http, https, mailto and relative links', () => {
    expect(found('[a](https://example.org) [b](http://example.org) [c](mailto:desk@example.org) [d](/sources/) [e](#p2)')).toEqual([]);
  });

  it('a comment-only expression, which renders nothing', () => {
    expect(found('The port reopened.\n\n{/* checked against the print edition */}\n')).toEqual([]);
  });

  it('emphasis, lists and quotes', () => {
    expect(found('The *port* reopened.\n\n- one\n- two\n\n> A quoted line.\n')).toEqual([]);
  });
});
