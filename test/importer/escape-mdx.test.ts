import { describe, expect, it } from 'vitest';
import { escapeMdx } from '../../src/lib/importer/escape-mdx.ts';
import { bodyParagraphs } from '../../src/lib/paragraphs.ts';
import { parseMdxBody } from '../../src/lib/parse-mdx.ts';

/** What the site's parser reads back from escaped paragraphs. */
function readBack(paragraphs: string[]): string[] {
  return bodyParagraphs(parseMdxBody(paragraphs.map(escapeMdx).join('\n\n'))).map((paragraph) => paragraph.text);
}

describe('escapeMdx', () => {
  it('escapes braces and angle brackets', () => {
    expect(escapeMdx('A {draft} <b>law</b>')).toBe('A \\{draft\\} \\<b\\>law\\</b\\>');
  });

  it('leaves quotes, curly and straight, as they are', () => {
    expect(escapeMdx('“Yes,” he said. "No," she said. It’s done.')).toBe('“Yes,” he said. "No," she said. It’s done.');
  });

  it('escapes line-start markers of headings, lists and ordered lists', () => {
    expect(escapeMdx('# of votes')).toBe('\\# of votes');
    expect(escapeMdx('- 5 degrees')).toBe('\\- 5 degrees');
    expect(escapeMdx('+ one')).toBe('\\+ one');
    expect(escapeMdx('1. Reform')).toBe('1\\. Reform');
    expect(escapeMdx('2) Reform')).toBe('2\\) Reform');
  });

  it('turns the first letter of a leading import/export into a character reference', () => {
    expect(escapeMdx('export controls were tightened.')).toBe('&#101;xport controls were tightened.');
    expect(escapeMdx('exporters complained.')).toBe('exporters complained.');
  });

  it('keeps bare links and e-mail addresses plain text', () => {
    expect(escapeMdx('See https://example.org or www.example.org, or write to desk@example.org.')).toBe(
      'See https\\://example.org or www\\.example.org, or write to desk\\@example.org.',
    );
  });

  it('round-trips every character MDX or Markdown could misread', () => {
    const paragraphs = [
      'Braces {x} and {{y}}, tags <b>bold</b> and <Widget prop={1} />, an arrow -> and a comparison 3 < 4 > 2.',
      '# Not a heading, and neither is ## this.',
      '- not a list item',
      '+ nor this',
      '* nor this, with *stars* and **double stars**',
      '1. Not an ordered list',
      '> not a quote',
      'Under_scores_here and _there_, `code`, [a link](https://example.org) and ![an image](x.png), [^1].',
      'Back\\slash, tilde ~~struck~~ and ~one~, AT&T and &amp; and &#65;, pipes | stay.',
      'export controls were tightened.',
      'import duties rose.',
      '---',
      '***',
      'Two  spaces and a\ttab stay.',
      'Links like https://example.org/a_b?c=1&d=[2] and www.example.org/~x_y stay as text, as does desk_news@example.org.',
      '“Curly” and "straight" quotes, it’s and it\'s.',
    ];
    expect(readBack(paragraphs)).toEqual(paragraphs);
  });

  it('round-trips 3,000 generated lines made of syntax characters', () => {
    // A fixed-seed generator (mulberry32), so a failure can be replayed.
    let state = 2024;
    const random = () => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pieces = [...'ab AZ09.,;:!?-+*_#>`~[](){}<>&\\/|"\'=@$%^', 'http://', 'www.', 'import ', 'export ', '“', '’', '&amp;', '\t', '1. '];
    const failures: string[] = [];
    for (let i = 0; i < 3000; i++) {
      let text = '';
      const length = 1 + Math.floor(random() * 14);
      for (let j = 0; j < length; j++) text += pieces[Math.floor(random() * pieces.length)];
      text = text.trim();
      if (text === '') continue;
      const read = bodyParagraphs(parseMdxBody(`${escapeMdx(text)}\n`)).map((paragraph) => paragraph.text);
      if (read.length !== 1 || read[0] !== text) failures.push(text);
    }
    expect(failures).toEqual([]);
  });
});
