import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageDay, readPageFacts } from '../../src/lib/importer/page/page-facts.ts';

/** The facts and messages of a page with `head` in its head. */
function facts(head: string, body = '') {
  const { document } = parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
  return readPageFacts(document as unknown as Document);
}
const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('pageDay', () => {
  it('keeps the publisher’s own day of a timestamp, never converting its time zone', () => {
    expect(pageDay('2024-10-23T03:09:00+09:00')).toBe('2024-10-23');
    expect(pageDay('2024-10-22T23:30:00Z')).toBe('2024-10-22');
    expect(pageDay('October 23, 2024')).toBe('2024-10-23');
    expect(pageDay('10/11/2024')).toBeNull();
    expect(pageDay('yesterday')).toBeNull();
  });
});

describe('readPageFacts', () => {
  it('prefers the JSON-LD headline, and strips the site name from og:title and <title>', () => {
    const result = facts(`<title>Bridge closes | Harbour Daily</title><meta property="og:site_name" content="Harbour Daily"><meta property="og:title" content="Bridge closes - Harbour Daily">`);
    expect(result.facts.headline).toEqual({ value: 'Bridge closes', where: 'og:title', text: 'Bridge closes' });
    expect(result.facts.headlines).toEqual(['Bridge closes - Harbour Daily', 'Bridge closes', 'Bridge closes | Harbour Daily']);
    expect(facts(`${ld({ '@type': 'NewsArticle', headline: 'Bridge to close' })}<meta property="og:title" content="Bridge closes">`).facts.headline?.where).toBe('JSON-LD headline');
  });

  it('reads people as the byline and agencies as wire from JSON-LD authors, leaving out the publisher itself', () => {
    const result = facts(
      ld([{ '@type': ['NewsArticle'], headline: 'Bridge closes', author: [{ '@type': 'Person', name: 'Ana Cruz' }, { '@type': 'Organization', name: 'AFP' }, { '@type': 'Organization', name: 'Harbour Daily' }], publisher: { name: 'Harbour Daily' } }]),
    );
    expect(result.facts.byline).toEqual({ value: 'Ana Cruz', where: 'JSON-LD author', text: 'Ana Cruz, AFP' });
    expect(result.facts.wire.map((credit) => credit.value)).toEqual(['AFP']);
    expect(result.facts.publisher).toEqual({ value: 'Harbour Daily', where: 'JSON-LD publisher.name', text: 'Harbour Daily' });
  });

  it('reports a second publication day that differs', () => {
    const result = facts(`<meta property="article:published_time" content="2024-10-23T01:00:00+09:00">${ld({ '@type': 'NewsArticle', datePublished: '2024-10-22T16:00:00Z' })}`);
    expect(result.facts.published?.value).toBe('2024-10-23');
    expect(result.messages.map((message) => message.rule)).toContain('page/second-date');
  });
});

describe('readPageFacts negative cases', () => {
  it('ignores a date that is no date, a relative link and an author that names no one, saying so', () => {
    const result = facts('<meta property="article:published_time" content="soon"><link rel="canonical" href="/a"><meta name="author" content="Web Desk">');
    expect(result.facts).toMatchObject({ published: null, url: null, byline: null, wire: [] });
    expect(result.messages.map((message) => message.reason)).toEqual([
      "the page's meta article:published_time “soon” is not a date; ignored",
      "the page's link rel=canonical “/a” is not an absolute http(s) link; ignored",
      "the page's meta author “Web Desk” names no person or agency; ignored",
    ]);
  });

  it('does not take a WebPage or an Organization for the article', () => {
    const result = facts(ld({ '@graph': [{ '@type': 'WebPage', name: 'Home' }, { '@type': 'Organization', name: 'Harbour Daily' }] }));
    expect(result.facts.headline).toBeNull();
    expect(result.facts.publisher).toBeNull();
  });
});
