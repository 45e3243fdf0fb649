import { describe, expect, it } from 'vitest';
import { assembleFigures } from '../../src/lib/assemble/figures.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { reconcileFigures } from '../../src/lib/reconcile/index.ts';
import { runPipeline } from '../../src/lib/pipeline/index.ts';
import { toBriefingJson } from '../../src/lib/export/briefing-json.ts';
import type { SourceDocument } from '../../src/lib/model.ts';
import type { Actor } from '../../src/schemas/actor.ts';
import type { BriefingFile } from '../../src/schemas/briefing.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

const lexicon = createActorLexicon([
  { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: ['the Sylvanian health ministry', 'the Sylvanian ombudsman'], demonyms: ['Sylvanian'] },
]);
const categories: FigureCategory[] = [
  {
    id: 'casualties', label: 'Casualties',
    units: ['casualties', 'killed', 'died', 'dead', 'deaths', 'wounded', 'injured', 'injuries', 'missing', 'fatalities', 'prisoners', 'people', 'soldiers', 'troops'],
    cues: ['killed', 'wounded', 'injured', 'died', 'dead', 'death toll', 'missing', 'unaccounted for', 'captured'],
  },
];

/** An article of one paragraph per string, by one outlet. */
function article(id: string, paragraphs: string[]) {
  const source = {
    id, title: 't', publisher: 'The Courier', published: '2024-12-24', wire: [], file: `${id}.mdx`,
    paragraphs: paragraphs.map((text, i) => ({ n: i + 1, text })),
  };
  return assembleFigures(analyseSource(source, lexicon, categories), lexicon).candidates;
}

/** How many figures the articles give before reconciliation, and after it. */
function reconciled(...articles: string[][]) {
  const candidates = articles.flatMap((paragraphs, i) => article(`a${i}`, paragraphs));
  return { read: candidates.length, shown: reconcileFigures(candidates).items.length };
}

describe('reconcileFigures: two counts told of different fates stay apart', () => {
  it.each([
    ['deaths and injuries', 'More than 200 people died in the explosion, the Sylvanian ombudsman said.', 'Doctors have treated at least 200 injuries from the blast, the Sylvanian health ministry said.'],
    ['killed and wounded', 'At least 40 soldiers were killed in the shelling, the Sylvanian ombudsman said.', 'At least 40 soldiers were wounded near the bridge, the Sylvanian ombudsman said.'],
    ['wounded and missing', 'Some 75 people were injured overnight, the Sylvanian ombudsman said.', 'About 75 people remain missing, the Sylvanian ombudsman said.'],
    ['captured and killed', 'The ombudsman of Sylvania said 12 soldiers were captured at the crossing.', 'The ombudsman of Sylvania said 12 soldiers were killed at the crossing.'],
    ['sent and killed', 'Sylvania has sent 3,000 troops to the border, the Sylvanian ombudsman said.', 'Sylvania has lost 3,000 troops killed since spring, the Sylvanian ombudsman said.'],
    ['a verb of the count and a noun', 'The blast killed 60 people, the Sylvanian ombudsman said.', 'The Sylvanian ombudsman said there were 60 injured.'],
    ['killed or wounded and killed', 'About 900 soldiers were killed or wounded, the Sylvanian ombudsman said.', 'Some 900 soldiers have been killed, the Sylvanian ombudsman said.'],
  ])('%s, in one article', (_name, first, second) => {
    expect(reconciled([first, second])).toEqual({ read: 2, shown: 2 });
  });

  it.each([
    ['deaths and injuries', 'More than 200 people died in the explosion, the Sylvanian ombudsman said.', 'Doctors have treated at least 200 injuries from the blast, the Sylvanian health ministry said.'],
    ['killed and wounded', 'At least 40 soldiers were killed in the shelling, the Sylvanian ombudsman said.', 'At least 40 soldiers were wounded near the bridge, the Sylvanian ombudsman said.'],
    ['wounded and missing', 'Some 75 people were injured overnight, the Sylvanian ombudsman said.', 'About 75 people remain missing, the Sylvanian ombudsman said.'],
  ])('%s, in two articles', (_name, first, second) => {
    expect(reconciled([first], [second])).toEqual({ read: 2, shown: 2 });
  });
});

describe('reconcileFigures: one count told again in other words still merges', () => {
  it.each([
    ['killed and a death toll', 'Some 200 people were killed in the strike, the Sylvanian ombudsman said.', 'The Sylvanian ombudsman put the death toll at about 200 people.'],
    ['killed and died', 'At least 90 soldiers were killed on Monday, the Sylvanian ombudsman said.', 'More than 90 soldiers died on Monday, the Sylvanian ombudsman said.'],
    ['dead and deaths', 'The Sylvanian ombudsman counted 35 dead after the flood.', 'The flood caused 35 deaths, the Sylvanian ombudsman said.'],
    ['missing and unaccounted for', 'About 75 people remain missing, the Sylvanian ombudsman said.', 'Some 75 people are unaccounted for, the Sylvanian ombudsman said.'],
    ['wounded and injured', 'About 120 people were wounded in the attack, the Sylvanian ombudsman said.', 'Around 120 people were injured in the attack, the Sylvanian ombudsman said.'],
    ['a fate and none', 'Around 500 people were killed in the fighting, the Sylvanian ombudsman said.', 'The Sylvanian ombudsman gave a figure of about 500 casualties.'],
    ['no fate in either', 'The Sylvanian ombudsman counted 800 casualties.', 'The Sylvanian ombudsman spoke of 800 casualties.'],
    ['a death told before another clause of injury', 'The Sylvanian ombudsman said 14 soldiers were killed and another was injured.', 'The Sylvanian ombudsman said 14 soldiers died at the post.'],
    ['captives described as wounded', 'The Sylvanian ombudsman said Sylvania captured two soldiers near the dam.', 'The Sylvanian ombudsman said Sylvania reported capturing two wounded soldiers near the dam.'],
    ['captives described as wounded, in a span that ends at the adjective', 'The Sylvanian ombudsman said Sylvania captured two soldiers near the dam.', 'The Sylvanian ombudsman said Sylvania reported capturing two wounded Freedonian soldiers near the dam.'],
    ['killed or wounded told twice', 'About 900 soldiers were killed or wounded, the Sylvanian ombudsman said.', 'Some 900 soldiers have been killed or wounded, the Sylvanian ombudsman said.'],
  ])('%s, in two articles', (_name, first, second) => {
    expect(reconciled([first], [second])).toEqual({ read: 2, shown: 1 });
  });
});

describe('the fate a figure is compared by', () => {
  it('is no field of the published model nor of its JSON (data contract, version 2)', () => {
    const source = {
      id: 'x', title: 'x', publisher: 'The Courier', published: '2024-12-24', wire: [], file: 'x.mdx',
      paragraphs: [{ n: 1, text: 'Some 200 people were killed in the strike, the Sylvanian ombudsman said.' }],
    } as unknown as SourceDocument;
    const actors = [{ id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: ['the Sylvanian ombudsman'], demonyms: ['Sylvanian'] }] as Actor[];
    const briefingFile = { title: 'Sylvania', description: 'A fictional briefing', overrides: [] } as unknown as BriefingFile;
    const { briefing } = runPipeline({ sources: [source], topic: { actors, figureCategories: categories }, briefing: briefingFile });
    expect(briefing.figures.map((f) => f.text)).toEqual(['Some 200 people']);
    expect(briefing.figures[0]).not.toHaveProperty('fate');
    expect(toBriefingJson(briefing).figures[0]).not.toHaveProperty('fate');
  });
});
