import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import type { SearchRecord } from '../../src/lib/search/entry-records.ts';
import { addLandingMarks } from '../../src/lib/search/landing/add-landing-marks.ts';
import { FirstOccurrence } from '../../src/lib/search/landing/first-occurrence.ts';
import { directiveWords, landingMarks, pieceAround } from '../../src/lib/search/landing/landing.ts';
import { decodeEntities, pageText } from '../../src/lib/search/landing/page-text.ts';

/**
 * A chronology page as Astro writes it: a summary table above the entries that
 * repeats one entry's words, and two entries quoting the same sentence.
 */
const PAGE = `<!DOCTYPE html><html lang="en"><head><title>Chronology: boats seized</title><style>p{}</style></head>
<body><header><a href="/">Home</a></header><main id="main">
<h1>Chronology</h1>
<table><tr><td>Harbour council reopened Port Alba</td></tr></table>
<article class="entry" data-entry-type="event">
  <div class="entry-heading"><h3 id="2025-03-09-boats-seized">9 Mar 2025</h3><a href="#2025-03-09-boats-seized" aria-label="Link to the event">#</a></div>
  <blockquote><p>The coast guard seized two boats off Port&nbsp;Alba on Sunday.</p></blockquote>
</article>
<article class="entry" data-entry-type="event">
  <div class="entry-heading"><h3 id="2025-03-10-port-reopened">10 Mar 2025</h3></div>
  <blockquote><p>The harbour council reopened Port Alba on Monday, after the coast guard seized two boats off Port Alba.</p></blockquote>
</article>
<article class="entry" data-entry-type="event">
  <div class="entry-heading"><h3 id="2025-03-10-expected-port-reopened">10 Mar 2025</h3></div>
  <blockquote><p>The harbour council reopened Port Alba on Monday, after the coast guard seized two boats off Port Alba.</p></blockquote>
</article>
<script type="module">const hidden = "The coast guard seized";</script>
</main></body></html>`;

describe('pageText', () => {
  const page = pageText(PAGE);

  test('the body text in lower case, with single spaces, without the head, styles and scripts', () => {
    expect(page.text.startsWith('home chronology harbour council reopened port alba 9 mar 2025 # the coast guard seized')).toBe(true);
    expect(page.text).not.toContain('boats seized</');
    expect(page.text).not.toContain('const hidden');
    expect(page.text).not.toMatch(/ {2}|\n/);
  });

  test('a block ends a word, inline markup does not', () => {
    expect(pageText('<body><p>one</p><p>two</p><b>th</b>ree</body>').text).toBe('one two three');
  });

  test('an id inside an entry stands for the whole entry; an id outside entries for its own element', () => {
    const entry = page.entries.get('2025-03-09-boats-seized');
    expect(page.text.slice(entry?.start, entry?.end).trim()).toBe('9 mar 2025 # the coast guard seized two boats off port alba on sunday.');
    const main = page.entries.get('main');
    expect(page.text.slice(main?.start, main?.end)).toContain('chronology harbour council');
  });

  test('character references are decoded', () => {
    expect(decodeEntities('Yoon&#39;s &amp; Kim&#x2019;s &quot;talks&quot; &unknown;')).toBe('Yoon\'s & Kim’s "talks" &unknown;');
  });
});

describe('FirstOccurrence', () => {
  const search = new FirstOccurrence('the coast guard seized two boats; the guard seized more');

  test('the offset of the first occurrence of a phrase of any length, or -1', () => {
    expect(search.find('guard seized')).toBe(10);
    expect(search.find('the guard seized more')).toBe(34);
    expect(search.find('seized')).toBe(16);
    expect(search.find('guard seized nothing')).toBe(-1);
  });

  test('the first occurrence, whichever middle word of the phrase is looked up', () => {
    // "talks" has three places, "resumed" two: the phrase is found from the rarer, and its first place wins.
    const page = new FirstOccurrence('x the talks the talks resumed today the talks resumed');
    expect(page.find('the talks resumed today')).toBe(12);
    expect(page.find('x the talks resumed')).toBe(-1);
    expect(page.find('the talks resumed tod')).toBe(12);
    expect(page.find('talks the talks resumed')).toBe(6);
  });

  test('a phrase may start inside a word and end inside one, as plain text would', () => {
    expect(search.find('oast guard seiz')).toBe(5);
    expect(search.wholeWordsAt(5, 'oast guard seiz')).toBe(false);
    expect(search.wholeWordsAt(4, 'coast guard seized')).toBe(true);
  });
});

describe('pieceAround and directiveWords', () => {
  const words = 'Anna Berg · We expect the talks to resume soon · Stance: expects'.split(' ');

  test('a piece runs between the separators', () => {
    expect(pieceAround(words, 0)).toEqual([0, 2]);
    expect(pieceAround(words, 5)).toEqual([3, 10]);
    expect(pieceAround(words, 11)).toEqual([11, 13]);
  });

  test('a directive quotes three words either side, never across a separator', () => {
    expect(directiveWords(words, 6).join(' ')).toBe('We expect the talks to resume soon');
    expect(directiveWords(words, 3).join(' ')).toBe('We expect the talks');
    expect(directiveWords(words, 1).join(' ')).toBe('Anna Berg');
  });
});

describe('landingMarks', () => {
  const page = pageText(PAGE);
  const search = new FirstOccurrence(page.text);

  test('words found first in their own entry are landable; words a table above repeats are not', () => {
    const content = '10 Mar 2025 · The harbour council reopened Port Alba on Monday, · Harbour council reopened Port Alba';
    const marks = landingMarks(content, '2025-03-10-port-reopened', page, search);
    expect(marks).toHaveLength(content.split(' ').length);
    expect(marks).toBe('+++-++++++++-' + '-----');
    // The first entry's date is found first in the first entry.
    expect(landingMarks('9 Mar 2025', '2025-03-10-port-reopened', page, search)).toBe('---');
  });

  test('a sentence an earlier entry already quotes is not landable in the later entry', () => {
    const content = 'The harbour council reopened Port Alba on Monday';
    expect(landingMarks(content, '2025-03-10-expected-port-reopened', page, search)).toBe('--------');
    expect(landingMarks(content, '2025-03-10-port-reopened', page, search)).toBe('++++++++');
  });

  test('words in a hidden script, or an entry the page does not have, are never landable', () => {
    expect(landingMarks('The coast guard seized', '2025-03-09-boats-seized', page, search)).toBe('++++');
    expect(landingMarks('The coast guard seized', 'no-such-entry', page, search)).toBe('----');
  });
});

describe('addLandingMarks', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function site(): string {
    dir = mkdtempSync(join(tmpdir(), 'landing-'));
    mkdirSync(join(dir, 'chronology'));
    writeFileSync(join(dir, 'chronology', 'index.html'), PAGE);
    return dir;
  }

  const record = (url: string): SearchRecord => ({
    url,
    content: 'The coast guard seized two boats',
    meta: { title: 'Boats seized', type: 'event' },
    filters: { type: ['event'], government: [], publisher: [] },
    sort: {},
  });

  test('adds each record its marks, read on the built page it lands on', () => {
    const [marked] = addLandingMarks([record('/chronology/#2025-03-09-boats-seized')], site());
    expect(marked?.meta).toEqual({ title: 'Boats seized', type: 'event', landing: '++++++' });
  });

  test('a record whose page was not built, or lacks its entry, stops with a message naming both', () => {
    const out = site();
    expect(() => addLandingMarks([record('/positions/#anna-berg')], out)).toThrow(/The search entry \/positions\/#anna-berg lands on \/positions\/, but the build wrote no .*positions\/index\.html/);
    expect(() => addLandingMarks([record('/chronology/#gone')], out)).toThrow('The search entry /chronology/#gone lands on /chronology/, but that page has no element with the id "gone".');
  });
});
