import { describe, expect, test } from 'vitest';
import type { SearchRecord } from '../../src/lib/search/entry-records.ts';
import { entryData, groupRecordHtml, sectionText } from '../../src/lib/search/group-record.ts';
import { pagefindWords } from '../../src/lib/search/landing/landing.ts';

const boats: SearchRecord = {
  url: '/chronology/2025-03/#boats-seized',
  content: 'The navy seized two boats · Two boats were seized, the navy said.',
  meta: { title: '9 Mar 2025: The navy seized two boats', type: 'event', date: '9 Mar 2025', government: 'Freedonia, Sylvania', landing: '+++++-+++++++' },
  filters: { type: ['event'], government: ['Freedonia', 'Sylvania'], publisher: ['Harbour Post'] },
  sort: { date: '2025-03-09' },
};
const talks: SearchRecord = {
  url: '/chronology/2025-03/#talks-resume',
  content: 'Talks resume <next> week',
  meta: { title: 'Talks resume', type: 'event', landing: '++++' },
  filters: { type: ['event'], government: [], publisher: ['Coastal Wire', 'Harbour Post'] },
  sort: {},
};

describe('groupRecordHtml', () => {
  test("each entry is its words after an empty element with its sort day and URL as id and its title; the filters, sort day and entries' data are hidden", () => {
    const html = groupRecordHtml({ url: '/_entries/1/', records: [boats, talks] }, 'en');
    expect(html).toContain('<span id="2025-03-09/chronology/2025-03/#boats-seized" data-pagefind-title="9 Mar 2025: The navy seized two boats"></span>The navy seized two boats · Two boats were seized, the navy said. · 9 Mar 2025 · Freedonia, Sylvania <span id="/chronology/2025-03/#talks-resume"');
    expect(html).toContain('Talks resume &lt;next&gt; week</body>');
    expect(html).toContain('<div data-pagefind-ignore><span data-pagefind-filter="type">event</span><span data-pagefind-filter="government">Freedonia</span><span data-pagefind-filter="government">Sylvania</span><span data-pagefind-filter="publisher">Harbour Post</span><span data-pagefind-filter="publisher">Coastal Wire</span>');
    expect(html).toContain('<span data-pagefind-sort="date:2025-03-09"></span>');
    expect(html).toContain('data-pagefind-meta="entries:[[&quot;+++++-+++++++-------&quot;,&quot;++&quot;,&quot;-+&quot;,&quot;9 Mar 2025&quot;,&quot;Freedonia, Sylvania&quot;],[&quot;++++&quot;,&quot;--&quot;,&quot;++&quot;,&quot;&quot;,&quot;&quot;]]"');
    expect(html).toMatch(/^<html lang="en"><head><title>·<\/title><\/head><body data-pagefind-body>/);
  });
});

describe('entryData', () => {
  test('landing marks cover the words the entry has in the group: its content, then its date and governments, never landable', () => {
    const [landing] = entryData(boats, { type: ['event'], government: ['Freedonia', 'Sylvania'], publisher: ['Harbour Post'] });
    expect(landing.length).toBe(pagefindWords(sectionText(boats)).length);
    expect(landing.endsWith('-------')).toBe(true);
  });

  test('masks mark the sorted values of the group filter that the entry has', () => {
    const data = entryData(talks, { type: ['event'], government: ['Sylvania', 'Freedonia'], publisher: ['Harbour Post', 'Coastal Wire', 'Alba Daily'] });
    expect(data.slice(1, 3)).toEqual(['--', '-++']);
  });
});
