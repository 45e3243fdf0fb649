import { describe, expect, it } from 'vitest';
import { assembleFigures } from '../../src/lib/assemble/figures.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

const lexicon = createActorLexicon([{ id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] }]);
const categories: FigureCategory[] = [
  { id: 'aid', label: 'Aid', units: ['euros', 'dollars'], cues: ['aid'] },
  { id: 'fled', label: 'Fled', units: ['sailors'], cues: ['fled'] },
];

/** The figures and stages of a one-paragraph article published on 14 March 2025. */
function stagesOf(text: string) {
  const source = { id: 's', title: 't', publisher: 'The Courier', published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text }] };
  return assembleFigures(analyseSource(source, lexicon, categories), lexicon).candidates.map((f) => [f.text, f.stage]);
}

describe('assembleFigures: what has been done "at the moment" or "as of today" is a running total', () => {
  it.each([
    ['So at the moment we have allocated more than 10 million euros of aid, Berg said.', 'more than 10 million euros'],
    ['At the moment, Freedonia has allocated about 100 million euros to the refugees.', 'about 100 million euros'],
    ['At present, Freedonia has sent 300 sailors to Fredonburg.', '300 sailors'],
    ['Freedonia mobilized 5 million euros, doubled it later, and as of today has provided more than 10 million euros in aid.', 'more than 10 million euros'],
  ])('%j', (text, figure) => {
    expect(stagesOf(text)).toContainEqual([figure, 'cumulative']);
  });

  it.each([
    // Near misses: a state or a giving under way now, no perfect, a moment that is past, and the words
    // in another clause than the figure's.
    ['At the moment, 300 sailors are in Fredonburg.', '300 sailors'],
    ['At the moment, Freedonia is sending 5 million euros in aid.', '5 million euros'],
    ['At the time, Freedonia had allocated 100 million euros.', '100 million euros'],
    ['Freedonia has allocated 100 million euros and at the moment has no other plans.', '100 million euros'],
  ])('keeps its own stage: %j', (text, figure) => {
    expect(stagesOf(text).filter(([t]) => t === figure)).toEqual([[figure, 'reported']]);
  });
});
