import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readManifest, writeManifest } from '../../src/lib/anchors/manifest-file.ts';
import type { AnchorManifest } from '../../src/lib/anchors/manifest.ts';
import { memberKey } from '../../src/lib/anchors/members.ts';
import { siteAnchors } from '../../src/lib/anchors/site-anchors.ts';
import type { AnchorStatus } from '../../src/lib/anchors/status.ts';
import { loadBriefing } from '../../src/lib/load-briefing.ts';
import type { Briefing } from '../../src/lib/model.ts';
import type { Overrides } from '../../src/lib/importer/build-frontmatter.ts';
import { importArticle } from '../../src/lib/importer/import-article.ts';
import { readArticleFile } from '../../src/lib/importer/read-input.ts';
import { writeFileAtomic } from '../../src/lib/importer/write-atomic.ts';
import { SEED_FLAGS } from '../importer/seeds.ts';
import { tempProject } from '../helpers/temp-project.ts';
import { pageFile } from './dist.ts';

/*
 * The briefing as a newsroom keeps it: articles imported one at a time as `npm run import` imports
 * them (its stages in this process; the command itself for the article added late), in
 * publication order, then (a fresh briefing) in reverse order, then an older article added late
 * whose reports merge with published entries (the failure of issue 11), a paragraph corrected and
 * the article re-imported, an entry suppressed, an article removed. After every step the model is
 * built and its anchors recorded, as `npm run build` does, and the model says where every anchor
 * published so far lands. At the end `npm run build` itself runs, and every anchor published at any
 * step must land on the built HTML: on its entry, inside the entry it was merged into, on a stub
 * leading to it, or on a notice in its place.
 *
 * One build (of six short articles, every kind of landing among them) is enough because the model
 * and the manifest of a step say where each anchor lands, and the HTML check then proves the pages
 * follow them; a build costs more CPU than all the steps together.
 */

const SEEDS_DIR = join(import.meta.dirname, '../fixtures/seeds');
const EARLIER = join(import.meta.dirname, '../fixtures/newsroom/earlier-state-department.txt');

let project: ReturnType<typeof tempProject>;
let root: string;
const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
delete env.FORCE_COLOR;
delete env.INIT_CWD;

beforeAll(() => {
  project = tempProject();
  root = project.root;
});
afterAll(() => project?.remove());

/** A fresh briefing: no sources, no manifest. */
function startOver(): void {
  for (const name of readdirSync(join(root, 'content/sources'))) unlinkSync(join(root, 'content/sources', name));
  rmSync(join(root, 'content/anchors.json'), { force: true });
  rmSync(join(root, 'dist'), { recursive: true, force: true });
}

/**
 * `npm run import -- <file>` in the project; returns the id of the source it wrote. The
 * command's own copy writes into the project's content/sources/ (the default no other test uses).
 */
function importWithCommand(file: string): string {
  const result = spawnSync(process.execPath, [join(root, 'src/cli/import.ts'), file], { cwd: root, env, encoding: 'utf8' });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  const written = /content\/sources\/([a-z0-9-]+)\.mdx/.exec(`${result.stdout}\n${result.stderr}`);
  expect(written, result.stdout).not.toBeNull();
  return written![1]!;
}

/**
 * Imports an article into content/sources/ through the stages `npm run import` runs (read the file,
 * import it, write it), in this process: a newsroom's many imports need not each start the command.
 * Returns the id of the source written. test/importer/cli.test.ts tests the command's flags.
 */
function importSource(file: string, overrides: Overrides = {}, force = false): string {
  const input = readArticleFile(file);
  if (!input.ok) throw new Error(input.reason);
  const imported = importArticle(input.text, overrides);
  expect(imported.errors, file).toEqual([]);
  expect(writeFileAtomic(join(root, 'content/sources', `${imported.id}.mdx`), imported.mdx!, { force })).toEqual({ ok: true });
  return imported.id!;
}

interface Seed {
  file: string;
  path: string;
  /** The id the importer gives it (that of content/sources/). */
  id: string;
}

/**
 * The seed articles in publication order: the day, then the id (four are of 23 October; the
 * texts give no hour).
 */
function seedsInOrder(): Seed[] {
  const ids: Record<string, string> = {
    '000_569a06461711fb61.txt': '2024-10-23-unknown-us-dispels-suspicion-little-confidence-korean',
    '001_f0063626f1a62b2a.txt': '2024-10-23-yonhap-us-official-confirms-north-korean-troops',
    '002_551df278876874a0.txt': '2024-10-29-unknown-pentagon-south-korea-nato-north-korean',
    '003_b181d878cc09f915.txt': '2024-10-23-reuters-north-korean-troops-russia-us-defense',
    '004_90c9fd343bcc4d6b.txt': '2024-10-23-ians-white-house-official-confirms-north-korean',
  };
  return Object.keys(SEED_FLAGS)
    .map((file) => ({ file, path: join(SEEDS_DIR, file), id: ids[file]! }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

const entriesOf = (briefing: Briefing) => [...briefing.events, ...briefing.statements, ...briefing.figures];

/** Every anchor published at any step so far, with the entry id it named (when it named one). */
const everPublished = new Map<string, string | null>();

/**
 * One step of the newsroom: the model built and checked against the manifest, then recorded as
 * `npm run build` records it. Returns the status before recording.
 */
function step(what: string): { briefing: Briefing; status: AnchorStatus; previous: AnchorManifest | null } {
  const previous = readManifest(root);
  const briefing = loadBriefing(root);
  const status = siteAnchors(briefing, root);
  expect(status.landings.unresolved, `${what}: anchors leading nowhere`).toEqual([]);
  for (const anchor of everPublished.keys()) {
    expect(status.next.anchors, `${what}: the manifest keeps ${anchor}`).toContain(anchor);
  }
  expectPublishedIdsKept(briefing, previous, status, what);
  expect(writeManifest(root, status.next)).toBeNull();
  for (const anchor of status.next.anchors) if (!everPublished.has(anchor)) everPublished.set(anchor, anchor.includes('#') && status.next.entries[anchor.split('#')[1]!] ? anchor.split('#')[1]! : null);
  return { briefing, status, previous };
}

/**
 * The lockfile's promise: an entry whose citations include members of a published entry is that
 * entry, so the published id is the id (or an alias) of an entry sharing its members, unless an
 * editor suppressed it.
 */
function expectPublishedIdsKept(briefing: Briefing, previous: AnchorManifest | null, status: AnchorStatus, what: string): void {
  if (!previous) return;
  const suppressed = new Set(status.landings.notices.filter((n) => n.reason.kind === 'suppressed').map((n) => n.id));
  for (const [id, record] of Object.entries(previous.entries)) {
    const members = new Set(record.members);
    const sharing = entriesOf(briefing).filter((entry) => entry.citations.some((citation) => members.has(memberKey(citation))));
    if (sharing.length === 0 || suppressed.has(id)) continue;
    const answering = sharing.filter((entry) => entry.id === id || entry.aliases.includes(id));
    expect(answering.map((entry) => entry.id), `${what}: ${id} is kept by an entry with its members (${sharing.map((e) => e.id).join(', ')})`).toHaveLength(1);
  }
}

/** Built pages read so far, by dist folder and path; a build empties it. */
const pages = new Map<string, HTMLElement | null>();

/** `npm run build` in the project: the site into dist/, the anchors recorded in content/anchors.json. */
function build(): string {
  pages.clear();
  const result = spawnSync(process.execPath, [join(root, 'src/cli/build.ts')], { cwd: root, env, encoding: 'utf8' });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  return join(root, 'dist');
}

/** What an anchor lands on in the built site. */
type Landing =
  | { kind: 'entry' | 'alias'; entry: string }
  | { kind: 'stub'; entry: string }
  | { kind: 'notice'; successor: string | null }
  | { kind: 'section' | 'paragraph' | 'page' }
  | { kind: 'nothing'; why: string };

function page(dist: string, path: string): HTMLElement | null {
  const key = `${dist}|${path}`;
  if (!pages.has(key)) {
    const file = join(dist, pageFile(path));
    pages.set(key, existsSync(file) ? parse(readFileSync(file, 'utf8')) : null);
  }
  return pages.get(key)!;
}

/** The entry (article or table row of a figure) an element is in, and its id. */
function entryOf(element: HTMLElement): string | null {
  const entry = element.closest('[data-entry-type]');
  if (!entry) return null;
  return entry.tagName === 'TR' ? entry.id : (entry.querySelector('.entry-heading__text')?.id ?? null);
}

/** Where `href` (`/chronology/#id`) lands in `dist`, following a stub's link once. */
function land(dist: string, href: string, follow = true): Landing {
  const [path = '', id = ''] = href.split('#');
  const html = page(dist, path);
  if (!html) return { kind: 'nothing', why: `no page ${path}` };
  if (id === '') return html.querySelector('h1') ? { kind: 'page' } : { kind: 'nothing', why: 'no heading' };
  const element = html.getElementById(id);
  if (!element) return { kind: 'nothing', why: `no element #${id} on ${path}` };
  if (element.classList.contains('entry__alias')) return { kind: 'alias', entry: entryOf(element) ?? '?' };
  if (element.classList.contains('entry-notice')) {
    const link = element.querySelector('a');
    if (link && follow) {
      const next = land(dist, link.getAttribute('href')!, false);
      if (next.kind !== 'entry') return { kind: 'nothing', why: `notice ${href} links to ${link.getAttribute('href')}, which lands on ${next.kind}` };
      return { kind: 'notice', successor: next.entry };
    }
    return { kind: 'notice', successor: null };
  }
  if (element.classList.contains('moved-entry')) {
    const target = element.querySelector('a')?.getAttribute('href');
    if (!target || !follow) return { kind: 'nothing', why: `stub ${href} has no link` };
    const next = land(dist, target, false);
    return next.kind === 'entry' ? { kind: 'stub', entry: next.entry } : { kind: 'nothing', why: `stub ${href} leads to ${next.kind}` };
  }
  if (element.tagName === 'P' && element.hasAttribute('data-paragraph')) return { kind: 'paragraph' };
  const entry = entryOf(element);
  if (entry === id) return { kind: 'entry', entry };
  if (/^H[1-6]$/.test(element.tagName)) return { kind: 'section' };
  return { kind: 'nothing', why: `#${id} on ${path} is a ${element.tagName}, neither an entry nor a notice` };
}

/**
 * Checks, on the built HTML, that every anchor published at any step lands, and where: an entry
 * id of the model on its entry (or a stub leading to it), an id merged into an entry inside that
 * entry, and an id that is gone on its notice.
 */
function expectEveryAnchorLands(dist: string, briefing: Briefing): Record<Landing['kind'], number> {
  const ids = new Set(entriesOf(briefing).map((entry) => entry.id));
  const aliasOf = new Map(entriesOf(briefing).flatMap((entry) => entry.aliases.map((alias) => [alias, entry.id] as const)));
  const counts = { entry: 0, alias: 0, stub: 0, notice: 0, section: 0, paragraph: 0, page: 0, nothing: 0 };
  for (const [anchor, entryId] of everPublished) {
    const landing = land(dist, anchor);
    counts[landing.kind]++;
    expect(landing.kind === 'nothing' ? landing.why : 'lands', anchor).toBe('lands');
    if (entryId === null) continue;
    if (ids.has(entryId)) expect(landing, anchor).toMatchObject({ entry: entryId });
    else if (aliasOf.has(entryId)) expect(landing, anchor).toMatchObject({ entry: aliasOf.get(entryId) });
    else expect(landing.kind, anchor).toBe('notice');
  }
  return counts;
}

describe('a newsroom adding articles one at a time', { timeout: 300_000 }, () => {
  it('in publication order: every step keeps every anchor, and each lands', () => {
    startOver();
    everPublished.clear();
    const steps = seedsInOrder().map((seed) => {
      expect(importSource(seed.path, SEED_FLAGS[seed.file])).toBe(seed.id);
      return step(`after ${seed.id}`);
    });
    // Where they land, as the model says (each step checked that none leads nowhere).
    expect(steps.at(-1)!.status.landings.published.length).toBeGreaterThan(50);
  });

  describe('in reverse order, then an older article, a correction, a suppression and a removal', () => {
    let reverse: ReturnType<typeof step>[] = [];
    let corrected = { source: '', figure: '', status: null as AnchorStatus | null };

    beforeAll(() => {
      startOver();
      everPublished.clear();
      reverse = seedsInOrder()
        .reverse()
        .map((seed) => {
          expect(importSource(seed.path, SEED_FLAGS[seed.file])).toBe(seed.id);
          return step(`after ${seed.id}`);
        });
    }, 300_000);

    it('merges entries published apart when a later-added report joins them: the entry answers to both ids', () => {
      const merges = reverse.flatMap(({ briefing, previous }) =>
        entriesOf(briefing).flatMap((entry) => entry.aliases.map((alias) => ({ entry, alias, previous }))),
      );
      expect(merges.length, 'an article that merges entries published apart').toBeGreaterThan(0);
      for (const { entry, alias, previous } of merges) {
        expect(previous?.entries[alias], `${alias} was published`).toBeDefined();
        expect(previous?.entries[entry.id], `${entry.id} was published`).toBeDefined();
      }
    });

    it('adds an article dated before every published one, whose reports merge with them: every old link lands', () => {
      const before = readManifest(root)!;
      const id = importWithCommand(EARLIER);
      expect(id).toMatch(/^2024-10-22-/);
      const { briefing, status } = step('after the earlier article');
      // It is now the first report of published entries: their words are its words, yet their ids stay.
      const joined = entriesOf(briefing).filter((entry) => entry.citations[0]?.source === id && entry.citations.some((c) => c.source !== id));
      expect(joined.length, 'entries the earlier article joined').toBeGreaterThan(0);
      for (const entry of joined) {
        expect(entry.firstReported).toBe('2024-10-22');
        expect(before.entries[entry.id], `${entry.id} was published before`).toBeDefined();
      }
      // Without the manifest, the content would give some of them another id: the failure of issue 11.
      const manifest = readFileSync(join(root, 'content/anchors.json'), 'utf8');
      rmSync(join(root, 'content/anchors.json'));
      const unlocked = new Set(entriesOf(loadBriefing(root)).map((entry) => entry.id));
      writeFileSync(join(root, 'content/anchors.json'), manifest);
      expect(joined.filter((entry) => !unlocked.has(entry.id)).length, 'ids only the manifest kept').toBeGreaterThan(0);
      // Old links land inside the entries they joined or on stubs to them (the last test builds the site).
      expect(status.landings.aliases.length + status.landings.moved.length).toBeGreaterThan(0);
    });

    it('re-imports an article with a corrected paragraph: the corrected figure’s old anchor shows a notice leading to the new one', () => {
      const briefing = loadBriefing(root);
      // A figure only one seed reports, in one paragraph: the correction changes its number.
      const seeds = new Map(seedsInOrder().map((seed) => [seed.id, seed]));
      const figure = briefing.figures.find((f) => f.citations.length === 1 && seeds.has(f.citations[0]!.source) && f.citations[0]!.evidence.includes(f.text) && /\d/.test(f.text))!;
      expect(figure, 'a figure reported once').toBeDefined();
      const source = figure.citations[0]!.source;
      const seed = seeds.get(source)!;
      expect(readFileSync(seed.path, 'utf8')).toContain(figure.text);
      const correctedText = figure.text.replace(/\d[\d,]*/, (number) => `${Number(number.replaceAll(',', '')) + 500}`);
      const raw = readFileSync(seed.path, 'utf8').replace(figure.text, correctedText);
      const correctedFile = join(tmpdir(), `newsroom-corrected-${process.pid}.txt`);
      writeFileSync(correctedFile, raw);
      try {
        expect(importSource(correctedFile, SEED_FLAGS[seed.file], true)).toBe(source);
      } finally {
        unlinkSync(correctedFile);
      }
      const { status, briefing: after } = step('after the correction');
      const notice = status.landings.notices.find((n) => n.id === figure.id);
      expect(notice, `${figure.id} is gone`).toBeDefined();
      expect(notice!.reason).toEqual({ kind: 'source-corrected', sources: [source] });
      const successor = after.figures.find((f) => f.id === notice!.successor?.id);
      expect(successor?.text).toBe(correctedText);
      corrected = { source, figure: figure.id, status };
    });

    it('suppresses an entry and removes an article: their anchors show notices, and the build lands every link ever published', () => {
      const { briefing } = step('before the removal');
      // An editor suppresses one event.
      const suppressed = briefing.events.find((e) => e.citations.every((c) => c.source !== corrected.source))!;
      const file = join(root, 'content/briefing.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^overrides: \[\]$/m, `overrides:\n  - { action: suppress, id: ${suppressed.id}, reason: reports a rumour }\n`));
      // The article of 29 October is withdrawn.
      const removed = briefing.sources.find((s) => s.published === '2024-10-29')!;
      unlinkSync(join(root, 'content/sources', `${removed.id}.mdx`));
      const onlyThere = entriesOf(briefing).filter((entry) => entry.citations.every((c) => c.source === removed.id)).map((entry) => entry.id);
      expect(onlyThere.length).toBeGreaterThan(0);

      const { status, briefing: after } = step('after the suppression and the removal');
      const reasons = new Map(status.landings.notices.map((n) => [n.id, n.reason.kind]));
      expect(reasons.get(suppressed.id)).toBe('suppressed');
      for (const id of onlyThere) expect(reasons.get(id), id).toBe('source-removed');
      expect(status.landings.removedSources.map((s) => s.id)).toEqual([removed.id]);

      const built = build();
      const counts = expectEveryAnchorLands(built, after);
      expect(counts.entry).toBeGreaterThan(50);
      expect(counts.alias + counts.stub, 'links to entries the earlier article joined').toBeGreaterThan(0);
      expect(counts.notice).toBeGreaterThanOrEqual(onlyThere.length + 2);
      // The build recorded nothing new: each step had recorded what it published.
      expect(readManifest(root)?.anchors).toEqual([...everPublished.keys()].sort());
      // The removed article's page and its paragraphs' anchors are kept, with a notice.
      const gone = page(built, `/sources/${removed.id}/`)!;
      expect(gone.querySelector('.entry-notice')?.text.replace(/\s+/g, ' ')).toContain('no longer part of the briefing. The editors removed it from the sources, so its text and the entries drawn from it alone are no longer shown. Entries that other sources also report remain; see the list of sources and the updates.');
      expect(gone.getElementById('p1')).not.toBeNull();
      // The suppressed entry's notice says why, in the editor's words.
      expect(page(built, '/chronology/')!.getElementById(suppressed.id)?.text).toContain('The editors withdrew it: reports a rumour.');
      // The corrected figure's notice leads to the corrected figure.
      expect(land(built, `/figures/#${corrected.figure}`)).toMatchObject({ kind: 'notice', successor: corrected.status!.landings.notices.find((n) => n.id === corrected.figure)!.successor!.id });
    });
  });
});
