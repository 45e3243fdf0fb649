import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content/content-error.ts';
import { loadSources } from '../../src/lib/content/load-sources.ts';

const VALID = {
  title: 'Harbour reopens',
  publisher: 'Example News',
  published: '"2025-02-03"',
  published_basis: '{ kind: stated, note: "date line" }',
  wire: '[]',
};

/** A content folder holding one source whose frontmatter is VALID with `changes` applied (undefined removes a field). */
function rootWith(changes: Record<string, string | undefined>, body = 'The harbour reopened on Monday.\n', name = '2025-02-03-example-harbour.mdx'): string {
  const root = mkdtempSync(join(tmpdir(), 'briefing-sources-'));
  mkdirSync(join(root, 'content/sources'), { recursive: true });
  const fields = Object.entries({ ...VALID, ...changes }).filter(([, value]) => value !== undefined);
  writeFileSync(join(root, 'content/sources', name), `---\n${fields.map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n\n${body}`);
  return root;
}

function problems(root: string): string[] {
  try {
    loadSources(root);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''} ${p.path}: ${p.message}`);
  }
  throw new Error('expected loadSources to fail');
}

const FILE = 'content/sources/2025-02-03-example-harbour.mdx';

describe('loadSources', () => {
  it('reads a valid source with its numbered paragraphs', () => {
    const [source] = loadSources(rootWith({}, 'First \\{x\\}.\n\nSecond.\n'));
    expect(source).toMatchObject({ id: '2025-02-03-example-harbour', published: '2025-02-03', publisher: 'Example News' });
    expect(source!.paragraphs).toEqual([{ n: 1, text: 'First {x}.' }, { n: 2, text: 'Second.' }]);
  });

  it('names the file and field of a missing title', () => {
    expect(problems(rootWith({ title: undefined }))).toEqual([
      `${FILE} title: title is required: the headline, or a neutral title you write (then add title_basis)`,
    ]);
  });

  it('names the line of a bad or impossible date and says how to write it', () => {
    expect(problems(rootWith({ published: '"23/10/2024"' }))).toEqual([
      `${FILE}:4 published: published must be a real calendar date written YYYY-MM-DD; got "23/10/2024"`,
    ]);
    expect(problems(rootWith({ published: '2024-02-30' }))).toEqual([
      `${FILE}:4 published: published must be a real calendar date written YYYY-MM-DD; got "2024-02-30"`,
    ]);
  });

  it('says wire must be a list', () => {
    expect(problems(rootWith({ wire: 'Reuters' }))).toEqual([`${FILE}:6 wire: wire must be a list of agency names, e.g. [Reuters], or []`]);
  });

  it('refuses unknown fields instead of dropping them', () => {
    expect(problems(rootWith({ note: '[a typo]' }))[0]).toContain('unknown field "note": check the spelling');
  });

  it('reports broken YAML, a body with no paragraphs and a bad file name', () => {
    expect(problems(rootWith({ title: '"unclosed' }))[0]).toMatch(/^content\/sources\/2025-02-03-example-harbour\.mdx(:\d+)? : the frontmatter is not valid YAML/);
    expect(problems(rootWith({}, '> only a quote\n'))).toEqual([`${FILE} : the body has no paragraphs; paste the article text below the frontmatter`]);
    expect(problems(rootWith({}, 'Text.\n', 'Bad Name.mdx'))[0]).toContain('the file name is the source id');
  });
});
