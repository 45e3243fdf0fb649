import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../src/lib/model.ts';
import { findStatements, readAttributions, readSentences } from '../../src/lib/detect/quotes/index.ts';
import { segmentSentences } from '../../src/lib/segment/sentences.ts';
import { analyseSource, analyseSources } from '../../src/lib/pipeline/analyse-source.ts';
import { assembleSource, assembleSources } from '../../src/lib/pipeline/assemble-source.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

const lexicon = createActorLexicon([
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
  { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: [], demonyms: ['Sylvanian'] },
  { id: 'anna-berg', name: 'Anna Berg', kind: 'person', government: 'freedonia', aliases: ['Berg'], demonyms: [] },
  { id: 'tomas-ruhl', name: 'Tomas Ruhl', kind: 'person', government: 'sylvania', aliases: ['Ruhl'], demonyms: [] },
]);

const categories: FigureCategory[] = [{ id: 'troops', label: 'Troops', units: ['troops', 'soldiers'], cues: [] }];

function source(id: string, published: string, ...paragraphs: string[]): SourceDocument {
  return { id, title: id, publisher: null, published, wire: [], file: `${id}.mdx`, paragraphs: paragraphs.map((text, i) => ({ n: i + 1, text })) } as SourceDocument;
}

/**
 * Sources that leave something for the next paragraph to read (a speaker for "she", a day for "the
 * following day"): read in one chunk, none of it may reach the next source.
 */
const SOURCES = [
  source('a', '2025-03-14', 'Anna Berg said on Tuesday that Freedonia would send 300 troops.', '“We will not back down,” she added. The following day, the troops left.'),
  source('b', '2025-04-02', '“They are welcome,” said Tomas Ruhl.', 'He said the soldiers arrived on March 30.'),
  source('c', '2025-05-20', 'She said the following day that 40 soldiers had crossed.', '“Nothing has changed.”'),
];

describe('the per-source stages run over several sources at once', () => {
  it('give each source what they give it alone', () => {
    // Something to compare: the chunk's sources have statements, figures and events.
    const alone = SOURCES.map((s) => assembleSource(s, lexicon, categories));
    expect([alone.every((c) => c.statements.length > 0), alone.some((c) => c.figures.length > 0), alone.some((c) => c.events.length > 0)]).toEqual([true, true, true]);
    expect(assembleSources(SOURCES, lexicon, categories)).toEqual(SOURCES.map((s) => assembleSource(s, lexicon, categories)));
    expect(analyseSources(SOURCES, lexicon, categories)).toEqual(SOURCES.map((s) => analyseSource(s, lexicon, categories)));
  });

  it('give the same to a source whatever comes before it', () => {
    const forward = assembleSources(SOURCES, lexicon, categories);
    const backward = assembleSources([...SOURCES].reverse(), lexicon, categories);
    expect(backward).toEqual([...forward].reverse());
  });

  it('find the statements the detector finds when it reads each sentence’s attributions itself', () => {
    const paragraphsOf = SOURCES.map((s) => s.paragraphs.map(({ n, text }) => ({ n, text, sentences: segmentSentences(text) })));
    const read = paragraphsOf.map((paragraphs) => readSentences(paragraphs, lexicon));
    for (const r of read) readAttributions(r);
    const ahead = paragraphsOf.map((paragraphs, i) => findStatements(paragraphs, lexicon, {}, read[i]));
    expect(ahead).toEqual(paragraphsOf.map((paragraphs) => findStatements(paragraphs, lexicon)));
    expect(ahead.flat().map((s) => s.speaker.actor)).toContain('tomas-ruhl');
    expect(analyseSources(SOURCES, lexicon, categories).map((a) => a.paragraphs.flatMap((p) => p.statements))).toEqual(ahead);
  });

  it('give nothing for no sources', () => {
    expect(assembleSources([], lexicon, categories)).toEqual([]);
  });
});
