import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readPlainList } from '../../src/lib/content/plain-yaml-list.ts';

/** Topic lists as editors and `yaml.stringify` write them: the shortcut reads each as the YAML parser does. */
const READ = [
  '- id: freedonia\n  name: Freedonia\n  kind: government\n  aliases:\n    - Fredonburg\n    - the Freedonian government\n  demonyms: []\n',
  '# Actors.\n#\n- id: ruhl\n  name: Ann Ruhl\n  kind: person\n  government: freedonia\n  role: Foreign Minister of Freedonia, who speaks for the government on\n    the talks\n  aliases: []\n',
  '- id: a\n  # Fredonburg means the government here.\n  aliases: [Fredonburg, FRD, F.R.D., Republic of Freedonia,\n    the Republic of Freedonia, N. Freedonia]\n  demonyms: [Freedonian]\n\n- id: b\n  aliases: []\n',
  "- id: outlet\n  name: 24News\n  kind: media\n  aliases:\n    - 1lurer.am\n    - Øystein Elgan\n    - C# news\n    - a long alias that runs\n      on over a line\n  note: 'It''s \"quoted\"'\n  other: null\n",
  '- id: troops\n  label: Troops\n  description: Soldiers sent, planned or expected to be sent to fight or train\n    abroad, as claimed by each party.\n  units: [troops, special forces\n    troops, men]\n',
];

/** What the shortcut leaves to the parser, which reads it differently or reports an error. */
const LEFT = [
  ['a key with nothing after it and no items', '- id: a\n  aliases:\n  kind: body\n'],
  ['a repeated key', '- id: a\n  name: A\n  name: B\n'],
  ['items at the key\'s own indentation', '- id: a\n  aliases:\n  - A\n'],
  ['a line indented by three', '- id: a\n  name: A\n   B\n'],
  ['a comment inside a value', '- id: a\n  role: a role\n# note\n    that runs on\n'],
  ['a blank line inside a value', '- id: a\n  role: a role\n\n    that runs on\n'],
  ['a quoted value that runs on', '- id: a\n  role: "a role\n    that runs on"\n'],
  ['a folded block', '- id: a\n  role: >-\n    a role\n'],
  ['a number', '- id: a\n  count: 2024\n'],
  ['a number over lines', '- id: a\n  role: 2024\n    x\n'],
  ['a hexadecimal number', '- id: a\n  count: 0x1F\n'],
  ['a boolean item', '- id: a\n  aliases:\n    - true\n'],
  ['a quoted item in brackets', "- id: a\n  aliases: ['s, b]\n"],
  ['a map in brackets', '- id: a\n  aliases: [{a: b}]\n'],
  ['an empty item in brackets', '- id: a\n  aliases: [a, , b]\n'],
  ['brackets never closed', '- id: a\n  aliases: [a, b\n  kind: body\n'],
  ['a colon and a space in an item in brackets', '- id: a\n  aliases: [a: b]\n'],
  ['a map at the top', 'id: a\nname: A\n'],
  ['a key before any entry', '  id: a\n'],
  ['a tab', '- id: a\n  name: A\tB\n'],
  ['nothing at all', ''],
  ['only comments', '# nothing yet\n'],
] as const;

describe('readPlainList', () => {
  it.each(READ)('reads what the YAML parser reads: %s', (text) => {
    const read = readPlainList(text);
    expect(read).toBeDefined();
    expect(read).toEqual(parse(text));
  });

  it.each(LEFT)('leaves %s to the parser', (_, text) => {
    expect(readPlainList(text)).toBeUndefined();
  });

  it('reads the topic files of the site and of every corpus as the parser does, when it reads them', () => {
    const files = ['content/actors.yaml', 'content/figure-categories.yaml', ...['karabakh-2023', 'nk-russia-2025', 'red-sea-2024'].flatMap((topic) => ['actors', 'figure-categories'].map((name) => `test/fixtures/corpus/${topic}/topic/${name}.yaml`))];
    let read = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const plain = readPlainList(text);
      if (plain === undefined) continue;
      read += 1;
      expect(plain, file).toEqual(parse(text));
    }
    expect(read).toBeGreaterThan(files.length / 2);
  });

  it('never reads a value differently from the parser, whatever it holds', () => {
    // Every value of a set of awkward pieces, alone, run on, in brackets and as an item.
    const pieces = ['A', 'a: b', 'a:b', 'a #b', 'a#b', "It's", '"x"', "'x'", 'x:', '- x', '[x]', '{x}', '~', 'No', 'yes', 'Off', '.inf', '1e3', '0x1F', '0o17', '12', '1_000', '1:20', '2024-10-23', '24News', '1lurer', '1.5e', '€5', 'é', 'Ø x', '&a', '!t', '%x', '@x', '`x`', '|', '>', '?x', 'null', 'True', '', 'a, b', 'a,b', 'a ,b'];
    for (const piece of pieces) {
      for (const value of [piece, `x ${piece}`, `${piece} x`]) {
        const texts = [
          `- id: a\n  name: ${value}\n`,
          `- id: a\n  name: A\n    ${value}\n`,
          `- id: a\n  name: ${value}\n    B\n`,
          `- id: a\n  aliases: [${value}]\n`,
          `- id: a\n  aliases: [A, ${value}\n    , B]\n`,
          `- id: a\n  aliases:\n    - ${value}\n`,
          `- id: a\n  aliases:\n    - A\n      ${value}\n`,
        ];
        for (const text of texts) {
          const read = readPlainList(text);
          if (read === undefined) continue;
          expect(read, text).toEqual(parse(text));
        }
      }
    }
  });
});
