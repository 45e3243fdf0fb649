import { describe, expect, it } from 'vitest';
import { idLocks } from '../../src/lib/anchors/id-lock.ts';
import { emptyManifest, type AnchorManifest, type EntryRecord } from '../../src/lib/anchors/manifest.ts';
import { memberKey } from '../../src/lib/anchors/members.ts';
import type { FigureCandidate, StatementCandidate } from '../../src/lib/assemble/candidate.ts';
import { makeCitation } from '../../src/lib/citation.ts';
import { assignIds, figureBaseId, statementBaseId } from '../../src/lib/ids.ts';
import { figure, statement } from '../unit/fixtures.ts';

/** A manifest that published `entries` (id → the items it was published as). */
function published(entries: Record<string, { kind?: EntryRecord['kind']; items: { citations: { source: string; paragraph: number; evidence: string }[] }[]; firstReported?: string }>): AnchorManifest {
  const manifest = emptyManifest();
  for (const [id, { kind = 'statement', items, firstReported = '2025-03-10' }] of Object.entries(entries)) {
    manifest.entries[id] = { kind, label: id, firstReported, members: items.flatMap((item) => item.citations.map(memberKey)) };
    manifest.anchors.push(`${kind === 'figure' ? '/figures/' : '/positions/'}#${id}`);
  }
  return manifest;
}

/** One item reported by several candidates, as reconciliation makes it: the first one's words, every citation. */
function merged<C extends StatementCandidate | FigureCandidate>(first: C, ...others: C[]): C {
  return { ...first, citations: [first, ...others].flatMap((c) => c.citations) };
}

const statementIds = (items: StatementCandidate[], manifest: AnchorManifest | null, suppressed: string[] = []) =>
  assignIds(items, statementBaseId, idLocks(manifest, { suppressed: new Set(suppressed), added: new Set() }).statement).map(({ id, aliases }) => ({ id, aliases }));

const later = statement('src-c', '2025-03-12', 'The harbour stays closed until further notice', 'anna-berg', 'freedonia');
const earlier = statement('src-a', '2025-03-09', 'We will keep the harbour closed for now', 'anna-berg', 'freedonia');

describe('ids kept by the manifest', () => {
  it('keeps a published id when an earlier report joins the entry and its words stand for it now', () => {
    const manifest = published({ 'anna-berg-harbour-stays-closed-until-further': { items: [later] } });
    const now = merged(earlier, later);
    expect(statementBaseId(now)).toBe('anna-berg-keep-harbour-closed-now');
    expect(statementIds([now], manifest)).toEqual([{ id: 'anna-berg-harbour-stays-closed-until-further', aliases: [] }]);
  });

  it('leaves an entry to the item that says what it said when a second report is read from the same sentence', () => {
    const manifest = published({ 'anna-berg-harbour-stays-closed-until-further': { items: [later] } });
    // The sentence now gives two reports: the one the entry was, merged with another outlet's, and a new one.
    const same = merged(later, earlier);
    const splitOff = { ...statement('src-c', '2025-03-12', 'She rejected the notion of a naval blockade', 'anna-berg', 'freedonia'), citations: later.citations };
    expect(statementIds([same, splitOff], manifest)).toEqual([
      { id: 'anna-berg-harbour-stays-closed-until-further', aliases: [] },
      { id: statementBaseId(splitOff), aliases: [] },
    ]);
  });

  it('gives an item that was never published its content id, as without a manifest', () => {
    const manifest = published({ 'anna-berg-harbour-stays-closed-until-further': { items: [later] } });
    expect(statementIds([later, earlier], manifest)).toEqual([
      { id: 'anna-berg-harbour-stays-closed-until-further', aliases: [] },
      { id: 'anna-berg-keep-harbour-closed-now', aliases: [] },
    ]);
    expect(statementIds([later, earlier], null)).toEqual(statementIds([later, earlier], manifest));
  });

  it('makes two published entries one when a report joins them: the entry first published keeps its id and answers to the other', () => {
    const manifest = published({
      'berg-closed-later': { items: [later], firstReported: '2025-03-12' },
      'berg-closed-earlier': { items: [earlier], firstReported: '2025-03-09' },
    });
    const bridge = statement('src-b', '2025-03-08', 'We will keep the harbour closed for now, and it stays closed until further notice', 'anna-berg', 'freedonia');
    expect(statementIds([merged(bridge, earlier, later)], manifest)).toEqual([{ id: 'berg-closed-earlier', aliases: ['berg-closed-later'] }]);
  });

  it('never lets an entry an editor suppressed take the id of a merged entry', () => {
    const manifest = published({
      'berg-closed-later': { items: [later], firstReported: '2025-03-12' },
      'berg-closed-earlier': { items: [earlier], firstReported: '2025-03-09' },
    });
    expect(statementIds([merged(earlier, later)], manifest, ['berg-closed-earlier'])).toEqual([{ id: 'berg-closed-later', aliases: ['berg-closed-earlier'] }]);
  });

  it('gives a split entry’s id to the part reported first; the other part gets its content id', () => {
    const manifest = published({ 'berg-closed': { items: [merged(earlier, later)] } });
    expect(statementIds([later, earlier], manifest)).toEqual([
      { id: 'anna-berg-harbour-stays-closed-until-further', aliases: [] },
      { id: 'berg-closed', aliases: [] },
    ]);
  });

  it('tells apart items read from the same words by their content ids, so recording again changes nothing', () => {
    // Two figures of one sentence cite the same evidence.
    const sentence = 'around 300 boats and at least 40 tugs';
    const boats: FigureCandidate = { ...figure('src-a', '2025-03-10', 300, 'around', 'coast-guard'), citations: [makeCitation('src-a', 2, sentence)] };
    const tugs: FigureCandidate = { ...boats, value: 40, qualifier: 'at least', text: 'at least 40 tugs' };
    const manifest = published({
      'boats-coast-guard-40': { kind: 'figure', items: [tugs] },
      'boats-coast-guard-300': { kind: 'figure', items: [boats] },
    });
    // In this order, earliest-report-first alone would give the tugs the boats' id.
    const ids = assignIds([tugs, boats], figureBaseId, idLocks(manifest).figure).map((item) => item.id);
    expect(ids).toEqual(['boats-coast-guard-40', 'boats-coast-guard-300']);
  });

  it('keeps each id on its entry when items read from the same words were published with a suffix', () => {
    // "…, Anna Berg said, the Courier reported": two statements from one sentence, each also reported
    // earlier in another source, which took its content id; these two got the content id and a suffix.
    const sentence = 'The harbour stays closed until further notice, Anna Berg said, the Courier reported';
    const asCourier = (item: StatementCandidate): StatementCandidate => ({ ...item, speaker: { name: null, description: 'the Courier', actor: 'courier' }, government: null });
    const fromSentence = (item: StatementCandidate): StatementCandidate => ({ ...item, citations: [makeCitation(item.origin.source, 1, sentence)] });
    const courier = asCourier(fromSentence(later));
    const berg = fromSentence(later);
    const items = [asCourier(earlier), earlier, courier, berg].map((item) => ({ ...item, quote: later.quote }));
    const first = statementIds(items, null);
    expect(first[2]!.id).not.toBe(statementBaseId(items[2]!));
    // Anna Berg's id sorts before the Courier's, and the Courier's report comes first: by order alone, it took hers.
    expect(first[3]!.id < first[2]!.id).toBe(true);
    const manifest = emptyManifest();
    items.forEach((item, i) => {
      manifest.entries[first[i]!.id] = { kind: 'statement', label: first[i]!.id, firstReported: item.origin.published, members: item.citations.map(memberKey) };
      manifest.anchors.push(`/positions/#${first[i]!.id}`);
    });
    expect(statementIds(items, manifest)).toEqual(first);
  });

  it('recognises a report whose paragraph number changed, by its source and words', () => {
    const manifest = published({ 'berg-closed': { items: [later] } });
    const moved = { ...later, citations: [makeCitation('src-c', 4, later.quote!)] };
    expect(statementIds([moved], manifest)).toEqual([{ id: 'berg-closed', aliases: [] }]);
  });

  it('lets an item take back a published id it would have anyway, but gives no new item the id of another entry', () => {
    // A manifest of version 1: anchors, no records.
    const v1 = emptyManifest(['/positions/#anna-berg-harbour-stays-closed-until-further', '/figures/#anna-berg-keep-harbour-closed-now']);
    expect(statementIds([later, earlier], v1)).toEqual([
      { id: 'anna-berg-harbour-stays-closed-until-further', aliases: [] },
      // That id was a figure's: a statement never takes it.
      { id: 'anna-berg-keep-harbour-closed-now-2', aliases: [] },
    ]);
  });
});
