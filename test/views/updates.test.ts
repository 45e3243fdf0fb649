import { describe, expect, it } from 'vitest';
import { sourceAdditions } from '../../src/lib/anchors/additions.ts';
import type { SourceRecord } from '../../src/lib/anchors/manifest.ts';
import { placeEntries } from '../../src/lib/views/placement.ts';
import { UPDATES_PER_PAGE, updatesView } from '../../src/lib/views/updates.ts';
import { briefing, cite, day, event, figure, SOURCES, statement } from './fixtures.ts';

const POST = '2025-03-10-harbour-post-boats';
const WIRE = '2025-03-12-coastal-wire-talks';
const FERRY = '2025-04-02-unknown-ferry';

function record(published: string, order: number, added: string): SourceRecord {
  return { title: 't', publisher: null, published, paragraphs: 3, order, added };
}

describe('sourceAdditions', () => {
  it('keeps what the manifest records, and adds the others after, in order of publication, never on a day before the latest', () => {
    const recorded = { [POST]: record('2025-03-10', 1, '2025-03-10'), [FERRY]: record('2025-04-02', 2, '2025-04-02') };
    expect(Object.fromEntries(sourceAdditions(SOURCES, recorded))).toEqual({
      [POST]: { order: 1, added: '2025-03-10' },
      [FERRY]: { order: 2, added: '2025-04-02' },
      // Published on 12 March, but added after the article of 2 April: it came no sooner than that.
      [WIRE]: { order: 3, added: '2025-04-02' },
    });
  });

  it('without a manifest, adds the sources in order of publication, each on its day', () => {
    expect(Object.fromEntries(sourceAdditions([...SOURCES].reverse(), {}))).toEqual({
      [POST]: { order: 1, added: '2025-03-10' },
      [WIRE]: { order: 2, added: '2025-03-12' },
      [FERRY]: { order: 3, added: '2025-04-02' },
    });
  });
});

describe('updatesView', () => {
  // The harbour post and the ferry article were added first; the wire's older article came last.
  const additions = sourceAdditions(SOURCES, { [POST]: record('2025-03-10', 1, '2025-03-10'), [FERRY]: record('2025-04-02', 2, '2025-04-02') });
  const model = briefing({
    events: [
      event('harbour-closed', day('2025-03-09'), { citations: [cite(POST, 1, 'closed')] }),
      event('talks-held', day('2025-03-09'), { citations: [cite(POST, 2, 'talks'), cite(WIRE, 1, 'talks')] }),
    ],
    // The wire's report is the earliest, so the statement now reads in its words (its citation first).
    statements: [statement('berg-denies', 'freedonia', { citations: [cite(WIRE, 2, 'denied'), cite(FERRY, 1, 'denied')] })],
    figures: [figure('boats-300', 300, { citations: [cite(FERRY, 2, '300 boats')] })],
  });
  const view = updatesView(model, additions, placeEntries(model));
  const byId = new Map(view.updates.map((update) => [update.id, update]));
  const ids = (list: { id: string }[]) => list.map((entry) => entry.id);

  it('lists the sources newest first by when they were added', () => {
    expect(view.updates.map((update) => update.id)).toEqual([WIRE, FERRY, POST]);
    expect(view.latest).toEqual(view.updates);
  });

  it('files each entry as new for its first source added, changed for the source whose words it now reads in, confirmed for the others', () => {
    expect([ids(byId.get(POST)!.new), ids(byId.get(POST)!.changed), ids(byId.get(POST)!.confirmed)]).toEqual([['harbour-closed', 'talks-held'], [], []]);
    expect([ids(byId.get(FERRY)!.new), ids(byId.get(FERRY)!.changed), ids(byId.get(FERRY)!.confirmed)]).toEqual([['berg-denies', 'boats-300'], [], []]);
    expect([ids(byId.get(WIRE)!.new), ids(byId.get(WIRE)!.changed), ids(byId.get(WIRE)!.confirmed)]).toEqual([[], ['berg-denies'], ['talks-held']]);
  });

  it('links each entry where it is, says what kind it is, and sums up', () => {
    expect(byId.get(FERRY)!.new[1]).toEqual({ kind: 'figure', id: 'boats-300', href: '/figures/#boats-300', label: 'Figure: 300 boats (Freedonian Defence Ministry)' });
    expect(byId.get(POST)!.summary).toBe('2 new entries');
    expect(byId.get(WIRE)!.summary).toBe('1 changed, 1 confirmed');
  });

  it('marks an older article added later, with the day it came', () => {
    expect(byId.get(WIRE)!.backfilledAfter).toBe('2 Apr 2025');
    expect(byId.get(POST)!.backfilledAfter).toBeNull();
  });

  it('keeps each update on the page of the month it was added, newest month first', () => {
    expect(view.pages.map((page) => [page.path, page.label, page.updates.map((update) => update.id)])).toEqual([
      ['/updates/2025-04/', 'April 2025', [WIRE, FERRY]],
      ['/updates/2025-03/', 'March 2025', [POST]],
    ]);
    expect(byId.get(WIRE)!.page).toBe('/updates/2025-04/');
  });

  it('cuts a long month into parts in the order of addition, so an update never changes page as sources are added', () => {
    const many = Array.from({ length: UPDATES_PER_PAGE + 2 }, (_, i) => ({ ...SOURCES[0]!, id: `2025-03-10-source-${String(i).padStart(2, '0')}` }));
    const big = { ...briefing({}), sources: many };
    const first = updatesView(big, sourceAdditions(many, {}), placeEntries(big));
    expect(first.pages.map((page) => [page.path, page.updates.length])).toEqual([
      ['/updates/2025-03/', UPDATES_PER_PAGE],
      ['/updates/2025-03/2/', 2],
    ]);
    const more = [...many, { ...SOURCES[0]!, id: '2025-03-10-source-99' }];
    const later = updatesView({ ...big, sources: more }, sourceAdditions(more, {}), placeEntries(big));
    for (const update of first.updates) expect(later.updates.find((u) => u.id === update.id)?.page, update.id).toBe(update.page);
    expect(later.latest).toHaveLength(UPDATES_PER_PAGE);
    expect(later.latest[0]?.id).toBe('2025-03-10-source-99');
  });
});
