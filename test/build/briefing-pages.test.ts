import { reportedLead, statementWords } from '../../src/lib/views/format/statement-words.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import type { Citation } from '../../src/lib/model.ts';
import { pageFile, readPage } from './dist.ts';

const distDir = inject('distDir');

/** The parts of dist/data/briefing.json these tests read (the data contract of DESIGN.md). */
interface Published {
  events: { id: string; date: { start: string | null; end: string | null; precision: string }; expected?: boolean; summary: string; citations: Citation[] }[];
  statements: { id: string; government: string | null; quote: string | null; reported: string | null; verb: string | null; negated: boolean; citations: Citation[] }[];
}

const data = JSON.parse(readFileSync(join(distDir, 'data/briefing.json'), 'utf8')) as Published;
const manifest = JSON.parse(readFileSync('content/anchors.json', 'utf8')) as { anchors: string[] };
const chronology = readPage(distDir, pageFile('/chronology/'));
const positions = readPage(distDir, pageFile('/positions/'));

/** The ids a published anchor list requires on one page: `/chronology/#x` → `x`. */
function manifestIds(page: string): string[] {
  return manifest.anchors.filter((anchor) => anchor.startsWith(`${page}#`)).map((anchor) => anchor.slice(page.length + 1));
}

/** The entry `<article>` whose heading carries `id`, with the heading's tag. */
function entry(page: HTMLElement, id: string): { heading: string | undefined; article: HTMLElement | null } {
  const heading = page.getElementById(id);
  return { heading: heading?.tagName, article: heading?.closest('article') ?? null };
}

function citationHrefs(article: HTMLElement | null): string[] {
  return article?.querySelectorAll('a.citation__link').map((a) => a.getAttribute('href') ?? '') ?? [];
}

function text(element: HTMLElement | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The section an event is filed under: its year when only the year is known, else its month. */
function periodOf(date: { start: string | null; end: string | null; precision: string }): string | null {
  const day = date.start ?? date.end;
  if (!day) return null;
  return date.precision === 'year' ? day.slice(0, 4) : day.slice(0, 7);
}

describe('the chronology page', () => {
  it('has an <h3> with each event’s id, in an article marked as an event, citing what the event cites', () => {
    expect(data.events.length).toBeGreaterThan(0);
    for (const event of data.events) {
      const { heading, article } = entry(chronology, event.id);
      expect(heading, event.id).toBe('H3');
      expect(article?.getAttribute('data-entry-type'), event.id).toBe('event');
      expect(citationHrefs(article), event.id).toEqual(event.citations.map((citation) => citation.href));
      // The summary is the source's sentence, shown as a quotation.
      expect(text(article?.querySelector('blockquote.entry__quote')), event.id).toBe(event.summary.replace(/\s+/g, ' ').trim());
    }
  });

  it('has an <h2> per month (YYYY-MM) or year (YYYY) an event is filed under, and every chronology anchor of content/anchors.json', () => {
    const months = new Set(data.events.flatMap((event) => periodOf(event.date) ?? []));
    for (const month of months) expect(chronology.getElementById(month)?.tagName, month).toBe('H2');
    for (const id of manifestIds('/chronology/')) expect(chronology.getElementById(id), id).not.toBeNull();
  });

  it('lists each event in the section of its month, in date order', () => {
    const dayOf = new Map(data.events.map((event) => [event.id, event.date.start ?? event.date.end]));
    const periodById = new Map(data.events.map((event) => [event.id, periodOf(event.date)]));
    for (const section of chronology.querySelectorAll('main section')) {
      const month = section.querySelector('h2')?.id ?? '';
      const days = section.querySelectorAll('article h3').map((h3) => dayOf.get(h3.id) ?? null);
      for (const h3 of section.querySelectorAll('article h3')) expect(periodById.get(h3.id) ?? 'undated', month).toBe(month);
      expect(days, month).toEqual([...days].sort());
    }
    const ids = chronology.querySelectorAll('article[data-entry-type="event"] h3').map((h3) => h3.id);
    expect(ids.length).toBe(data.events.length);
  });
});

describe('the positions page', () => {
  it('has an <h3> with each statement’s id, in an article marked as a statement, citing what the statement cites', () => {
    expect(data.statements.length).toBeGreaterThan(0);
    for (const statement of data.statements) {
      const { heading, article } = entry(positions, statement.id);
      expect(heading, statement.id).toBe('H3');
      expect(article?.getAttribute('data-entry-type'), statement.id).toBe('statement');
      expect(citationHrefs(article), statement.id).toEqual(statement.citations.map((citation) => citation.href));
    }
  });

  it('files each statement under the <h2> of its government, or under other voices', () => {
    for (const statement of data.statements) {
      const section = positions.getElementById(statement.id)?.closest('section');
      expect(section?.querySelector('h2')?.id, statement.id).toBe(statement.government ?? 'other-voices');
    }
    for (const id of manifestIds('/positions/')) expect(positions.getElementById(id), id).not.toBeNull();
  });

  it('shows quotes in a blockquote and reported speech after its own reporting words, word for word', () => {
    for (const statement of data.statements) {
      const article = positions.getElementById(statement.id)?.closest('article') ?? null;
      const quoted = article?.querySelectorAll('blockquote.entry__quote').map((q) => text(q)) ?? [];
      const reported = article?.querySelectorAll('.entry__reported').map((p) => text(p)) ?? [];
      // The lead the page gives reported words: their verb as written, with the object it takes ("Told reporters in Rome:").
      const lead = statementWords(statement).find((w) => w.kind === 'reported')?.lead ?? reportedLead(statement.verb, statement.negated);
      if (statement.verb !== null && !/^according/i.test(statement.verb)) expect(lead.toLowerCase().startsWith(statement.verb.toLowerCase()), statement.id).toBe(true);
      const words = [...quoted, ...reported.map((line) => line.slice(lead.length).trim())];
      // Reported speech that contains the quote is shown alone (see statementWords); either way the words are verbatim.
      for (const shown of words) expect([statement.quote, statement.reported].map((w) => w?.replace(/\s+/g, ' ').trim()), statement.id).toContain(shown);
      for (const line of reported) expect(line.startsWith(`${lead} `), `${statement.id}: ${line}`).toBe(true);
      // A denial is shown with its verb: the line never starts with the denied words alone.
      if (statement.negated) for (const line of reported) expect(line, statement.id).toMatch(/^(?:\S+ ){0,4}?(?:[Dd]en|[Rr]eject|[Dd]ismiss|[Rr]efut|[Rr]ebuff|[Dd]isput|[Cc]ontradict|.*\bnot\b|.*n't|.*[Nn]ever|.*[Dd]eclined|.*[Rr]efused|.*\byet to\b|.*\b(?:gave|gives|provided|offered) no\b|Reported as denied)/);
      expect(words.length, statement.id).toBeGreaterThan(0);
    }
  });

  it('opens with a comparison table: a caption, column headers and a row header per government, linking to its section', () => {
    const table = positions.querySelector('main table');
    expect(text(table?.querySelector('caption'))).not.toBe('');
    expect(table?.querySelectorAll('thead th').map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col', 'col', 'col']);
    const governments = [...new Set(data.statements.flatMap((statement) => statement.government ?? []))].sort();
    const rows = table?.querySelectorAll('tbody th[scope="row"] a').map((a) => a.getAttribute('href')) ?? [];
    expect([...rows].sort()).toEqual(governments.map((id) => `#${id}`));
  });
});

describe('the chronology and positions pages', () => {
  const pages = { '/chronology/': chronology, '/positions/': positions };

  it('link every citation to a numbered paragraph of an existing source page', () => {
    for (const [name, page] of Object.entries(pages)) {
      const links = page.querySelectorAll('main a[href^="/sources/"]').map((a) => a.getAttribute('href') ?? '');
      expect(links.length, name).toBeGreaterThan(0);
      for (const href of links) {
        const match = /^(\/sources\/[^/#]+\/)#(p\d+)$/.exec(href);
        expect(match, `${name}: ${href}`).not.toBeNull();
        const [, path, id] = match as RegExpExecArray;
        expect(readPage(distDir, pageFile(path as string)).getElementById(id as string)?.getAttribute('data-paragraph'), `${name}: ${href}`).toBeTruthy();
      }
    }
  });

  it('show each citation’s evidence on demand in a <details>, and again for print', () => {
    for (const [name, page] of Object.entries(pages)) {
      for (const citation of page.querySelectorAll('li.citation')) {
        const onDemand = text(citation.querySelector('details > blockquote'));
        expect(onDemand, name).not.toBe('');
        expect(text(citation.querySelector('summary')), name).toMatch(/^Evidence/);
        expect(text(citation.querySelector('.citation__print')), name).toBe(onDemand);
      }
    }
  });

  it('give every heading with an id a self-link with a unique accessible name', () => {
    for (const [name, page] of Object.entries(pages)) {
      const links = page.querySelectorAll('a.anchor-link');
      expect(links.length, name).toBe(page.querySelectorAll('main h2[id], main h3[id]').length);
      const names = links.map((a) => a.getAttribute('aria-label') ?? '');
      for (const link of links) {
        const target = (link.getAttribute('href') ?? '').slice(1);
        expect(link.parentNode?.querySelector('h2, h3')?.id, name).toBe(target);
      }
      expect(names.filter((n) => n === '' || !n.startsWith('Link to ')), name).toEqual([]);
      expect(names.filter((n, i) => names.indexOf(n) !== i), name).toEqual([]);
    }
  });

  it('have no script, no inline style, no empty link, and headings that do not skip a level', () => {
    for (const [name, page] of Object.entries(pages)) {
      const html = page.toString();
      expect(html, name).not.toMatch(/<script/i);
      expect(page.querySelectorAll('[style]').length, name).toBe(0);
      expect(page.querySelectorAll('a').filter((a) => text(a) === '').length, name).toBe(0);
      const levels = page.querySelectorAll('h1, h2, h3, h4, h5, h6').map((h) => Number(h.tagName.slice(1)));
      levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0), `${name}: heading ${i}`).toBeLessThanOrEqual(1));
      expect(page.querySelector('main')?.hasAttribute('data-pagefind-body'), name).toBe(true);
    }
  });
});
