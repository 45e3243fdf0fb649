import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { importArticle } from '../../src/lib/importer/import-article.ts';
import { loadBriefing } from '../../src/lib/load-briefing.ts';
import { filesUnder, hashDir, resetContent, runBuild, strayBuildFolders } from './project.ts';
import { tempProject } from '../helpers/temp-project.ts';

/*
 * Hostile content against the real build (`npm run build` = src/cli/build.ts). One throwaway project
 * starts with the shared build of the unchanged content as its last good dist/ (test/helpers/shared-builds.ts;
 * this file runs with the build tests); then each group breaks its content in several ways at once (the
 * loaders report every problem together). The first group builds: the failed build must name every
 * file, line and what to fix, print no stack trace, exit non-zero and leave the last good dist/ byte
 * for byte as it was. Broken content stops the build where the briefing's integration builds the model
 * (src/integrations/briefing.ts), which prints the model's error message as it is, whatever the
 * problem; so the other groups build the model in this process and check that message, which saves
 * a build (about 3 s of CPU) each. Then sources full of markup-like text, quotes and scripts a test
 * cannot guess, and an article with lists, are added together and must build. (A failed build with
 * no earlier site is test/build/anchors-build.test.ts.)
 */

const SOURCES = 'content/sources';
const REUTERS = '2024-10-23-reuters-north-korean-troops-russia-us-defense';
const IANS = '2024-10-23-ians-white-house-official-confirms-north-korean';
const YONHAP = '2024-10-23-yonhap-us-official-confirms-north-korean-troops';
const UNKNOWN = '2024-10-23-unknown-us-dispels-suspicion-little-confidence-korean';
const PENTAGON = '2024-10-29-unknown-pentagon-south-korea-nato-north-korean';

let project: { root: string; remove: () => void };
let goodDist: string;

/** A path inside the project. */
const at = (file: string) => join(project.root, file);
const read = (file: string) => readFileSync(at(file), 'utf8');
const edit = (file: string, change: (text: string) => string) => writeFileSync(at(file), change(read(file)));
/** 1-based line of the first line of `file` that starts with `start`. */
const lineOf = (file: string, start: string) => read(file).split('\n').findIndex((line) => line.startsWith(start)) + 1;
/** Appends a paragraph to a source and returns its line. */
function appendParagraph(file: string, text: string): number {
  const before = read(file).replace(/\n*$/, '\n\n');
  writeFileSync(at(file), `${before}${text}\n`);
  return before.split('\n').length;
}

/** Builds the broken project; what a test needs to judge the failure. */
function buildBroken(breakContent: () => void) {
  resetContent(project.root);
  breakContent();
  const { status, output } = runBuild(project.root);
  return { status, output, dist: hashDir(at('dist')), stray: strayBuildFolders(project.root) };
}

/**
 * Whether the model of the broken project fails to build, and what the build would then say: the
 * message of the model's error, which the build prints (see the first group).
 */
function loadBroken(breakContent: () => void): { failed: boolean; output: string } {
  resetContent(project.root);
  breakContent();
  try {
    loadBriefing(project.root);
    return { failed: false, output: '' };
  } catch (error) {
    return { failed: true, output: (error as Error).message };
  }
}

/** The checks every failed build must pass: non-zero exit, no stack trace, the old dist/ untouched. */
function expectSafeFailure(result: ReturnType<typeof buildBroken>) {
  expect(result.status).not.toBe(0);
  expect(result.output).not.toMatch(/Stack trace|^\s+at .+:\d+:\d+\)?$/m);
  expect(result.output.trimEnd().split('\n').at(-1)).toBe('The build failed; dist/ still holds the last good site.');
  expect(result.dist).toBe(goodDist);
  expect(result.stray).toEqual([]);
}

beforeAll(() => {
  project = tempProject();
  // The site `npm run build` of the unchanged content leaves: the build tests' shared build, byte for byte.
  cpSync(inject('distDir'), at('dist'), { recursive: true });
  goodDist = hashDir(at('dist'));
});
afterAll(() => project?.remove());

describe('a build with broken sources', { timeout: 120_000 }, () => {
  let result: ReturnType<typeof buildBroken>;
  const lines: Record<string, number> = {};
  const CASE_TWIN = '2024-10-23-Reuters-north-korean-troops-russia-us-defense.mdx';
  const HAND = `${SOURCES}/2024-10-24-example-hand-edited.mdx`;

  beforeAll(() => {
    result = buildBroken(() => {
      // Duplicates: the same id as another file, by extension and by case.
      writeFileSync(at(`${SOURCES}/${REUTERS}.md`), read(`${SOURCES}/${REUTERS}.mdx`));
      writeFileSync(at(`${SOURCES}/${CASE_TWIN}`), read(`${SOURCES}/${REUTERS}.mdx`));
      // Dates that are not days.
      for (const [id, date] of [[IANS, "'2024-02-30'"], [YONHAP, '2024-13-01'], [UNKNOWN, 'yesterday']] as const) {
        edit(`${SOURCES}/${id}.mdx`, (text) => text.replace(/^published: .*$/m, `published: ${date}`));
        lines[id] = lineOf(`${SOURCES}/${id}.mdx`, 'published:');
      }
      // Raw MDX an editor typed by hand: syntax errors, then valid markup that would reach the page.
      lines.div = appendParagraph(`${SOURCES}/${REUTERS}.mdx`, '<div class="note">An editor wrote this note by hand.');
      lines.brace = appendParagraph(`${SOURCES}/${PENTAGON}.mdx`, 'The ministry said the budget {was raised} again.');
      writeFileSync(
        at(HAND),
        [
          '---',
          'title: Harbour reopens',
          'publisher: Example News',
          "published: '2024-10-24'",
          'published_basis: { kind: stated, note: date line }',
          '---',
          '',
          'The harbour reopened on Thursday, officials said.',
          '',
          'Readers saw <script>alert(1)</script> on the page.',
          '',
          'See [the statement](javascript:alert(1)) for details.',
          '',
          'The total was {1 + 1} ships.',
          '',
        ].join('\n'),
      );
    });
  }, 180_000);

  it('fails, prints no stack trace and leaves dist/ as it was', () => expectSafeFailure(result));

  it('names both files of a duplicate id and says to keep one', () => {
    const unique = "a source id is its page's URL and must be unique. Keep one file (move anything missing into it) and delete the other";
    expect(result.output).toContain(`  ${SOURCES}/${REUTERS}.md: claims the same source id "${REUTERS}" as ${SOURCES}/${REUTERS}.mdx; ${unique}`);
    expect(result.output).toContain(`  ${SOURCES}/${CASE_TWIN}: claims the same source id "${REUTERS}" as ${SOURCES}/${REUTERS}.mdx; ${unique}`);
  });

  it('names the file, line and field of an impossible, an invalid and a relative date', () => {
    const rule = 'published must be a real calendar date written YYYY-MM-DD; got';
    expect(result.output).toContain(`  ${SOURCES}/${IANS}.mdx:${lines[IANS]} (published): ${rule} "2024-02-30"`);
    expect(result.output).toContain(`  ${SOURCES}/${YONHAP}.mdx:${lines[YONHAP]} (published): ${rule} "2024-13-01"`);
    expect(result.output).toContain(`  ${SOURCES}/${UNKNOWN}.mdx:${lines[UNKNOWN]} (published): ${rule} "yesterday"`);
  });

  it('names the file and line of MDX that does not parse, with a hint to escape', () => {
    expect(result.output).toContain(
      `  ${SOURCES}/${REUTERS}.mdx:${lines.div}: the body is not valid MDX: Expected a closing tag for \`<div>\` before the end of \`paragraph\`. In a source, a "<" starts an MDX tag: escape it with a backslash (\\{ \\} \\<) to show it as text, or re-import the article with \`npm run import\``,
    );
    expect(result.output).toContain(
      `  ${SOURCES}/${PENTAGON}.mdx:${lines.brace}: the body is not valid MDX: Could not parse expression with acorn. In a source, a "{" starts an MDX expression: escape it`,
    );
  });

  it('refuses valid MDX markup that would reach the page as HTML or run as code: a script tag, a javascript: link, an expression', () => {
    expect(result.output).toContain(`  ${HAND}:10: the body contains the tag <script>, which would be rendered as markup, not shown as text; to show it as text, escape it with a backslash (\\< or \\{)`);
    expect(result.output).toContain(`  ${HAND}:12: the body links to "javascript:alert(1)"; only http(s) and mailto links are allowed`);
    expect(result.output).toContain(`  ${HAND}:14: the body contains the expression {1 + 1}, which MDX would run as code`);
  });
});

describe('a build with broken YAML in every topic file', () => {
  let result: ReturnType<typeof loadBroken>;
  const lines: Record<string, number> = {};

  beforeAll(() => {
    result = loadBroken(() => {
      edit('content/briefing.yaml', (text) => text.replace(/^title: (.*)$/m, 'title: Troops: abroad'));
      lines.actors = lineOf('content/actors.yaml', '  kind: ');
      edit('content/actors.yaml', (text) => text.replace(/^ {2}kind: /m, '\tkind: '));
      lines.label = lineOf('content/figure-categories.yaml', '  label: ');
      edit('content/figure-categories.yaml', (text) => text.replace(/^( {2}label: .*)$/m, '$1\n  label: Another label'));
    });
  });

  it('stops the build: the model is not built', () => expect(result.failed).toBe(true));

  it('names each file and the line of its first mistake, all in one build', () => {
    expect(result.output).toContain(
      '  content/briefing.yaml:1: the YAML is not valid: Nested mappings are not allowed in compact mappings. Fix the syntax on this line (check indentation, colons and quotes).',
    );
    expect(result.output).toContain(
      `  content/actors.yaml:${lines.actors}: the YAML is not valid: Unexpected scalar at node end. Fix the syntax on this line: YAML does not allow tabs for indentation; indent with spaces.`,
    );
    expect(result.output).toContain(
      `  content/figure-categories.yaml:${lines.label! + 1}: the YAML is not valid: Map keys must be unique. Fix the syntax on this line (check indentation, colons and quotes).`,
    );
  });

  it('shows only the first mistake of a file the parser lost track of, not one line per following line', () => {
    expect(result.output.match(/content\/actors\.yaml:\d+/g)).toHaveLength(1);
    expect(result.output).toMatch(/content\/actors\.yaml:\d+: .*The parser stopped making sense of the file here: fix this and build again/);
  });
});

describe('a build whose overrides do not apply', () => {
  let result: ReturnType<typeof loadBroken>;

  beforeAll(() => {
    result = loadBroken(() =>
      edit('content/briefing.yaml', (text) =>
        text.replace(
          /^overrides: \[\]$/m,
          `overrides:
  - { action: suppress, id: no-such-entry, reason: a test }
  - action: add
    type: figure
    id: troops-invented-99000
    reason: a test of the provenance check
    item:
      category: troops
      value: 99000
      unit: troops
      text: 99,000 troops
      claimant: { name: null, description: a test, actor: null }
    citations:
      - { source: ${REUTERS}, paragraph: 2, evidence: "99,000 troops" }
  - action: add
    type: event
    id: talks-held-without-date
    reason: a test of the item schema
    item: { summary: Talks were held. }
    citations:
      - { source: ${REUTERS}, paragraph: 2, evidence: Talks were held. }
`,
        ),
      ),
    );
  });

  it('stops the build: the model is not built', () => expect(result.failed).toBe(true));

  it('names the override of an unknown id and says where to find ids', () => {
    expect(result.output).toContain(
      '  content/briefing.yaml, overrides item 1: suppress: no event, statement or figure has id "no-such-entry"; copy the id from the entry\'s link or dist/data/briefing.json',
    );
  });

  it('names the override whose added item cites evidence that is not in the paragraph', () => {
    expect(result.output).toContain(
      `  content/briefing.yaml, overrides item 2, added item troops-invented-99000: its evidence "99,000 troops" is not in paragraph 2 of "${REUTERS}"`,
    );
  });

  it('says which field of an added item is missing and how to write it', () => {
    expect(result.output).toContain(
      '  content/briefing.yaml, overrides item 3: the added event is not valid: date: must be a date: { text: "on Wednesday", start: 2024-10-23, end: 2024-10-23, precision: day } (start or end may be null)',
    );
  });
});

/*
 * Sources a test cannot foresee, which must build: markup-like text, unbalanced quotes, Korean,
 * Cyrillic, Arabic and Hebrew text, and an article with lists. All are added before one build (a successful build costs the
 * most here); each group below reads its own sources' pages, and the checks over every page and
 * every citation see them all.
 */
describe('a build with added sources', { timeout: 180_000 }, () => {
  const MARKUP = {
    title: 'Council debates <script>alert(1)</script> budget',
    paragraphs: [
      'A resident posted <script>alert(1)</script> in the comments section, the council said on Thursday.',
      'Another wrote [click here](javascript:alert(1)) and <a href="javascript:alert(2)">this</a> as links.',
      'Yet another pasted javascript:alert(3) and <img src=x onerror=alert(4)> and {process.exit(1)} and </p><p>.',
    ],
  };
  const QUOTES = [
    '"The harbour will stay closed until the repairs are finished, the port director told reporters on Thursday.',
    'He said crews had “started work at dawn and would continue through the night.',
  ];
  const KOREAN = { title: '북한군 러시아 파병 확인', paragraphs: ['Российские официальные лица отказались от комментариев в четверг.', '미국 국방장관은 목요일 증거가 있다고 말했다.'] };
  const ARABIC = { title: 'وزير الدفاع يؤكد وجود قوات أجنبية', paragraphs: ['قال الوزير يوم الخميس إن هناك أدلة.', 'שר ההגנה אמר ביום חמישי כי יש ראיות.'] };
  const ids: Record<string, string> = {};
  /** The source imported from an article with lists. */
  let listed: string;
  let result: { status: number | null; output: string };

  /** Imports a pasted article as an editor would and writes it into the project; returns its id. */
  function importInto(title: string, paragraphs: string[], publisher: string): string {
    const imported = importArticle([title, 'October 24, 2024', ...paragraphs].join('\n\n'), { publisher });
    expect(imported.errors).toEqual([]);
    writeFileSync(at(`${SOURCES}/${imported.id}.mdx`), imported.mdx!);
    return imported.id!;
  }
  const sourcePage = (id: string) => parse(read(`dist/sources/${id}/index.html`));
  const paragraphTexts = (id: string) => sourcePage(id).querySelectorAll('p[data-paragraph]').map((p) => p.textContent);

  beforeAll(() => {
    resetContent(project.root);
    ids.markup = importInto(MARKUP.title, MARKUP.paragraphs, 'Example News');
    ids.quotes = importInto('Port stays closed after storm', QUOTES, 'Harbour Daily');
    ids.korean = importInto(KOREAN.title, KOREAN.paragraphs, 'Example News');
    ids.arabic = importInto(ARABIC.title, ARABIC.paragraphs, 'Example News');
    // The pasted background-list fixture: seed 000 with a dated "Background:" list of three items.
    const imported = importArticle(readFileSync(join(import.meta.dirname, '../fixtures/import/yonhap-background-list.txt'), 'utf8'));
    expect(imported.errors).toEqual([]);
    listed = imported.id!;
    writeFileSync(at(`${SOURCES}/${listed}.mdx`), imported.mdx!);
    // The unfinished site of an earlier build that was killed outright (its process is gone).
    mkdirSync(at(`.dist-tmp-${spawnSync(process.execPath, ['-e', '']).pid}/sources`), { recursive: true });
    result = runBuild(project.root);
  }, 180_000);
  afterAll(() => {
    // Later files must not inherit these sources.
    if (project) resetContent(project.root);
  });

  describe('full of hostile text', () => {
    it('builds, the new site replaces dist/, and the temporary folder a killed build left behind is gone', () => {
      expect(result.status, result.output).toBe(0);
      expect(existsSync(at('dist/index.html'))).toBe(true);
      expect(existsSync(at(`dist/sources/${REUTERS}/index.html`))).toBe(true);
      expect(hashDir(at('dist'))).not.toBe(goodDist);
      expect(strayBuildFolders(project.root)).toEqual([]);
    });

    it('shows markup-like text as text: every paragraph reads back exactly, the title too', () => {
      expect(paragraphTexts(ids.markup!)).toEqual(MARKUP.paragraphs);
      expect(sourcePage(ids.markup!).querySelector('h1')?.textContent.trim()).toBe(MARKUP.title);
    });

    it('puts no injected markup on any page: no <script>alert, no javascript: link, no event handler in any HTML or XML file', () => {
      const files = filesUnder(at('dist')).filter((file) => /\.(html|xml)$/.test(file));
      expect(files.length).toBeGreaterThan(10);
      const offending = files.flatMap((file) => {
        // Inside a quoted attribute value `<` is plain text (a title="… <script> …" tooltip), so the grep skips values.
        const outsideValues = read(`dist/${file}`).replace(/="[^"]*"/g, '=""');
        const raw = /<script>alert|<img src=x|href=\s*"?\s*javascript:/i.test(outsideValues) ? [`${file}: raw markup`] : [];
        if (!file.endsWith('.html')) return raw;
        // Elements as the browser reads them: no script that runs the text, no handler, no link or source running a script.
        const injected = parse(read(`dist/${file}`))
          .querySelectorAll('*')
          .filter(
            (element) =>
              (element.tagName === 'SCRIPT' && !/json/.test(element.getAttribute('type') ?? '') && /alert/.test(element.textContent)) ||
              Object.entries(element.attributes).some(
                ([name, value]) => (/^on/i.test(name) && /alert/.test(value)) || (/^(href|src|action|formaction)$/i.test(name) && /^\s*javascript:/i.test(value)),
              ),
          );
        return [...raw, ...injected.map((element) => `${file}: <${element.tagName.toLowerCase()} ${element.rawAttrs}>`)];
      });
      expect(offending).toEqual([]);
      // The pages do carry the text, escaped.
      const html = read(`dist/sources/${ids.markup}/index.html`);
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).toContain('&lt;img src=x onerror=alert(4)&gt;');
    });

    it('keeps unbalanced quotation marks in the text and tells the editor', () => {
      expect(paragraphTexts(ids.quotes!)).toEqual(QUOTES);
      expect(result.output).toMatch(/unclosed-quote \(\d+\)/);
      expect(result.output).toContain(`  ${SOURCES}/${ids.quotes}.mdx ¶1: a quotation mark opened in this paragraph is never closed; check the source text`);
      expect(result.output).toContain(`  ${SOURCES}/${ids.quotes}.mdx ¶2: a quotation mark opened in this paragraph is never closed; check the source text`);
    });

    it('builds and shows Korean, Cyrillic, Arabic and Hebrew text under ids made of date, outlet and a hash', () => {
      expect(ids.korean).toMatch(/^2024-10-24-example-[a-z0-9]{1,5}$/);
      expect(ids.arabic).toMatch(/^2024-10-24-example-[a-z0-9]{1,5}$/);
      expect(ids.korean).not.toBe(ids.arabic);
      expect(paragraphTexts(ids.korean!)).toEqual(KOREAN.paragraphs);
      expect(sourcePage(ids.korean!).querySelector('h1')?.textContent.trim()).toBe(KOREAN.title);
      expect(paragraphTexts(ids.arabic!)).toEqual(ARABIC.paragraphs);
      expect(sourcePage(ids.arabic!).querySelector('h1')?.textContent.trim()).toBe(ARABIC.title);
    });
  });

  describe('with an article that has lists', () => {
    const page = () => sourcePage(listed);

    it('builds, and numbers each list item as a paragraph, its id on the <li>', () => {
      expect(result.status, result.output).toBe(0);
      const numbered = page().querySelectorAll('[data-paragraph]');
      expect(numbered.map((element) => element.id)).toEqual(numbered.map((_, i) => `p${i + 1}`));
      const items = page().querySelectorAll('li[data-paragraph]');
      expect(items.map((item) => item.id)).toEqual(['p14', 'p15', 'p16']);
      expect(items.map((item) => item.querySelector('.para-anchor')?.getAttribute('href'))).toEqual(['#p14', '#p15', '#p16']);
      expect(items[0]!.textContent).toContain('Oct. 18: South Korea’s spy agency said North Korea had decided to send around 12,000 troops');
      expect(page().querySelector('p[data-paragraph="13"]')?.textContent).toBe('Background:');
    });

    it('resolves every citation to an element whose text contains the evidence, list items included', () => {
      const briefing = JSON.parse(read('dist/data/briefing.json')) as { [kind: string]: { citations?: { href: string; evidence: string }[] }[] };
      const citations = ['events', 'statements', 'figures'].flatMap((kind) => briefing[kind]!.flatMap((entry) => entry.citations ?? []));
      const unresolved = citations.filter(({ href, evidence }) => {
        const [path, fragment] = href.split('#') as [string, string];
        const element = parse(read(`dist${path}index.html`)).getElementById(fragment);
        return !element?.textContent.includes(evidence);
      });
      expect(unresolved).toEqual([]);
      // The extractor saw the items as paragraphs and cited them.
      expect(citations.filter(({ href }) => /#p1[456]$/.test(href) && href.includes(listed)).length).toBeGreaterThan(0);
    });

    it('lists, inside a cited list item, the briefing entries that cite it', () => {
      const briefing = JSON.parse(read('dist/data/briefing.json')) as { [kind: string]: { citations?: { href: string }[] }[] };
      const cited = new Set(['events', 'statements', 'figures'].flatMap((kind) => briefing[kind]!.flatMap((entry) => entry.citations ?? [])).map(({ href }) => href));
      for (const item of page().querySelectorAll('li[data-paragraph]')) {
        const backlinks = item.querySelectorAll('.cited-by a');
        expect(backlinks.length > 0, item.id).toBe(cited.has(`/sources/${listed}/#${item.id}`));
      }
    });
  });
});
