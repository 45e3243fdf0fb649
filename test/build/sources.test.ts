import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadSources } from '../../src/lib/content/load-sources.ts';
import { htmlFiles, pageFile, readPage } from './dist.ts';

const distDir = inject('distDir');
const sources = loadSources();

describe('built source pages', () => {
  it('has a page for every source, listed on /sources/', () => {
    const index = readPage(distDir, 'sources/index.html');
    const links = index.querySelectorAll('a').map((a) => a.getAttribute('href'));
    for (const source of sources) {
      expect(htmlFiles(distDir)).toContain(pageFile(`/sources/${source.id}/`));
      expect(links).toContain(`/sources/${source.id}/`);
    }
  });

  it('numbers paragraphs p1…pN with unique ids, each holding the paragraph text of the MDX', () => {
    for (const source of sources) {
      const page = readPage(distDir, pageFile(`/sources/${source.id}/`));
      const numbered = page.querySelectorAll('[data-paragraph]');
      expect(numbered.map((el) => el.id)).toEqual(source.paragraphs.map((p) => `p${p.n}`));
      numbered.forEach((el, i) => {
        expect(el.textContent.replace(/\s+/g, ' ')).toContain(source.paragraphs[i]!.text.replace(/\s+/g, ' '));
      });
    }
  });

  it('has no duplicate ids, and no script on any page but the search page', () => {
    for (const file of htmlFiles(distDir)) {
      const html = readFileSync(join(distDir, file), 'utf8');
      // Structured data (JSON-LD) runs nothing; the search page is the one page that loads code.
      const scripts = html.replace(/<script type="application\/ld\+json">[^<]*<\/script>/g, '').match(/<script\b[^>]*>/gi) ?? [];
      if (file === 'search/index.html') expect(scripts.length, file).toBeGreaterThan(0);
      else expect(scripts, file).toEqual([]);
      const ids = readPage(distDir, file).querySelectorAll('[id]').map((el) => el.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), file).toEqual([]);
    }
  });
});
