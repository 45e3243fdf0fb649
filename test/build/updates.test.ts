import { describe, expect, inject, it } from 'vitest';
import { readManifest } from '../../src/lib/anchors/manifest-file.ts';
import { pageFile, readPage } from './dist.ts';

const distDir = inject('distDir');

describe('the Updates page', () => {
  const page = readPage(distDir, pageFile('/updates/'));
  const updates = page.querySelectorAll('main section.update');
  const manifest = readManifest(process.cwd())!;

  it('lists every source, newest first in the order content/anchors.json says they were added', () => {
    const expected = Object.entries(manifest.sources)
      .sort(([, a], [, b]) => b.order - a.order)
      .map(([id]) => id);
    expect(updates.map((section) => section.id)).toEqual(expected);
  });

  it('links each entry a source brought to that entry', () => {
    let links = 0;
    for (const section of updates) {
      for (const a of section.querySelectorAll('.update__entries a')) {
        const href = a.getAttribute('href')!;
        const [path = '', id = ''] = href.split('#');
        if (id === '') continue;
        links++;
        const target = readPage(distDir, pageFile(path)).getElementById(id);
        expect(target?.closest('[data-entry-type]'), href).not.toBeNull();
      }
    }
    expect(links).toBeGreaterThan(20);
  });

  it('explains new, changed and confirmed in words a reader can read', () => {
    expect(page.querySelector('main p.note')?.text.replace(/\s+/g, ' ')).toContain('entries it changed (reported before it was added');
  });

  it('keeps each update on the page of its month too, and is in the site navigation', () => {
    const month = readPage(distDir, pageFile('/updates/2024-10/'));
    expect(month.querySelectorAll('main section.update').map((s) => s.id)).toEqual(updates.map((s) => s.id));
    expect(page.querySelector('header nav a[aria-current="page"]')?.text.trim()).toBe('Updates');
  });
});

describe('entries', () => {
  it('say when they were first reported', () => {
    const chronology = readPage(distDir, pageFile('/chronology/'));
    const articles = chronology.querySelectorAll('article[data-entry-type="event"]');
    expect(articles.length).toBeGreaterThan(0);
    for (const article of articles) expect(article.querySelector('.entry__report-dates time')?.getAttribute('datetime'), article.querySelector('h3')?.id).toMatch(/^2024-10-2\d$/);
    const figures = readPage(distDir, pageFile('/figures/')).querySelectorAll('tr[data-entry-type="figure"]');
    for (const row of figures) expect(row.querySelector('.entry__report-dates')?.text, row.id).toMatch(/^First reported \d+ Oct 2024/);
  });
});
