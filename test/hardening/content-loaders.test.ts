import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content/content-error.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { loadSources } from '../../src/lib/content/load-sources.ts';
import { readYamlFile } from '../../src/lib/content/yaml-file.ts';

/*
 * The content loaders on hostile files, without a build: every file's problems in one report, one
 * message per syntax mistake, duplicates named with the file they collide with.
 */

const FRONTMATTER = "---\ntitle: Harbour reopens\npublisher: Example News\npublished: '2025-02-03'\npublished_basis: { kind: stated, note: date line }\n---\n\n";

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A project folder holding `files` (path → text) under `content/`. */
function project(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'hardening-content-'));
  mkdirSync(join(root, 'content/sources'), { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, 'content', path), text);
  return root;
}

/** The problems a loader throws, as `file:line message` lines. */
function problems(load: () => unknown): string[] {
  try {
    load();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''} ${p.message}`);
  }
  throw new Error('expected the loader to fail');
}

describe('loadContent reports every content file at once', () => {
  it('broken briefing.yaml, a bad source and a broken actors.yaml together', () => {
    project({
      'briefing.yaml': 'title: Harbour: dispute\ndescription: What each side says.\n',
      'sources/2025-02-03-example-harbour.mdx': FRONTMATTER.replace("'2025-02-03'", "'2025-02-30'") + 'The harbour reopened.\n',
      'actors.yaml': '- id: freedonia\n  name: "Freedonia\n  kind: government\n',
      'figure-categories.yaml': '- id: ships\n  label: Ships\n  description: Ships seen.\n  units: [ships]\n  cues: [seen]\n',
    });
    expect(problems(() => loadContent(root))).toEqual([
      'content/briefing.yaml:1 the YAML is not valid: Nested mappings are not allowed in compact mappings. Fix the syntax on this line (check indentation, colons and quotes).',
      'content/sources/2025-02-03-example-harbour.mdx:4 published must be a real calendar date written YYYY-MM-DD; got "2025-02-30"',
      'content/actors.yaml:4 the YAML is not valid: Missing closing "quote. Fix the syntax: a quotation mark or bracket opened above this line is never closed; find where it opens and close it.',
    ]);
  });
});

describe('readYamlFile on broken syntax', () => {
  const syntax = (text: string) => {
    project({ 'x.yaml': text });
    return readYamlFile(root, 'content/x.yaml').problems.map((p) => `${p.line} ${p.message}`);
  };

  it('names both lines of a key indented one space too far', () => {
    expect(syntax('- id: a\n  name: A\n  kind: government\n   aliases: [x]\n')).toEqual([
      '3 the YAML is not valid: Nested mappings are not allowed in compact mappings. Fix the syntax on lines 3–4 (check indentation, colons and quotes).',
    ]);
  });

  it('says that tabs are not allowed, and shows one problem, not one per following line', () => {
    const lines = syntax('- id: a\n\tname: A\n- id: b\n  name: B\n- id: c\n  name: C\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^2 the YAML is not valid: .*YAML does not allow tabs for indentation; indent with spaces\. The parser stopped making sense of the file here/);
  });

  it('reports a repeated key on its second line', () => {
    expect(syntax('- id: a\n  name: A\n  name: B\n')).toEqual([
      '3 the YAML is not valid: Map keys must be unique. Fix the syntax on this line (check indentation, colons and quotes).',
    ]);
  });
});

describe('loadSources on duplicate ids', () => {
  it('a .md twin and an upper-case twin of one source are both named, with the file they collide with', () => {
    const body = `${FRONTMATTER}The harbour reopened.\n`;
    project({ 'sources/2025-02-03-example-harbour.mdx': body, 'sources/2025-02-03-example-harbour.md': body, 'sources/2025-02-03-Example-Harbour.MDX': body });
    const unique = "a source id is its page's URL and must be unique. Keep one file (move anything missing into it) and delete the other";
    expect(problems(() => loadSources(root)).sort()).toEqual([
      `content/sources/2025-02-03-Example-Harbour.MDX claims the same source id "2025-02-03-example-harbour" as content/sources/2025-02-03-example-harbour.mdx; ${unique}`,
      `content/sources/2025-02-03-example-harbour.md claims the same source id "2025-02-03-example-harbour" as content/sources/2025-02-03-example-harbour.mdx; ${unique}`,
    ]);
  });

  it('negative case: two sources with the same text under different ids are not duplicates (a wire story runs in several outlets)', () => {
    const body = `${FRONTMATTER}The harbour reopened.\n`;
    project({ 'sources/2025-02-03-example-harbour.mdx': body, 'sources/2025-02-03-other-harbour.mdx': body });
    expect(loadSources(root).map((source) => source.id)).toEqual(['2025-02-03-example-harbour', '2025-02-03-other-harbour']);
  });

  it('a lone .md file is told to be renamed to .mdx', () => {
    project({ 'sources/2025-02-03-example-harbour.md': `${FRONTMATTER}The harbour reopened.\n` });
    expect(problems(() => loadSources(root))).toEqual([
      'content/sources/2025-02-03-example-harbour.md the file name is the source id and must be lowercase a-z, 0-9 and hyphens, ending in .mdx; rename it',
    ]);
  });
});
