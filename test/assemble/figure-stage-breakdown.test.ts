import { describe, expect, it } from 'vitest';
import { assembleFigures } from '../../src/lib/assemble/figures.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

const lexicon = createActorLexicon([{ id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] }]);
const categories: FigureCategory[] = [{ id: 'sent', label: 'Sent', units: ['sailors', 'engineers', 'builders', 'personnel', 'deminers'], cues: ['sent', 'send'] }];

/** The figures and stages of a one-paragraph article published on 14 March 2025. */
function stagesOf(text: string) {
  const source = { id: 's', title: 't', publisher: 'The Courier', published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text }] };
  return assembleFigures(analyseSource(source, lexicon, categories), lexicon).candidates.map((f) => [f.text, f.stage]);
}

describe('assembleFigures: the parts a clause lists after a count take its stage', () => {
  it.each([
    ['Berg said Freedonia will send 6,000 personnel, comprising 1,000 engineers and 5,000 builders.', [['1,000 engineers', 'planned'], ['5,000 builders', 'planned']]],
    ['Freedonia plans to send 900 sailors, including 200 engineers.', [['200 engineers', 'planned']]],
    ['Freedonia is expected to send 900 sailors, among them 200 engineers.', [['200 engineers', 'expected']]],
  ])('%j', (text, wanted) => {
    for (const pair of wanted) expect(stagesOf(text)).toContainEqual(pair);
  });

  it.each([
    // A whole told as done keeps its parts done; a clause of its own keeps its own tense.
    ['Freedonia sent 6,000 personnel, comprising 1,000 engineers and 5,000 builders.', [['1,000 engineers', 'reported'], ['5,000 builders', 'reported']]],
    ['Freedonia will send 900 sailors next month, while 200 engineers arrived last week.', [['200 engineers', 'reported']]],
    ['Freedonia plans to send more sailors, and 200 engineers have arrived.', [['200 engineers', 'reported']]],
    ['Freedonia decided to send 900 sailors, including some 200 engineers that it has already begun deploying.', [['some 200 engineers', 'reported']]],
  ])('keeps its own stage: %j', (text, wanted) => {
    for (const pair of wanted) expect(stagesOf(text)).toContainEqual(pair);
  });
});

describe('assembleFigures: a quotation inside a clause does not break it', () => {
  it.each([
    ['Freedonia would send “a brigade of builders, two units — 5,000 men” as well as 1,000 deminers, Berg said.', '1,000 deminers'],
    ['Freedonia will dispatch “its best units, the marines” and 700 sailors to the port.', '700 sailors'],
  ])('%j', (text, figure) => {
    expect(stagesOf(text)).toContainEqual([figure, 'planned']);
  });

  it.each([
    // A quotation closed by a comma is speech: its clause ends there.
    ['“Freedonia will help,” Berg said, adding that 700 sailors had arrived.', '700 sailors'],
    ['Berg said Freedonia sent “a brigade of builders, two units — 5,000 men” as well as 1,000 deminers.', '1,000 deminers'],
  ])('keeps its own stage: %j', (text, figure) => {
    expect(stagesOf(text)).toContainEqual([figure, 'reported']);
  });
});
