import { describe, expect, it } from 'vitest';
import { countedAsTheyAre } from '../../src/lib/assemble/figure-stage.ts';
import { assembleFigures } from '../../src/lib/assemble/figures.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

const lexicon = createActorLexicon([{ id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] }]);
const categories: FigureCategory[] = [
  { id: 'aid', label: 'Aid', units: ['crowns'], cues: ['aid'] },
  { id: 'fled', label: 'Fled', units: ['refugees', 'people', 'sylvanians'], cues: ['fled'] },
  { id: 'sailors', label: 'Sailors', units: ['sailors'], cues: ['deployed'] },
];

/** The stage of the figure `figure` in a one-paragraph article. */
function stageOf(text: string, figure: string) {
  const source = { id: 's', title: 't', publisher: 'The Courier', published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text }] };
  return assembleFigures(analyseSource(source, lexicon, categories), lexicon).candidates.find((f) => f.text === figure)?.stage;
}

describe('assembleFigures: people counted after another noun’s "of", as they are', () => {
  it.each([
    ['The government will allocate 3 million crowns for the needs of 40,000 refugees who have fled Ruritania.', '40,000 refugees'],
    ['Berg pledged support during the exodus of over 100,000 Sylvanians who lived in the region.', 'over 100,000 Sylvanians'],
    ['Most of an estimated 90,000 people remaining in the valley are expected to leave.', 'an estimated 90,000 people'],
    ['Freedonia plans to shelter the families of 2,000 refugees who fled last week.', '2,000 refugees'],
  ])('reads the count as reported: %j', (text, figure) => {
    expect(stageOf(text, figure)).toBe('reported');
  });

  it.each([
    // The head noun is the plan itself: a dispatch, a contingent.
    ['Freedonia plans the deployment of 3,000 sailors who were trained last year.', '3,000 sailors', 'planned'],
    ['Freedonia plans a contingent of 3,000 sailors who will serve in the port.', '3,000 sailors', 'planned'],
    // The relative clause looks ahead, or the count is the verb's own object.
    ['Freedonia will take in the first of 5,000 refugees who will arrive in May.', '5,000 refugees', 'planned'],
    ['Freedonia will evacuate 3,000 of the refugees who have fled.', '3,000 of the refugees', 'planned'],
  ])('keeps the clause’s stage: %j', (text, figure, stage) => {
    expect(stageOf(text, figure)).toBe(stage);
  });
});

describe('countedAsTheyAre', () => {
  it('needs both another noun’s "of" before and a description that does not look ahead after', () => {
    expect(countedAsTheyAre('for the needs of ', ' who have fled')).toBe(true);
    expect(countedAsTheyAre('for the needs of ', ' in the camps')).toBe(false);
    expect(countedAsTheyAre('will evacuate ', ' who have fled')).toBe(false);
    expect(countedAsTheyAre('the arrival of ', ' who have fled')).toBe(false);
  });
});
