import { describe, expect, it } from 'vitest';
import { assembleFigures } from '../../src/lib/assemble/figures.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import type { Actor } from '../../src/schemas/actor.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

const actors: Actor[] = [
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
  { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: [], demonyms: ['Sylvanian'] },
  { id: 'freedonia-navy', name: 'Freedonian Navy', kind: 'body', government: 'freedonia', aliases: ['the navy'], demonyms: [] },
  { id: 'anna-berg', name: 'Anna Berg', kind: 'person', government: 'freedonia', aliases: ['Berg'], demonyms: [] },
];
const lexicon = createActorLexicon(actors);
const categories: FigureCategory[] = [
  { id: 'casualties', label: 'Casualties', units: ['casualties', 'dead', 'people'], cues: [] },
  { id: 'missiles', label: 'Missiles', units: ['missiles'], cues: [] },
];

/** Who claims each figure of a one-paragraph article by the Courier, and for which government. */
function claimantsOf(text: string) {
  const source = { id: 's', title: 't', publisher: 'The Courier', published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text }] };
  return assembleFigures(analyseSource(source, lexicon, categories), lexicon).candidates.map((f) => [f.text, f.government]);
}

describe('assembleFigures: an attribution inside a relative clause vouches for that clause only', () => {
  it.each([
    // The figure is in the clause the aside vouches for: the aside's source claims it.
    ['Ruritania deplored the raids on the harbour that, which according to Sylvania, left 300 dead.', '300 dead', 'sylvania'],
    ['Ruritania voiced alarm at the raids, which, according to the navy, caused 40 casualties.', '40 casualties', 'freedonia'],
    // The figure stands before the relative pronoun: the aside vouches for what follows it, not for the count.
    ['The raid involved two missiles fired at dusk which, according to the navy, was enough to stop the ship.', 'two missiles', null],
    ['The raid involved two missiles, which, according to the navy, sank the ship.', 'two missiles', null],
    // A passive report in the clause tells who vouches for the noun before it, not for the rest of the sentence.
    ['The first deployment, which was confirmed by Anna Berg in April, saw about 300 casualties.', 'about 300 casualties', null],
    ['The raid, which was reported by the navy on Monday, left 40 dead.', '40 dead', null],
    // The clause may close before the figure: the main clause goes on after it, and no one claims the count.
    ['The raids, which, according to the navy, hit the port, caused 40 casualties.', '40 casualties', null],
  ])('reads %j', (text, figure, government) => {
    expect(claimantsOf(text)).toEqual([[figure, government]]);
  });

  it.each([
    // Near misses: the attribution is the sentence's own, not a relative clause's.
    ['According to the navy, the raids caused 40 casualties, which shocked Ruritania.', '40 casualties', 'freedonia'],
    ['The raids caused 40 casualties, according to the navy.', '40 casualties', 'freedonia'],
    ['Anna Berg said the raids, which hit the harbour, caused 40 casualties.', '40 casualties', 'freedonia'],
    ['The raids caused 40 casualties, Sylvania said, which was confirmed by the navy.', '40 casualties', 'sylvania'],
    ['The navy said the raids, which, according to Sylvania, hit the port, caused 40 casualties.', '40 casualties', 'freedonia'],
    // A relative clause with no attribution in it changes nothing.
    ['The navy said the raid involved two missiles, which sank the ship.', 'two missiles', 'freedonia'],
    ['Sylvania said the first deployment, which was planned in April, saw 300 casualties.', '300 casualties', 'sylvania'],
  ])('leaves the sentence’s own attribution in %j', (text, figure, government) => {
    expect(claimantsOf(text)).toEqual([[figure, government]]);
  });
});
