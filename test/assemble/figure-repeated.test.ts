import { describe, expect, it } from 'vitest';
import { assembleFigures } from '../../src/lib/assemble/figures.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

const lexicon = createActorLexicon([{ id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: [], demonyms: ['Sylvanian'] }]);
const categories: FigureCategory[] = [
  { id: 'crews', label: 'Crews', units: ['crew members', 'sailors'], cues: ['on board'] },
  { id: 'displaced', label: 'Displaced', units: ['refugees'], cues: ['fled', 'arrived'] },
];

/** The figures of an article, one paragraph per string: each figure's text and paragraph. */
function figuresOf(...paragraphs: string[]) {
  const source = {
    id: 's', title: 't', publisher: 'The Courier', published: '2024-12-24', wire: [], file: 'f.mdx',
    paragraphs: paragraphs.map((text, i) => ({ n: i + 1, text })),
  };
  return assembleFigures(analyseSource(source, lexicon, categories), lexicon).candidates.map((f) => [f.text, f.citations[0]?.paragraph]);
}

describe('assembleFigures: a summary sentence printed again in the body', () => {
  it.each([
    [
      'counts the figure once, at the body, when a later paragraph repeats its sentence word for word',
      ['A tanker was hit on Sunday. The vessel had 25 crew members on board at the time of the attack.',
        'A tanker flagged in Sylvania was struck on Sunday. The vessel had 25 crew members on board at the time of the attack. All are safe.'],
      [['25 crew members', 2]],
    ],
    [
      'counts a number told again in other words twice',
      ['The vessel had 25 crew members on board at the time of the attack.', 'All 25 crew members on board the tanker were unhurt, the owner said.'],
      [['25 crew members', 1], ['25 crew members', 2]],
    ],
    [
      'keeps a short sentence that may repeat by chance in both places',
      ['It had 25 sailors.', 'It had 25 sailors.'],
      [['25 sailors', 1], ['25 sailors', 2]],
    ],
    [
      'keeps the body\'s figure when only an earlier paragraph holds the same sentence',
      ['More than 6,000 refugees arrived in Sylvania by Monday, officials said.', 'The border stayed open.'],
      [['More than 6,000 refugees', 1]],
    ],
  ])('%s', (_, paragraphs, expected) => {
    expect(figuresOf(...paragraphs)).toEqual(expected);
  });
});
