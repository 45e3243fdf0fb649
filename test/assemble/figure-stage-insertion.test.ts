import { describe, expect, it } from 'vitest';
import { assembleFigures } from '../../src/lib/assemble/figures.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

const lexicon = createActorLexicon([{ id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] }]);
const categories: FigureCategory[] = [{ id: 'fled', label: 'Fled', units: ['refugees', 'sailors', 'builders', 'cadets'], cues: ['fled'] }];

/** The figures and stages of a one-paragraph article published on 14 March 2025. */
function stagesOf(text: string) {
  const source = { id: 's', title: 't', publisher: 'The Courier', published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text }] };
  return assembleFigures(analyseSource(source, lexicon, categories), lexicon).candidates.map((f) => [f.text, f.stage]);
}

describe('assembleFigures: a count up to a day is a running total across an insertion and its parts', () => {
  it.each([
    // The part named in the insertion is told by the whole's clause, and its lead ("As of …") with it.
    ['As of 12 March, over 1,000 refugees, including an estimated 300 cadets, have fled to Fredonburg, the agency said.', 'an estimated 300 cadets'],
    ['By 12 March, over 1,000 refugees, of whom 300 cadets, had fled to Fredonburg.', '300 cadets'],
    // A quotation closing the insertion no longer cuts the whole from its verb.
    ['As of 12 March, over 1,000 refugees, including “an estimated 300 cadets,” have fled to Fredonburg, the agency said.', 'over 1,000 refugees'],
    ['As of 12 March, over 1,000 refugees, including “an estimated 300 cadets,” have fled to Fredonburg, the agency said.', 'an estimated 300 cadets'],
    // A relative clause between dashes tells of the counted as it does without them.
    ['Freedonia is helping Fredonburg employ refugees, including about 300 sailors and 1,200 builders – who arrived as of Saturday from Marsh City – in its ports.', 'about 300 sailors'],
    ['Freedonia is helping Fredonburg employ refugees, including about 300 sailors and 1,200 builders – who arrived as of Saturday from Marsh City – in its ports.', '1,200 builders'],
  ])('%j (%s)', (text, figure) => {
    expect(stagesOf(text)).toContainEqual([figure, 'cumulative']);
  });

  it.each([
    // Near misses: the whole told in the simple past or with no day it runs up to, a dash that opens
    // no relative clause, and a relative clause never closed by a dash.
    ['As of 12 March, over 1,000 refugees, including 300 cadets, were registered in Fredonburg.', '300 cadets'],
    ['On 12 March, over 1,000 refugees, including 300 cadets, have fled to Fredonburg.', '300 cadets'],
    ['Freedonia is helping Fredonburg employ about 300 sailors – a number that grew as of Saturday – in its ports.', 'about 300 sailors'],
    ['Fredonburg employs about 300 sailors – who fled Marsh City.', 'about 300 sailors'],
  ])('keeps its own stage: %j (%s)', (text, figure) => {
    expect(stagesOf(text).filter(([t]) => t === figure)).toEqual([[figure, 'reported']]);
  });
});
