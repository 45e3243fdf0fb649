import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readPlainFrontmatter } from '../../src/lib/content/plain-frontmatter.ts';

/** Frontmatter as the importer and editors write it: the shortcut reads each as the YAML parser does. */
const READ = [
  'title: "Freedonia sends troops"\npublisher: "The Courier"\npublished: "2024-10-23"\nwire: []\nnotes: []',
  "title: Freedonia sends troops to Sylvania\npublisher: null\npublished: '2024-10-23'\nwire:\n  - Reuters\n  - AFP",
  '# The Courier credits no agency.\ntitle: "Ruhl\'s visit: what we know"\npublished_basis:\n  kind: "inferred"\n  note: "supplied with --published; not stated in the text"',
  "title: 'It''s \"over\", Ruhl said'\nurl: https://example.com/a#b\nbyline: By Ann O'Neil",
  'title: C# talks begin\nnotes:\n  - "The name is missing in the original (“Meanwhile, , the spokesperson …”)."',
  'title: Null hypothesis\nbyline: Trueman',
];

/** What the shortcut leaves to the parser, which reads it differently or reports an error. */
const LEFT = [
  ['a value over two lines', 'title: Freedonia sends\n  troops\npublished: "2024-10-23"'],
  ['a plain number', 'title: 2024'],
  ['a plain boolean', 'title: true'],
  ['null in capitals', 'title: NULL'],
  ['a plain value that opens with an indicator', 'title: *alias'],
  ['an escape in double quotes', 'title: "a\\tb"'],
  ['a comment after a value', 'title: Talks # draft'],
  ['a colon and a space in a plain value', 'title: Ruhl: we stay'],
  ['a repeated key', 'title: A\ntitle: B'],
  ['a repeated nested key', 'published_basis:\n  kind: stated\n  kind: inferred'],
  ['a key with nothing after it', 'title:\npublisher: null'],
  ['a blank line', 'title: A\n\npublisher: null'],
  ['a tab', 'title: A\tB'],
  ['a carriage return', 'title: A\r\npublisher: null'],
  ['deeper indentation', 'published_basis:\n    kind: stated'],
  ['a list item that is a map', 'notes:\n  - kind: stated'],
  ['a key that is not lower case', 'Title: A'],
  ['trailing spaces', 'title: A '],
  ['nothing at all', ''],
] as const;

describe('readPlainFrontmatter', () => {
  it.each(READ)('reads what the YAML parser reads: %s', (text) => {
    const read = readPlainFrontmatter(text);
    expect(read).toBeDefined();
    expect(read).toEqual(parse(text));
  });

  it.each(LEFT)('leaves %s to the parser', (_, text) => {
    expect(readPlainFrontmatter(text)).toBeUndefined();
  });

  it('never reads a line differently from the parser, whatever it holds', () => {
    // Every value of a set of awkward pieces, alone, quoted and in a list.
    const pieces = ['A', 'a: b', 'a:b', 'a #b', 'a#b', "It's", '"x"', "'x'", 'x:', '- x', '[x]', '{x}', '~', 'No', 'yes', 'Off', '.inf', '0x1F', '1e3', '€5', 'é', '&a', '!t', '%x', '@x', '`x`', '|', '>', '?x', 'null', 'True', ''];
    for (const piece of pieces) {
      for (const value of [piece, `"${piece}"`, `'${piece}'`, `x ${piece}`]) {
        for (const text of [`title: ${value}`, `notes:\n  - ${value}`, `basis:\n  note: ${value}`]) {
          const read = readPlainFrontmatter(text);
          if (read === undefined) continue;
          expect(read, text).toEqual(parse(text));
        }
      }
    }
  });
});
