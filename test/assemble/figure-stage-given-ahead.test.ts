import { describe, expect, it } from 'vitest';
import { assembleFigures } from '../../src/lib/assemble/figures.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

const lexicon = createActorLexicon([{ id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] }]);
const categories: FigureCategory[] = [
  { id: 'aid', label: 'Aid', units: ['crowns', 'tons'], cues: ['aid'] },
  { id: 'sent', label: 'Sent', units: ['sailors', 'engineers', 'builders'], cues: ['sent', 'send'] },
  { id: 'lost', label: 'Lost', units: ['killed', 'dead'], cues: ['killed'] },
];

/** The figures and stages of a one-paragraph article published on 14 March 2025. */
function stagesOf(text: string) {
  const source = { id: 's', title: 't', publisher: 'The Courier', published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text }] };
  return assembleFigures(analyseSource(source, lexicon, categories), lexicon).candidates.map((f) => [f.text, f.stage]);
}

describe('assembleFigures: an amount given, paid or sent in a future is planned', () => {
  it.each([
    ['Each family will be given 400 crowns per person per month, the minister said.', '400 crowns'],
    ['Each family will be given 400 crowns per person, plus 100 crowns for heating.', '100 crowns'],
    ['The state will pay 300 crowns to each refugee.', '300 crowns'],
    ['Families will also be offered 200 crowns for rent.', '200 crowns'],
    ['From Monday, refugees will start receiving a one-time payment of about 250 crowns.', 'about 250 crowns'],
    ['Berg said Freedonia would soon be sending 500 sailors.', '500 sailors'],
    ['Every household is to be granted 150 crowns.', '150 crowns'],
  ])('%j', (text, figure) => {
    expect(stagesOf(text)).toContainEqual([figure, 'planned']);
  });

  it.each([
    // Given or paid already, or the counted are whom it goes to: as told.
    ['Each family was given 400 crowns per person last month.', '400 crowns'],
    ['The state paid 300 crowns to each refugee.', '300 crowns'],
    ['Families have been offered 200 crowns for rent.', '200 crowns'],
    ['Aid will be given to 300 sailors who were rescued.', '300 sailors'],
    // Paying tribute pays no amount; the counted as the subject are no object given.
    ['Berg will pay tribute to the 600 killed in the raid.', '600 killed'],
    ['The 500 sailors sent last year will be given leave.', '500 sailors'],
  ])('keeps its own stage: %j', (text, figure) => {
    expect(stagesOf(text)).toContainEqual([figure, 'reported']);
  });
});
