import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockLines, linesToText } from '../../src/lib/importer/page/block-text.ts';

/** The text lines of an HTML fragment, and those set apart. */
function read(html: string, apart: string[] = []) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const { lines, apart: setApart } = blockLines(document.body as unknown as Node, { apart });
  return { text: linesToText(lines), apart: setApart.map((line) => line.text) };
}

describe('blockLines', () => {
  it('makes a line of each block, a blank line between blocks, spaces collapsed, invisible characters gone', () => {
    expect(read('<h2>Talks  resume</h2><p>The   talks\n resumed <b>on</b> Monday.</p><p>Offi\u00adcials\u200b said so.</p>').text).toBe(
      'Talks resume\n\nThe talks resumed on Monday.\n\nOfficials said so.',
    );
  });

  it('writes list items as consecutive lines with their bullets or numbers, an <ol start> honoured', () => {
    expect(read('<p>Aims:</p><ul><li>Reopen the bridge</li><li><p>Build a ferry</p><p>link</p></li></ul><ol start="3"><li>Three</li><li>Four</li></ol>').text).toBe(
      'Aims:\n\n- Reopen the bridge\n- Build a ferry link\n3. Three\n4. Four',
    );
  });

  it('numbers nested items after their parent', () => {
    expect(read('<ul><li>Parent<ul><li>child</li></ul></li></ul>').text).toBe('- Parent\n- child');
  });

  it('breaks a line at <br> and at a time stamp or a byline, as a reader sees them', () => {
    expect(read('<p>Source: Yonhap<br>News Reporter</p><div><span class="byline">By Jane Doe</span> <time>March 3, 2023</time></div>').text).toBe(
      'Source: Yonhap\n\nNews Reporter\n\nBy Jane Doe\n\nMarch 3, 2023',
    );
  });

  it('sets photo captions apart and skips scripts, styles, forms and hidden elements', () => {
    const result = read('<figure><img src="a.jpg"><figcaption>The bridge on Monday. (Yonhap)</figcaption></figure><script>var a = 1;</script><style>p{}</style><p hidden>Hidden.</p><p>Text.</p>', ['figcaption']);
    expect(result).toEqual({ text: 'Text.', apart: ['The bridge on Monday. (Yonhap)'] });
  });
});
