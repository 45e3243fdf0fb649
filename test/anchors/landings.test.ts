import { describe, expect, it } from 'vitest';
import { anchorLandings, keptAnchors } from '../../src/lib/anchors/landings.ts';
import { emptyManifest, type AnchorManifest } from '../../src/lib/anchors/manifest.ts';
import { recordAnchors } from '../../src/lib/anchors/record.ts';
import { makeCitation } from '../../src/lib/citation.ts';
import type { Briefing } from '../../src/lib/model.ts';
import { placeEntries } from '../../src/lib/views/placement.ts';
import { reasonText } from '../../src/lib/views/moved-entry-view.ts';
import { keptAnchorsSummary } from '../../src/lib/anchors/messages.ts';
import { event, figure, smallBriefing, statement } from './model.ts';

const SOURCE = '2025-03-04-wire-harbour-closed';
const closed = event('2025-03-03-harbour-closed', { start: '2025-03-03', end: '2025-03-03' });
const boats = figure('boats-coast-guard-40', 'boats');
const officials = statement('officials-harbour-closed', 'freedonia');

/** The manifest after publishing `briefing`, as `npm run build` records it. */
function publish(briefing: Briefing, before: AnchorManifest | null = null): AnchorManifest {
  return recordAnchors(before, briefing, placeEntries(briefing), [{ id: 'boats', label: 'Boats held' }]);
}

const land = (manifest: AnchorManifest, briefing: Briefing, suppressed = new Map<string, string>()) => anchorLandings(manifest, briefing, placeEntries(briefing), suppressed);

describe('anchorLandings', () => {
  const first = smallBriefing({ events: [closed], statements: [officials], figures: [boats] });
  const manifest = publish(first);

  it('lands every anchor of an unchanged briefing on what it names', () => {
    const landings = land(manifest, first);
    expect(landings.published).toEqual([...manifest.anchors].sort());
    expect(keptAnchors(landings)).toEqual([]);
  });

  it('lands an id merged into another entry inside that entry, or on a stub when that entry is on another page', () => {
    const merged = smallBriefing({ events: [{ ...event('2025-03-03-port-shut', { start: '2025-03-03', end: '2025-03-03' }), aliases: [closed.id] }] });
    expect(land(manifest, merged).aliases).toEqual([`/chronology/#${closed.id}`]);
    // With a budget of one entry, the chronology splits by month: the merged entry is on /chronology/2025-03/.
    const two = smallBriefing({ events: [merged.events[0]!, event('2025-04-01-harbour-reopened', { start: '2025-04-01', end: '2025-04-01' })] });
    const landings = anchorLandings(manifest, two, placeEntries(two, { entries: 1 }));
    expect(landings.moved).toEqual([{ page: '/chronology/', id: closed.id, kind: 'event', href: '/chronology/2025-03/#2025-03-03-port-shut', merged: true }]);
  });

  it('says why an entry is gone: suppressed by an editor, its source removed, corrected, or no longer extracted', () => {
    const none = smallBriefing();
    expect(land(manifest, none, new Map([[closed.id, 'a duplicate']])).notices.find((n) => n.id === closed.id)?.reason).toEqual({ kind: 'suppressed', note: 'a duplicate' });
    expect(land(manifest, none).notices.find((n) => n.id === closed.id)?.reason).toEqual({ kind: 'not-extracted' });

    const corrected: Briefing = { ...none, sources: none.sources.map((s) => ({ ...s, paragraphs: [{ n: 1, text: 'The port was closed on Monday.' }, s.paragraphs[1]!] })) };
    expect(land(manifest, corrected).notices.find((n) => n.id === closed.id)?.reason).toEqual({ kind: 'source-corrected', sources: [SOURCE] });

    const removed: Briefing = { ...none, sources: [] };
    const landings = land(manifest, removed);
    expect(landings.notices.find((n) => n.id === closed.id)?.reason).toEqual({ kind: 'source-removed', sources: [SOURCE] });
    expect(landings.removedSources).toEqual([{ id: SOURCE, record: manifest.sources[SOURCE], paragraphs: [1, 2] }]);
    expect(landings.unresolved).toEqual([]);
  });

  it('leads a corrected entry’s notice to the entry its corrected words became, and a merged one’s to where it was merged', () => {
    const correctedBoats = { ...figure('boats-coast-guard-45', 'boats'), text: 'Around 45 boats', citations: [makeCitation(SOURCE, 2, 'Around 45 boats')] };
    const briefing: Briefing = {
      ...smallBriefing({ figures: [correctedBoats] }),
      sources: smallBriefing().sources.map((s) => ({ ...s, paragraphs: [s.paragraphs[0]!, { n: 2, text: 'Around 45 boats were held, the coast guard said.' }] })),
    };
    const notice = land(manifest, briefing).notices.find((n) => n.id === boats.id);
    expect(notice).toMatchObject({ page: '/figures/', kind: 'figure', reason: { kind: 'source-corrected' }, successor: { id: 'boats-coast-guard-45', href: '/figures/#boats-coast-guard-45' } });

    // A citation only its words recall is no successor: nothing in the paragraph is like it.
    const unrelated = { ...correctedBoats, citations: [makeCitation(SOURCE, 2, 'the coast guard said')] };
    expect(land(manifest, { ...briefing, figures: [unrelated] }).notices.find((n) => n.id === boats.id)?.successor).toBeNull();

    const wasMerged: AnchorManifest = { ...manifest, entries: { ...manifest.entries, [closed.id]: { ...manifest.entries[closed.id]!, mergedInto: 'later-id' } } };
    const later = smallBriefing({ events: [{ ...event('later-id', { start: '2025-03-05', end: '2025-03-05' }), citations: [makeCitation(SOURCE, 2, 'boats were held')] }] });
    expect(land(wasMerged, later).notices.find((n) => n.id === closed.id)?.successor).toEqual({ id: 'later-id', kind: 'event', href: '/chronology/#later-id' });
  });

  it('keeps a notice for a section no entry is in any more, named as it was published', () => {
    const notices = land(manifest, smallBriefing()).notices.filter((n) => n.kind === 'section');
    expect(notices.map((n) => [`${n.page}#${n.id}`, n.label])).toEqual([
      ['/chronology/#2025-03', 'March 2025'],
      ['/figures/#boats', 'Boats held'],
      ['/positions/#freedonia', 'freedonia'],
    ]);
  });

  it('keeps a paragraph anchor a corrected article no longer has', () => {
    const shorter: Briefing = { ...first, sources: first.sources.map((s) => ({ ...s, paragraphs: [s.paragraphs[0]!] })) };
    expect(land(manifest, shorter).paragraphNotices).toEqual([{ source: SOURCE, paragraphs: [2], previously: 2 }]);
  });

  it('finds nothing to answer an anchor it has no record of, or on a page the site never makes', () => {
    const odd = { ...emptyManifest(['/chronology/#gone-without-record', '/about/#how-to-cite', '/sources/never-recorded/', '/sources/x/#intro']) };
    expect(land(odd, smallBriefing()).unresolved).toEqual(['/about/#how-to-cite', '/chronology/#gone-without-record', '/sources/never-recorded/', '/sources/x/#intro']);
  });
});

describe('recordAnchors', () => {
  it('adds what is published and removes nothing; an alias records the entry it was merged into', () => {
    const first = smallBriefing({ events: [closed] });
    const manifest = publish(first);
    const merged = smallBriefing({ events: [{ ...event('2025-03-03-port-shut', { start: '2025-03-03', end: '2025-03-03' }), aliases: [closed.id], citations: [...closed.citations, makeCitation(SOURCE, 2, 'boats were held')] }] });
    const next = publish(merged, manifest);
    expect(next.anchors).toEqual(expect.arrayContaining(manifest.anchors));
    expect(next.anchors).toContain('/chronology/#2025-03-03-port-shut');
    expect(next.entries[closed.id]).toEqual({ ...manifest.entries[closed.id], mergedInto: '2025-03-03-port-shut' });
    expect(next.entries['2025-03-03-port-shut']?.members).toEqual([`${SOURCE}#p1: The harbour was closed`, `${SOURCE}#p2: boats were held`]);
    expect(next.sources[SOURCE]).toEqual({ title: 'Harbour closed', publisher: 'Wire', published: '2025-03-04', paragraphs: 2, order: 1, added: '2025-03-04' });
  });
});

describe('reasonText', () => {
  it('says in a sentence why an entry is gone', () => {
    const sources = new Map([[SOURCE, 'Harbour closed']]);
    expect(reasonText({ kind: 'suppressed', note: 'a duplicate of another entry.' }, { label: 'x' })).toBe('The editors withdrew it: a duplicate of another entry.');
    expect(reasonText({ kind: 'source-removed', sources: [SOURCE] }, { label: 'x' }, sources)).toBe('The source it came from was removed from the briefing (“Harbour closed”).');
    expect(reasonText({ kind: 'source-corrected', sources: [SOURCE] }, { label: 'x' }, sources)).toBe('Its source was corrected and no longer reports it in these words (“Harbour closed”).');
    expect(reasonText({ kind: 'section-empty', area: 'event' }, { label: 'March 2025' })).toBe('No events of March 2025 remain in the briefing.');
  });
});

describe('keptAnchorsSummary', () => {
  it('lists the anchors that show a notice, at most as many as asked, and says how to see the rest', () => {
    const first = smallBriefing({ events: [closed], statements: [officials], figures: [boats] });
    const landings = land(publish(first), smallBriefing(), new Map([[closed.id, 'a duplicate']]));
    const all = keptAnchorsSummary(landings);
    expect(all[0]).toBe('6 published anchors now show a notice in place of what is gone:');
    expect(all).toContain(`  /chronology/#${closed.id} (suppressed)`);
    expect(all).toHaveLength(7);
    const short = keptAnchorsSummary(landings, 2);
    expect(short).toHaveLength(4);
    expect(short.at(-1)).toBe('  … and 4 more: `npm run anchors` lists them all.');
  });
});
