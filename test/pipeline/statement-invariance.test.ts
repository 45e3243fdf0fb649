import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/schemas/actor.ts';
import type { BriefingFile } from '../../src/schemas/briefing.ts';
import type { Briefing, SourceDocument } from '../../src/lib/model.ts';
import { runPipeline } from '../../src/lib/pipeline/index.ts';

/*
 * What one article's statements say, as its readers see them, must not change in meaning when
 * another article joins the briefing: a merged entry shows one report's words, verb and stance
 * for every source it cites.
 */

const actors = [
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: ['Fredonburg'], demonyms: ['Freedonian'] },
  { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: ['Marsh City'], demonyms: ['Sylvanian'] },
  { id: 'anna-berg', name: 'Anna Berg', kind: 'person', government: 'freedonia', aliases: ['Berg'], demonyms: [] },
] as Actor[];

const briefingFile = { title: 'Freedonia', description: 'A fictional briefing', overrides: [] } as unknown as BriefingFile;

/** A one-paragraph article of Radio Marsh. */
function article(id: string, published: string, text: string): SourceDocument {
  return { id, title: id, publisher: 'Radio Marsh', published, wire: [], file: `${id}.mdx`, paragraphs: [{ n: 1, text }] } as unknown as SourceDocument;
}

function briefingOf(articles: SourceDocument[]): Briefing {
  return runPipeline({ sources: articles, topic: { actors, figureCategories: [] }, briefing: briefingFile }).briefing;
}

/** What each statement citing `source` shows: its words (the reported speech that holds a quote, else the quote), verb, negation and stance. */
function shownAt(briefing: Briefing, source: string) {
  return briefing.statements
    .filter((s) => s.citations.some((c) => c.source === source))
    .map((s) => ({ words: s.reported ?? s.quote, verb: s.verb, negated: s.negated, stance: s.stance }));
}

/** The article `x` as shown alone, and as shown beside `others`. */
function aloneAndBeside(x: SourceDocument, ...others: SourceDocument[]) {
  return { alone: shownAt(briefingOf([x]), x.id), beside: shownAt(briefingOf([...others, x]), x.id) };
}

describe('an article’s statements beside another article’s', () => {
  it('keep their negation: "there were no troops" is not shown as "troops were there"', () => {
    const x = article('x', '2025-03-02', 'Berg said there were no Freedonian troops in Sylvania.');
    const { alone, beside } = aloneAndBeside(x, article('a', '2025-03-01', 'Berg said Freedonian troops were in Sylvania.'));
    expect(alone.map((s) => s.words)).toEqual(['there were no Freedonian troops in Sylvania']);
    expect(beside).toEqual(alone);
  });

  it('keep their modality: what may happen is not shown as what happened', () => {
    const x = article('x', '2025-03-02', 'Berg warned that Sylvania may move warships toward the northern coast of Freedonia.');
    const { alone, beside } = aloneAndBeside(x, article('a', '2025-03-01', 'Berg warned that Sylvania had moved warships toward the northern coast of Freedonia.'));
    expect(beside).toEqual(alone);
  });

  it('keep their stance and verb: a call to "reintegrate" is not shown as an intention voiced', () => {
    const x = article('x', '2025-03-02', 'Berg called on Sylvania to “reintegrate” the region.');
    const { alone, beside } = aloneAndBeside(x, article('a', '2025-03-01', 'Berg voiced Freedonia’s intention to reintegrate the region and treat its inhabitants equally.'));
    expect(alone.map((s) => [s.verb, s.stance])).toEqual([['called on', 'calls-for']]);
    expect(beside).toEqual(alone);
  });

  it('keep their words: a pledge quoted in full is not shown as one word praised elsewhere', () => {
    const x = article('x', '2025-03-02', '“We will never forget the courage of the sailors,” Berg said.');
    const { alone, beside } = aloneAndBeside(x, article('a', '2025-03-01', 'Berg praised the “courage” of the sailors.'));
    expect(beside).toEqual(alone);
  });

  it('still merge with another outlet’s report of the same remark, shown in the words that quote it', () => {
    const x = article('x', '2025-03-02', 'Berg said Freedonian troops were in Sylvania.');
    const { beside } = aloneAndBeside(x, article('a', '2025-03-01', '“Freedonian troops were in Sylvania,” Berg said.'));
    expect(beside).toEqual([{ words: 'Freedonian troops were in Sylvania', verb: 'said', negated: false, stance: 'confirms' }]);
  });
});
