import { describe, expect, it } from 'vitest';
import { assembleFigures } from '../../src/lib/assemble/figures.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import type { Actor } from '../../src/schemas/actor.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

const actors: Actor[] = [
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
  { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: [], demonyms: ['Sylvanian'] },
  { id: 'ostmark-agency', name: 'Ostmark Agency', kind: 'body', government: 'sylvania', aliases: ['the Ostmark agency'], demonyms: [] },
  { id: 'anna-berg', name: 'Anna Berg', kind: 'person', government: 'freedonia', aliases: ['Berg'], demonyms: [] },
];
const lexicon = createActorLexicon(actors);
const categories: FigureCategory[] = [{ id: 'sent', label: 'Sent', units: ['sailors', 'engineers'], cues: ['sent', 'send'] }];

/** The government claiming a figure of a one-paragraph article by the Courier. */
function governmentOf(text: string, figure: string) {
  const source = { id: 's', title: 't', publisher: 'The Courier', published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text }] };
  const found = assembleFigures(analyseSource(source, lexicon, categories), lexicon).candidates.find((f) => f.text === figure);
  return found ? found.government : 'not found';
}

describe('assembleFigures: a sentence that breaks down the report before it goes on with that report', () => {
  it.each([
    ['Anna Berg said Freedonia has sent 900 sailors. This includes 200 engineers.', 'freedonia'],
    ['Sylvania said it would send 900 sailors. These include 200 engineers for the Ostmark agency.', 'sylvania'],
    ['Sylvania reported that 900 sailors had arrived. The total also includes 200 engineers.', 'sylvania'],
  ])('%j', (text, government) => {
    expect(governmentOf(text, '200 engineers')).toBe(government);
  });

  it.each([
    // No report before it: the writer's own breakdown.
    ['Freedonia has sent 900 sailors. This includes 200 engineers.', null],
    // A denied report does not go on.
    ['Anna Berg denied that Freedonia had sent 900 sailors. This includes 200 engineers.', null],
    // Not a breakdown: a sentence of its own, with a source of its own or none.
    ['Anna Berg said Freedonia has sent 900 sailors. Sylvania counted 200 engineers.', 'sylvania'],
    ['Anna Berg said Freedonia has sent 900 sailors. The ship also carried 200 engineers.', null],
  ])('does not carry the report in %j', (text, government) => {
    expect(governmentOf(text, '200 engineers')).toBe(government);
  });
});
