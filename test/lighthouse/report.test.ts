import { describe, expect, it } from 'vitest';
import { auditedPages, searchQuery } from './pages.ts';
import { formatFailing, formatTable, summarize } from './report.ts';

type Lhr = Parameters<typeof summarize>[0];

/** A Lighthouse result cut down to what `summarize` reads. */
function lhr(): Lhr {
  const ref = (id: string, weight: number) => ({ id, weight });
  const audit = (id: string, score: number | null, scoreDisplayMode: string, displayValue?: string) => ({
    id,
    title: `Title of ${id}`,
    description: '',
    score,
    scoreDisplayMode,
    ...(displayValue ? { displayValue } : {}),
  });
  return {
    categories: {
      performance: { id: 'performance', title: 'Performance', score: 0.934, auditRefs: [ref('cls', 25), ref('lcp', 25), ref('render-blocking', 0), ref('info', 0)] },
      accessibility: { id: 'accessibility', title: 'Accessibility', score: 1, auditRefs: [ref('contrast', 7)] },
      'best-practices': { id: 'best-practices', title: 'Best Practices', score: null, auditRefs: [] },
      seo: { id: 'seo', title: 'SEO', score: 0.92, auditRefs: [ref('link-text', 1), ref('manual-check', 0)] },
    },
    audits: {
      cls: audit('cls', 0.72, 'numeric', '0.163'),
      lcp: audit('lcp', 1, 'numeric', '1.0 s'),
      'render-blocking': audit('render-blocking', 0, 'metricSavings', 'Est savings of 150 ms'),
      info: audit('info', 0, 'informational'),
      contrast: audit('contrast', 1, 'binary'),
      'link-text': audit('link-text', 0, 'binary'),
      'manual-check': audit('manual-check', null, 'manual'),
    },
  } as unknown as Lhr;
}

describe('summarize', () => {
  it('rounds the category scores and lists the scored audits that fail in categories below 100', () => {
    expect(summarize(lhr(), 'search', 'mobile')).toEqual({
      page: 'search',
      preset: 'mobile',
      scores: { performance: 93, accessibility: 100, 'best-practices': null, seo: 92 },
      failing: {
        performance: [
          { id: 'cls', title: 'Title of cls', score: 0.72, weighted: true, display: '0.163' },
          { id: 'render-blocking', title: 'Title of render-blocking', score: 0, weighted: false, display: 'Est savings of 150 ms' },
        ],
        seo: [{ id: 'link-text', title: 'Title of link-text', score: 0, weighted: true, display: '' }],
      },
    });
  });
});

describe('formatTable and formatFailing', () => {
  it('prints one row per page and preset, a dash for an unscored category, and the failing audits', () => {
    const row = summarize(lhr(), 'search', 'mobile');
    expect(formatTable([row]).split('\n')).toEqual([
      '| page | preset | performance | accessibility | best practices | SEO |',
      '| --- | --- | --- | --- | --- | --- |',
      '| search | mobile | 93 | 100 | – | 92 |',
    ]);
    expect(formatFailing([row]).split('\n')).toEqual([
      'search (mobile)',
      '  performance: cls — Title of cls (score 0.72; 0.163)',
      '  performance: render-blocking — Title of render-blocking (score 0.00; unweighted, Est savings of 150 ms)',
      '  seo: link-text — Title of link-text (score 0.00)',
    ]);
  });

  it('prints nothing under the table when every category scores 100', () => {
    const clean = { page: 'overview', preset: 'desktop' as const, scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 }, failing: {} };
    expect(formatFailing([clean])).toBe('');
  });
});

describe('auditedPages', () => {
  const data = {
    sources: [{ href: '/sources/2031-05-02-wire-harbour-reopens/' }, { href: '/sources/2031-05-03-wire-harbour-closes/' }],
    actors: [
      { name: 'Harbour Authority', kind: 'organization' },
      { name: 'Mara Lind', kind: 'person' },
    ],
  };

  it('audits the overview, the first source, the chronology and a search for the first person named', () => {
    expect(auditedPages(data)).toEqual([
      { label: 'overview', path: '' },
      { label: 'source', path: 'sources/2031-05-02-wire-harbour-reopens/' },
      { label: 'chronology', path: 'chronology/' },
      { label: 'search', path: 'search/?q=Mara%20Lind' },
    ]);
  });

  it('takes the query it is given over the data, and falls back to the first actor when no person is named', () => {
    expect(auditedPages(data, 'harbour fees').at(-1)).toEqual({ label: 'search', path: 'search/?q=harbour%20fees' });
    expect(searchQuery({ actors: [{ name: 'Harbour Authority', kind: 'organization' }] })).toBe('Harbour Authority');
  });

  it('leaves out the source page and the search when the data has neither sources nor actors', () => {
    expect(auditedPages({})).toEqual([
      { label: 'overview', path: '' },
      { label: 'chronology', path: 'chronology/' },
    ]);
  });
});
