import { describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../src/lib/site/absolute-url.ts';
import { DATA_FILES } from '../../src/lib/site/data-files.ts';
import { jsonLdText } from '../../src/lib/site/json-ld.ts';
import { articleJsonLd, datasetJsonLd, sourceCoverage } from '../../src/lib/views/structured-data.ts';

const absolute = (path: string) => `https://example.org/briefing${path}`;

describe('jsonLdText', () => {
  it('escapes what could end the script element, and parses back to the same data', () => {
    const data = { headline: 'Talks end </script><script>alert(1)</script> & <!-- more', note: 'line\u2028break' };
    const text = jsonLdText(data);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe('datasetJsonLd', () => {
  it('describes the downloads as DataDownloads with absolute URLs and formats', () => {
    const dataset = datasetJsonLd(
      { title: 'Harbour dispute', description: 'A fictional briefing.', pageUrl: absolute('/about/'), files: DATA_FILES, dateModified: '2025-04-02', temporalCoverage: '2025-03-10/2025-04-02' },
      absolute,
    );
    expect([dataset['@type'], dataset.name, dataset.url, dataset.dateModified, dataset.temporalCoverage]).toEqual([
      'Dataset', 'Harbour dispute: briefing data', 'https://example.org/briefing/about/', '2025-04-02', '2025-03-10/2025-04-02',
    ]);
    expect((dataset.distribution as { contentUrl: string; encodingFormat: string }[]).map((d) => [d.contentUrl, d.encodingFormat])).toEqual([
      ['https://example.org/briefing/data/briefing.json', 'application/json'],
      ['https://example.org/briefing/data/figures.csv', 'text/csv'],
      ['https://example.org/briefing/data/chronology.csv', 'text/csv'],
    ]);
  });

  it('leaves out the dates when there are no sources', () => {
    const dataset = datasetJsonLd({ title: 'T', description: 'D.', pageUrl: 'u', files: [], dateModified: null, temporalCoverage: null }, absolute);
    expect(['dateModified' in dataset, 'temporalCoverage' in dataset, dataset.distribution]).toEqual([false, false, []]);
  });
});

describe('articleJsonLd', () => {
  it('names the headline, the day and the publisher, else the first wire agency, else none', () => {
    const page = 'https://example.org/sources/x/';
    expect(articleJsonLd({ title: 'Boats gather', publisher: 'Harbour Post', wire: [], published: '2025-03-10' }, page)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Boats gather',
      datePublished: '2025-03-10',
      url: page,
      mainEntityOfPage: page,
      publisher: { '@type': 'Organization', name: 'Harbour Post' },
    });
    expect(articleJsonLd({ title: 'T', publisher: null, wire: ['Coastal Wire'], published: '2025-03-12' }, page).publisher).toEqual({ '@type': 'Organization', name: 'Coastal Wire' });
    expect('publisher' in articleJsonLd({ title: 'T', publisher: null, wire: [], published: '2025-03-12' }, page)).toBe(false);
  });
});

describe('sourceCoverage', () => {
  it('spans the first to the last publication day', () => {
    expect([
      sourceCoverage([{ published: '2025-04-02' }, { published: '2025-03-10' }]),
      sourceCoverage([{ published: '2025-03-10' }]),
      sourceCoverage([]),
    ]).toEqual(['2025-03-10/2025-04-02', '2025-03-10', null]);
  });
});

describe('absoluteUrl', () => {
  it('adds the base path and the site', () => {
    expect([
      absoluteUrl('/about/', 'https://example.org', '/'),
      absoluteUrl('/about/', 'https://example.org', '/briefing/'),
      absoluteUrl('/data/figures.csv', new URL('https://example.org/'), 'briefing'),
      absoluteUrl('/about/', undefined, '/briefing/'),
    ]).toEqual(['https://example.org/about/', 'https://example.org/briefing/about/', 'https://example.org/briefing/data/figures.csv', '/briefing/about/']);
  });
});
