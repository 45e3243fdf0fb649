import { describe, expect, it } from 'vitest';
import { idLocks } from '../../src/lib/anchors/id-lock.ts';
import { emptyManifest } from '../../src/lib/anchors/manifest.ts';
import { memberKey } from '../../src/lib/anchors/members.ts';
import type { EventCandidate } from '../../src/lib/assemble/candidate.ts';
import { makeCitation } from '../../src/lib/citation.ts';
import { assignIds, eventBaseId } from '../../src/lib/ids.ts';
import { reconcileEvents } from '../../src/lib/reconcile/index.ts';
import { happeningVerbs, wordStem } from '../../src/lib/reconcile/happening-words.ts';
import { event } from './fixtures.ts';

/** A report of the fictional article `a-outlet` in paragraph `n`: its sentence, and the clause that is the event. */
function inArticle(n: number, summary: string, options: Partial<EventCandidate> & { headline?: string } = {}): EventCandidate {
  return {
    ...event('a-outlet', '2024-03-04', summary, '2024-03-01'),
    headline: summary,
    citations: [makeCitation('a-outlet', n, summary)],
    origin: { source: 'a-outlet', published: '2024-03-04', paragraph: n, index: 0 },
    ...options,
  };
}

const paragraphsOf = (items: EventCandidate[]) => items.map((e) => e.citations.map((c) => `${c.source} ¶${c.paragraph}`));

const LEAD = 'Freedonia moved 300 boats to the northern harbour on Monday, officials said.';
const RETOLD = 'The 300 boats Freedonia moved on Monday reached the northern harbour at dusk.';

describe('one article telling one happening twice', () => {
  it('is one entry citing both paragraphs', () => {
    const { items, diagnostics } = reconcileEvents([inArticle(1, LEAD), inArticle(4, RETOLD)]);
    expect(paragraphsOf(items)).toEqual([['a-outlet ¶1', 'a-outlet ¶4']]);
    // The lead's words stand for the entry; the merge is sure, so the editor is not asked.
    expect(items[0]?.summary).toBe(LEAD);
    expect(diagnostics).toEqual([]);
  });

  it('is found by the event clause, when the sentences around it share few words', () => {
    const { items } = reconcileEvents([
      inArticle(2, 'In a show of force that alarmed the whole coast, Freedonia moved 300 boats to its northern harbour on Monday.', {
        headline: 'Freedonia moved 300 boats to its northern harbour on Monday',
      }),
      inArticle(7, 'Harbour pilots, who asked not to be named because they were not allowed to speak, said Freedonia had moved the 300 boats into the northern harbour on Monday.', {
        headline: 'Freedonia had moved the 300 boats into the northern harbour on Monday',
      }),
    ]);
    expect(paragraphsOf(items)).toEqual([['a-outlet ¶2', 'a-outlet ¶7']]);
  });

  it('is one entry when a dateline and the sentence after it date it to one day', () => {
    const sentence = 'PORTVILLE, 4 March (Wire) -- Freedonia moved 300 boats to the northern harbour on Monday morning, officials said.';
    const { items } = reconcileEvents([
      inArticle(1, sentence),
      { ...inArticle(1, sentence), headline: 'Freedonia moved 300 boats to the northern harbour on Monday morning', origin: { source: 'a-outlet', published: '2024-03-04', paragraph: 1, index: 40 } },
    ]);
    expect(paragraphsOf(items)).toEqual([['a-outlet ¶1']]);
  });
});

describe('one article telling two happenings: kept apart', () => {
  it('on different days', () => {
    const { items } = reconcileEvents([inArticle(1, LEAD), { ...inArticle(4, RETOLD), date: { text: 'on Tuesday', start: '2024-03-02', end: '2024-03-02', precision: 'day' } }]);
    expect(items).toHaveLength(2);
  });

  it('on the same dates known to another precision', () => {
    const week = { text: 'last week', start: '2024-03-01', end: '2024-03-01', precision: 'week' } as const;
    const { items } = reconcileEvents([inArticle(1, LEAD), { ...inArticle(4, RETOLD), date: week }]);
    expect(items).toHaveLength(2);
  });

  it('with different parties: a call with one minister, and one with another', () => {
    const { items } = reconcileEvents([
      inArticle(3, 'Freedonia’s president spoke by phone with Anna Berg on Monday about the boats.', { actors: ['freedonia', 'anna-berg'] }),
      inArticle(5, 'Later on Monday, Freedonia’s president also spoke by phone with Olaf Lind about the boats.', { actors: ['freedonia', 'olaf-lind'] }),
    ]);
    expect(items).toHaveLength(2);
  });

  it('when one is expected and the other done', () => {
    const { items } = reconcileEvents([inArticle(1, LEAD), { ...inArticle(4, RETOLD), expected: true }]);
    expect(items).toHaveLength(2);
  });

  it('when the same parties do different things with the same words around them', () => {
    const { items } = reconcileEvents([
      inArticle(1, 'Freedonia moved 300 boats to the northern harbour on Monday.'),
      inArticle(2, 'Freedonia closed the northern harbour to Sylvanian boats on Monday.'),
    ]);
    expect(items).toHaveLength(2);
  });

  it('when their numbers disagree', () => {
    const { items } = reconcileEvents([inArticle(1, LEAD), inArticle(4, RETOLD.replace('300', '200'))]);
    expect(items).toHaveLength(2);
  });

  it('when they are different happenings of the same day', () => {
    const { items } = reconcileEvents([
      inArticle(1, 'Freedonia moved 300 boats to the northern harbour on Monday.'),
      inArticle(2, 'Freedonia recalled its ambassador from the Sylvanian capital on Monday.'),
    ]);
    expect(items).toHaveLength(2);
  });
});

describe('anchors of entries one article told twice', () => {
  it('keep resolving when the entries merge: the entry published first keeps its id and answers to the other', () => {
    const lead = inArticle(1, LEAD);
    const retold = inArticle(4, RETOLD);
    const manifest = emptyManifest();
    manifest.entries['boats-moved-lead'] = { kind: 'event', label: 'lead', firstReported: '2024-03-04', members: lead.citations.map(memberKey) };
    manifest.entries['boats-moved-retold'] = { kind: 'event', label: 'retold', firstReported: '2024-03-04', members: retold.citations.map(memberKey) };
    manifest.anchors.push('/chronology/#boats-moved-lead', '/chronology/#boats-moved-retold');
    const { items } = reconcileEvents([lead, retold]);
    const ids = assignIds(items, eventBaseId, idLocks(manifest).event).map(({ id, aliases }) => ({ id, aliases }));
    expect(ids).toEqual([{ id: 'boats-moved-lead', aliases: ['boats-moved-retold'] }]);
  });
});

describe('happening words', () => {
  it('give inflections of a word one stem', () => {
    expect(new Set(['moved', 'moves', 'moving', 'move'].map(wordStem)).size).toBe(1);
    expect(new Set(['closed', 'closes', 'close'].map(wordStem)).size).toBe(1);
  });

  it('take past forms and forms after an auxiliary as verbs, never a name', () => {
    expect([...happeningVerbs('The United States sent boats that were sailing north and will dock on Monday.')].sort()).toEqual(['dock', 'sail', 'sent']);
    expect([...happeningVerbs('Some had been killed.')]).toEqual(['kill']);
  });
});
