import { describe, expect, it } from 'vitest';
import { assembleFigures } from '../../src/lib/assemble/figures.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

const lexicon = createActorLexicon([
  { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: [], demonyms: ['Sylvanian'] },
  { id: 'lee-min-ho', name: 'Lee Min Ho', kind: 'person', government: 'sylvania', aliases: ['Lee'], demonyms: [] },
]);
const categories: FigureCategory[] = [
  { id: 'displaced', label: 'Displaced', units: ['refugees'], cues: ['fled', 'arrived'] },
  { id: 'casualties', label: 'Casualties', units: ['casualties', 'dead'], cues: ['killed'] },
];

/** The figures of an article by the Courier, one paragraph per string. */
function figuresOf(...paragraphs: string[]) {
  const source = {
    id: 's', title: 't', publisher: 'The Courier', published: '2025-03-14', wire: [], file: 'f.mdx',
    paragraphs: paragraphs.map((text, i) => ({ n: i + 1, text })),
  };
  return assembleFigures(analyseSource(source, lexicon, categories), lexicon).candidates.map((f) => [f.text, f.category, f.unit, f.claimant.name ?? f.claimant.description]);
}

describe('assembleFigures: "the number had risen to …" in the paragraph after the count', () => {
  it('counts what the last count of the paragraph before counts, claimed by its own speaker', () => {
    expect(figuresOf('By Sunday, 6,650 refugees had arrived in Sylvania.', 'By Monday morning the number had risen to 13,350, Lee said.')).toEqual([
      ['6,650 refugees', 'displaced', 'refugees', 'The Courier'],
      ['13,350', 'displaced', 'refugees', 'Lee Min Ho'],
    ]);
  });

  it('shows nothing when no count was told in the paragraph right before', () => {
    expect(figuresOf('By Monday morning the number had risen to 13,350, Lee said.')).toEqual([]);
    expect(figuresOf('By Sunday, 6,650 refugees had arrived.', 'The border stayed open.', 'By Monday the number had risen to 13,350.')).toEqual([
      ['6,650 refugees', 'displaced', 'refugees', 'The Courier'],
    ]);
  });
});

describe('assembleFigures: "N of them" opening the paragraph after the count', () => {
  it.each([
    // A part of what the paragraph before counted, and the items of its list of places.
    [
      ['More than 2,500 refugees had arrived by Sunday.', 'About 1,000 of them settled in Fredonburg, 500 in Marsh City and another 500 in Ruhl.'],
      [['More than 2,500 refugees', 'displaced'], ['About 1,000', 'displaced'], ['500', 'displaced'], ['another 500', 'displaced']],
    ],
    [
      ['The number of refugees reached 28,120, Lee said.', 'The registration of 20,800 of them is complete.'],
      [['28,120', 'displaced'], ['20,800', 'displaced']],
    ],
    // Must not fire: "one of them" picks out a member; no count in the paragraph right before, or only
    // one two paragraphs back.
    [['More than 2,500 refugees had arrived by Sunday.', 'One of them settled in Fredonburg.'], [['More than 2,500 refugees', 'displaced']]],
    [['The border stayed open.', 'About 1,000 of them settled in Fredonburg, 500 in Marsh City.'], []],
    [['More than 2,500 refugees had arrived.', 'The border stayed open.', 'About 1,000 of them settled in Fredonburg.'], [['More than 2,500 refugees', 'displaced']]],
    // Nor when a plural before it in its own paragraph is what "them" stands for.
    [['More than 2,500 refugees had arrived.', 'The buses, 30 of them new, left Fredonburg.'], [['More than 2,500 refugees', 'displaced']]],
  ])('%j', (paragraphs, expected) => {
    expect(figuresOf(...paragraphs).map(([text, category]) => [text, category])).toEqual(expected);
  });
});
