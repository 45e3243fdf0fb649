import { describe, expect, it } from 'vitest';
import { emptyManifest } from '../../src/lib/anchors/manifest.ts';
import { recordAnchors } from '../../src/lib/anchors/record.ts';
import { anchorStatus } from '../../src/lib/anchors/status.ts';
import { publishedAnchors } from '../../src/lib/anchors/published.ts';
import { movedEntries, movedFrom, stubAnchors, stubOnlyPages } from '../../src/lib/views/moved-entries.ts';
import { movedEntryViews } from '../../src/lib/views/moved-entry-view.ts';
import { placeEntries } from '../../src/lib/views/placement.ts';
import { splitRoutes } from '../../src/lib/views/split-routes.ts';
import { briefing, day, event, figure, statement } from './fixtures.ts';

const events = [
  event('2025-02-03-a', day('2025-02-03')),
  event('2025-02-20-b', day('2025-02-20')),
  event('2025-03-01-c', day('2025-03-01'), { summary: 'Talks resumed at the harbour office after a week of silence on both sides.' }),
  event('2025-03-02-d', day('2025-03-02')),
];
const statements = [statement('freedonia-1', 'freedonia', { date: day('2025-03-04') }), statement('sylvania-1', 'sylvania')];

/** The briefing when it was small (one page each) and after it grew past a budget of 2 with an event and a statement more. */
const before = briefing({ events, statements });
const after = briefing({
  events: [...events, event('2025-03-09-new', day('2025-03-09'))],
  statements: [...statements, statement('freedonia-2', 'freedonia', { date: day('2025-03-12') })],
});
const onePage = placeEntries(before, { entries: 2 + 100 });
const split = placeEntries(after, { entries: 2 });
const manifest = publishedAnchors(before, onePage);

describe('movedEntries', () => {
  it('finds the manifest’s entries that left their page, and where each is now', () => {
    expect(movedEntries(split, manifest)).toEqual([
      { page: '/chronology/', id: '2025-02-03-a', kind: 'event', href: '/chronology/2025-02/#2025-02-03-a' },
      { page: '/chronology/', id: '2025-02-20-b', kind: 'event', href: '/chronology/2025-02/#2025-02-20-b' },
      { page: '/chronology/', id: '2025-03-01-c', kind: 'event', href: '/chronology/2025-03/#2025-03-01-c' },
      { page: '/chronology/', id: '2025-03-02-d', kind: 'event', href: '/chronology/2025-03/#2025-03-02-d' },
      { page: '/positions/', id: 'freedonia-1', kind: 'statement', href: '/positions/freedonia/#freedonia-1' },
      { page: '/positions/', id: 'sylvania-1', kind: 'statement', href: '/positions/sylvania/#sylvania-1' },
    ]);
  });

  it('keeps no stub for an entry the manifest never listed, nor for sections, which stay where they were', () => {
    const stubs = stubAnchors(movedEntries(split, manifest));
    expect(stubs.some((anchor) => anchor.includes('2025-03-09-new'))).toBe(false);
    expect(stubs.filter((anchor) => /#(2025-0\d|freedonia|sylvania)$/.test(anchor))).toEqual([]);
    // Every manifest anchor resolves again: published where it is, or kept as a stub.
    const resolved = new Set([...publishedAnchors(after, split), ...stubs]);
    expect(manifest.filter((anchor) => !resolved.has(anchor))).toEqual([]);
  });

  it('keeps no stub while nothing moved, and none for an entry that is gone', () => {
    expect(movedEntries(onePage, manifest)).toEqual([]);
    const suppressed = placeEntries(briefing({ events: events.slice(1), statements }), { entries: 2 });
    expect(movedEntries(suppressed, manifest).map((entry) => entry.id)).not.toContain('2025-02-03-a');
  });

  it('ignores links outside the pages of entries, and paths placement never makes', () => {
    const odd = ['/figures/#2025-02-03-a', '/sources/x/#2025-02-03-a', '/chronology/../sources/#2025-02-03-a', '/chronology/a/b/c/#2025-02-03-a', '/chronology/#', '/chronology/'];
    expect(movedEntries(split, odd)).toEqual([]);
  });

  it('keeps a page that only holds stubs when a published page holds no entries any more', () => {
    const older = publishedAnchors(after, split);
    const shrunk = placeEntries(before, { entries: 100 });
    const moved = movedEntries(shrunk, older);
    expect(movedFrom(moved, '/chronology/2025-03/').map((entry) => [entry.id, entry.href])).toEqual([
      ['2025-03-01-c', '/chronology/#2025-03-01-c'],
      ['2025-03-02-d', '/chronology/#2025-03-02-d'],
    ]);
    expect(stubOnlyPages(shrunk, moved)).toEqual(['/chronology/2025-02/', '/chronology/2025-03/', '/positions/freedonia/', '/positions/sylvania/']);
    expect(stubOnlyPages(split, movedEntries(split, manifest))).toEqual([]);
  });

  it('gives each stub the entry in a line and the name of its new page', () => {
    const views = movedEntryViews(movedEntries(split, manifest), after, split);
    expect(views.find((view) => view.id === '2025-03-01-c')).toEqual({
      page: '/chronology/',
      id: '2025-03-01-c',
      kind: 'event',
      href: '/chronology/2025-03/#2025-03-01-c',
      label: '1 Mar 2025: Talks resumed at the harbour office after a…',
      where: 'the chronology for March 2025, part 1 of 2',
      status: 'moved',
      mergedFrom: null,
    });
    expect(views.find((view) => view.id === 'sylvania-1')?.where).toBe('the positions of Sylvania');
  });
});

describe('movedEntries for figures', () => {
  const figures = [figure('boats-300', 300), figure('boats-40', 40), figure('boats-12', 12)];
  const small = briefing({ figures });
  const published = publishedAnchors(small, placeEntries(small, { entries: 100 }));
  const splitFigures = placeEntries(small, { entries: 2 });

  it('keeps a stub on /figures/ for each claim whose row moved to its category’s page, with its words and new page', () => {
    const moved = movedEntries(splitFigures, published);
    expect(moved).toEqual([
      { page: '/figures/', id: 'boats-12', kind: 'figure', href: '/figures/boats/#boats-12' },
      { page: '/figures/', id: 'boats-300', kind: 'figure', href: '/figures/boats/2/#boats-300' },
      { page: '/figures/', id: 'boats-40', kind: 'figure', href: '/figures/boats/2/#boats-40' },
    ]);
    const views = movedEntryViews(moved, small, splitFigures, [{ id: 'boats', label: 'Boats at the harbour' }]);
    expect(views[1]).toMatchObject({ label: '300 boats (Freedonian Defence Ministry)', where: 'the figures for Boats at the harbour, part 2 of 2' });
    // The category's section stays on /figures/: no stub for it.
    expect(stubAnchors(moved)).not.toContain('/figures/#boats');
    expect(stubOnlyPages(splitFigures, moved)).toEqual([]);
  });

  it('keeps a stub-only page of a category when the figures fit on one page again', () => {
    const moved = movedEntries(placeEntries(small, { entries: 100 }), publishedAnchors(small, splitFigures));
    expect(stubOnlyPages(placeEntries(small, { entries: 100 }), moved)).toEqual(['/figures/boats/', '/figures/boats/2/']);
    expect(movedFrom(moved, '/figures/boats/2/').map((entry) => entry.href)).toEqual(['/figures/#boats-300', '/figures/#boats-40']);
  });
});

describe('anchorStatus with moved entries', () => {
  const recorded = recordAnchors(null, before, onePage);

  it('lands every published anchor of a moved entry on a stub, and recording keeps the old links beside the new ones', () => {
    const status = anchorStatus(recorded, after, split);
    expect(status.landings.unresolved).toEqual([]);
    expect(status.landings.notices).toEqual([]);
    expect(stubAnchors(status.landings.moved)).toContain('/chronology/#2025-02-03-a');
    expect(status.added).toContain('/chronology/2025-02/#2025-02-03-a');
    expect(status.added).toContain('/chronology/2025-03/2/#2025-03-09-new');
    expect(status.added.filter((anchor) => manifest.includes(anchor))).toEqual([]);
    expect(status.next.anchors).toEqual(expect.arrayContaining(['/chronology/#2025-02-03-a', '/chronology/2025-02/#2025-02-03-a']));

    // Once recorded, the same content adds nothing, and the old links still land on their stubs.
    const again = anchorStatus(status.next, after, split);
    expect(again).toMatchObject({ added: [], changed: false });
    expect(stubAnchors(again.landings.moved)).toContain('/chronology/#2025-02-03-a');
  });

  it('gives an entry that is gone, and a month left empty, a notice instead of failing', () => {
    const without = briefing({ events: events.slice(1), statements });
    const status = anchorStatus(recorded, without, placeEntries(without, { entries: 2 }));
    expect(status.landings.unresolved).toEqual([]);
    expect(status.landings.notices.map((notice) => `${notice.page}#${notice.id}`)).toEqual(['/chronology/#2025-02-03-a']);
    const noFebruary = briefing({ events: events.slice(2), statements });
    const notices = anchorStatus(recorded, noFebruary, placeEntries(noFebruary, { entries: 2 })).landings.notices;
    expect(notices.map((notice) => [notice.id, notice.kind, notice.label])).toEqual([
      ['2025-02', 'section', 'February 2025'],
      ['2025-02-03-a', 'event', '3 Feb 2025: Summary of 2025-02-03-a.'],
      ['2025-02-20-b', 'event', '20 Feb 2025: Summary of 2025-02-20-b.'],
    ]);
  });

  it('cannot say what an anchor without a record was: only that stops the build', () => {
    const without = briefing({ events: events.slice(1), statements });
    const status = anchorStatus(emptyManifest(manifest), without, placeEntries(without, { entries: 2 }));
    expect(status.landings.unresolved).toEqual(['/chronology/#2025-02-03-a']);
  });
});

describe('splitRoutes', () => {
  it('builds an area’s pages of entries, then its pages that only keep stubs, each with its own stubs', () => {
    const older = publishedAnchors(after, split);
    const shrunk = placeEntries(before, { entries: 100 });
    const moved = movedEntries(shrunk, older);
    const pages = [{ path: '/chronology/2025-01/' }];
    const routes = splitRoutes('/chronology/', pages, shrunk, moved);
    expect(routes.map((route) => [route.rest, route.page, route.moved.map((entry) => entry.id)])).toEqual([
      ['2025-01', pages[0], []],
      ['2025-02', null, ['2025-02-03-a', '2025-02-20-b']],
      ['2025-03', null, ['2025-03-01-c', '2025-03-02-d']],
    ]);
    // Stub-only pages of another area are not this area's routes.
    expect(splitRoutes('/positions/', [], shrunk, moved).map((route) => route.rest)).toEqual(['freedonia', 'sylvania']);
  });
});
