import { describe, expect, it } from 'vitest';
import { assembleFigures } from '../../src/lib/assemble/figures.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import type { Actor } from '../../src/schemas/actor.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

const actors: Actor[] = [
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
  { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: [], demonyms: ['Sylvanian'] },
  { id: 'freedonia-bureau', name: 'State Bureau', kind: 'body', government: 'freedonia', aliases: ['the Bureau'], demonyms: [] },
  { id: 'anna-berg', name: 'Anna Berg', kind: 'person', government: 'freedonia', aliases: ['Berg'], demonyms: [] },
];
const lexicon = createActorLexicon(actors);
const categories: FigureCategory[] = [{ id: 'casualties', label: 'Casualties', units: ['casualties'], cues: [] }];

/** Who claims each figure of a one-paragraph article by the Courier, and for which government. */
function claimantsOf(text: string) {
  const source = { id: 's', title: 't', publisher: 'The Courier', published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text }] };
  return assembleFigures(analyseSource(source, lexicon, categories), lexicon).candidates.map((f) => [f.claimant.description || f.claimant.name, f.government]);
}

describe('assembleFigures: a participle after an article or a possessive is no reporting verb', () => {
  it.each([
    // "an estimated total of 300": the count's adjective; the speaker's estimate, not a report of
    // the side named right before it.
    ['Anna Berg said Sylvania suffered an estimated total of 300 casualties.', 'Anna Berg', 'freedonia'],
    ['Anna Berg said Sylvania’s estimated total of 300 casualties was low.', 'Anna Berg', 'freedonia'],
    ['The State Bureau said the rebels had the estimated total of 300 casualties in one week.', 'The State Bureau', 'freedonia'],
  ])('gives the figure of %j to the speaker', (text, claimant, government) => {
    expect(claimantsOf(text)).toEqual([[claimant, government]]);
  });

  it.each([
    // "a reported 300", "an alleged total of 300": hearsay, as "reportedly" is, even in someone's words.
    ['Anna Berg said Sylvania suffered a reported 300 casualties in May.'],
    ['Anna Berg said Sylvania’s alleged total of 300 casualties was low.'],
    ['The State Bureau said the rebels took a purported 300 casualties.'],
  ])('gives the figure of %j to nobody in particular', (text) => {
    expect(claimantsOf(text)).toEqual([['The Courier', null]]);
  });

  it.each([
    // A reporting verb of someone inside the words still makes the figure theirs.
    ['Anna Berg said Sylvania had estimated that 300 casualties were counted.', 'Sylvania', 'sylvania'],
    ['Anna Berg said on Monday that Sylvania had reported 300 casualties.', 'Sylvania', 'sylvania'],
    ['Anna Berg said the Sylvanian army has estimated that 300 casualties were counted.', 'the Sylvanian army', 'sylvania'],
    ['Anna Berg said on Monday that Sylvania’s army had reported 300 casualties.', 'Sylvania’s army', 'sylvania'],
    // A hedge word before another noun leaves the count the speaker's.
    ['Anna Berg said the reported attack caused 300 casualties.', 'Anna Berg', 'freedonia'],
  ])('gives the figure of %j to whoever reports it', (text, claimant, government) => {
    expect(claimantsOf(text)).toEqual([[claimant, government]]);
  });
});
