import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import type { Citation, FigureStage } from '../../src/lib/model.ts';
import { seriesOf } from '../../src/lib/views/figure-series.ts';
import { shownVerb } from '../../src/lib/views/format/statement-sentence.ts';
import { htmlFiles, pageFile, readPage } from './dist.ts';

/*
 * What a reader trusts at a glance, checked on the built pages: statements always with their verb,
 * chronology headlines that are the source's own words and cite them, chart marks that lead to an
 * entry, and a disagreement announced only between claims that can be compared.
 */

const distDir = inject('distDir');

interface Published {
  events: { id: string; headline: string; citations: Citation[] }[];
  statements: { id: string; quote: string | null; reported: string | null; verb: string | null; negated: boolean; speaker: { actor: string | null } }[];
  figures: { id: string; category: string; stage: FigureStage; asOf: { start: string | null; end: string | null } | null; citations: Citation[] }[];
  sources: { id: string; published: string }[];
}

const data = JSON.parse(readFileSync(join(distDir, 'data/briefing.json'), 'utf8')) as Published;
const statements = new Map(data.statements.map((s) => [s.id, s]));
const figures = new Map(data.figures.map((f) => [f.id, f]));
const pages = htmlFiles(distDir).map((file) => ({ file, page: readPage(distDir, file) }));
const briefingPages = pages.filter(({ file }) => /^(index\.html|chronology|positions|figures|sources)/.test(file));

function text(element: HTMLElement | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The words that must come with a statement wherever it is shown: its verb as shown; for
 * "according to", that or the lead that stands for it. A quote the source gives no verb for (a
 * quote continued) is marked as a quote, or shown in full.
 */
function verbWords(statement: Published['statements'][number]): string[] {
  if (statement.verb === null) return statement.reported === null ? ['(quoted)', 'quote:'] : ['(as reported)', 'reported:', 'reported as denied'];
  if (/^according/i.test(statement.verb)) return ['according to', 'reported', 'quote'];
  const shown = shownVerb(statement.verb, statement.speaker.actor) ?? statement.verb;
  return [statement.verb, shown];
}

/** The element an internal link (`/chronology/#id`, `/figures/troops/#id`) lands on, or null. */
function landing(href: string): HTMLElement | null {
  const [path = '', id = ''] = href.split('#');
  const file = pageFile(path);
  if (!id || !existsSync(join(distDir, file))) return null;
  return readPage(distDir, file).getElementById(id);
}

describe('statements on every page', () => {
  it('are shown with their reporting verb, or in full as their own clause', () => {
    const failures: string[] = [];
    let checked = 0;
    for (const { file, page } of briefingPages) {
      // Entries: the statement's article; elsewhere: the sentence, line or back-link that links to it.
      const shown = [
        ...page.querySelectorAll('article[data-entry-type="statement"]').map((article) => ({ id: article.querySelector('h2[id], h3[id]')?.id ?? '', element: article })),
        ...page.querySelectorAll('.statement-sentence, .cited-by li').flatMap((element) => {
          const href = element.querySelector('a[href*="#"]')?.getAttribute('href') ?? '';
          const id = href.split('#')[1] ?? '';
          return statements.has(id) ? [{ id, element }] : [];
        }),
      ];
      for (const { id, element } of shown) {
        const statement = statements.get(id);
        if (!statement) continue;
        const words = text(element).toLowerCase();
        const verbs = verbWords(statement);
        const full = [statement.quote, statement.reported].some((w) => w !== null && words.includes(w.replace(/\s+/g, ' ').trim().toLowerCase()));
        const ok = verbs.some((verb) => words.includes(verb.toLowerCase())) || (statement.verb === null && full);
        if (!ok) failures.push(`${file}: ${id} shown without "${statement.verb}": ${text(element).slice(0, 120)}`);
      }
      checked += shown.length;
    }
    expect(failures).toEqual([]);
    // Every statement's entry, its back-links and the sentences of the table and the overview.
    expect(checked).toBeGreaterThan(2 * data.statements.length);
  });

  it('are never a bare "that …" fragment in the comparison table or the overview', () => {
    for (const file of ['positions/index.html', 'index.html']) {
      for (const sentence of readPage(distDir, file).querySelectorAll('.statement-sentence')) {
        expect(text(sentence), file).not.toMatch(/^that\b/i);
        expect(text(sentence.querySelector('.statement-sentence__speaker')), file).not.toBe('');
      }
    }
  });
});

describe('the chronology', () => {
  const chronology = readPage(distDir, pageFile('/chronology/'));
  const articles = chronology.querySelectorAll('article[data-entry-type="event"]');

  it('gives each event a one-line headline that is a verbatim piece of one of its citations’ evidence', () => {
    expect(articles.length).toBe(data.events.length);
    for (const article of articles) {
      const id = article.querySelector('h2[id], h3[id]')?.id ?? '';
      const event = data.events.find((e) => e.id === id);
      const headline = text(article.querySelector('.event-line__words'));
      const evidence = article.querySelectorAll('.citation__print').map((quote) => text(quote));
      expect(event, id).toBeTruthy();
      expect(article.querySelectorAll('a.citation__link').length, id).toBeGreaterThan(0);
      expect(headline, id).not.toBe('');
      expect(evidence.some((words) => words.includes(headline)), `${id}: "${headline}"`).toBe(true);
      expect(event?.citations.some((citation) => citation.evidence.replace(/\s+/g, ' ').includes(headline)), id).toBe(true);
    }
  });

  it('keeps the whole sentence on demand, without JavaScript, in a <details>', () => {
    for (const article of articles) expect(text(article.querySelector('details.event-line__sentence > blockquote')), article.id).not.toBe('');
  });

  it('names who says an event happened, linking only to a positions section that exists', () => {
    const claimants = chronology.querySelectorAll('.event-line__claimant');
    expect(claimants.length).toBeGreaterThan(0);
    for (const claimant of claimants) {
      expect(text(claimant)).toMatch(/^— according to \S/);
      const href = claimant.querySelector('a')?.getAttribute('href');
      if (href) expect(landing(href)?.tagName, href).toBe('H2');
    }
  });
});

describe('chart and timeline marks', () => {
  it('are links to an entry that exists, each with a name', () => {
    let marks = 0;
    for (const { file, page } of pages) {
      for (const link of page.querySelectorAll('svg a')) {
        marks++;
        const href = link.getAttribute('href') ?? '';
        const target = landing(href);
        expect(target, `${file}: ${href}`).not.toBeNull();
        expect(target?.getAttribute('data-entry-type') ?? target?.closest('[data-entry-type]')?.getAttribute('data-entry-type'), `${file}: ${href}`).toMatch(/^(event|figure)$/);
        expect(link.getAttribute('aria-label') ?? '', `${file}: ${href}`).not.toBe('');
      }
    }
    expect(marks).toBeGreaterThan(data.events.length);
  });

  it('put a timeline strip with one mark per dated event on the chronology, and a small one on the overview', () => {
    const strip = readPage(distDir, pageFile('/chronology/')).querySelector('figure.timeline svg');
    expect(strip?.querySelector('title')?.textContent.trim()).toMatch(/^Timeline of \d+ dated events?$/);
    expect(strip?.querySelector('desc')?.textContent.trim()).not.toBe('');
    const hrefs = strip?.querySelectorAll('a').map((a) => a.getAttribute('href')) ?? [];
    expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(readPage(distDir, 'index.html').querySelector('figure.timeline--compact svg a')).toBeTruthy();
  });
});

describe('the disagreement banner', () => {
  const figuresPage = readPage(distDir, pageFile('/figures/'));

  /** The period a figure refers to, as the figures page compares them: its as-of range, else its first report. */
  function period(id: string): string {
    const figure = figures.get(id);
    if (figure?.asOf && (figure.asOf.start || figure.asOf.end)) return `${figure.asOf.start}/${figure.asOf.end}`;
    const days = (figure?.citations ?? []).map((c) => data.sources.find((s) => s.id === c.source)?.published ?? '').sort();
    return `reported ${days[0]}`;
  }

  it('appears only for claims of one category, one stage and one period', () => {
    for (const item of figuresPage.querySelectorAll('.figure-disagreement li')) {
      const ids = item.querySelectorAll('a').map((a) => (a.getAttribute('href') ?? '').split('#')[1] ?? '');
      expect(ids.length).toBeGreaterThan(1);
      expect(new Set(ids.map((id) => figures.get(id)?.category)).size, text(item)).toBe(1);
      expect(new Set(ids.map((id) => seriesOf(figures.get(id)?.stage ?? 'reported').id)).size, text(item)).toBe(1);
      expect(new Set(ids.map(period)).size, text(item)).toBe(1);
    }
  });

  it('does not set a planned total against troops sent: a category with both has no banner comparing them', () => {
    const mixed = [...new Set(data.figures.map((f) => f.category))].filter((category) => {
      const stages = new Set(data.figures.filter((f) => f.category === category).map((f) => seriesOf(f.stage).id));
      return stages.has('so-far') && stages.has('planned');
    });
    expect(mixed.length).toBeGreaterThan(0);
    for (const category of mixed) {
      const section = figuresPage.querySelector(`section.figure-category[aria-labelledby="${category}"]`);
      for (const item of section?.querySelectorAll('.figure-disagreement li') ?? []) {
        const stages = new Set(item.querySelectorAll('a').map((a) => seriesOf(figures.get((a.getAttribute('href') ?? '').split('#')[1] ?? '')?.stage ?? 'reported').id));
        expect(stages.size, text(item)).toBe(1);
      }
    }
  });

  it('never draws a vague amount as a point: it is a band labelled with its words', () => {
    const vague = data.figures.filter((f) => (f as unknown as { value: number | null }).value === null);
    for (const figure of vague) {
      const link = figuresPage.querySelector(`svg a[href$="#${figure.id}"]`);
      if (!link) continue;
      expect(link.querySelector('path'), figure.id).toBeNull();
      expect(link.querySelector('rect'), figure.id).not.toBeNull();
      expect(text(link.querySelector('text')), figure.id).not.toBe('');
    }
  });
});
