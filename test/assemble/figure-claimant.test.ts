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

/** The figures of a one-paragraph article by the Courier. */
function figuresOf(text: string, figureCategories: FigureCategory[] = categories) {
  const source = { id: 's', title: 't', publisher: 'The Courier', published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text }] };
  return assembleFigures(analyseSource(source, lexicon, figureCategories), lexicon).candidates;
}

function claimantsOf(text: string) {
  return figuresOf(text).map((f) => [f.text, f.claimant.description || f.claimant.name, f.government]);
}

describe('assembleFigures: who claims a figure', () => {
  it.each([
    ['Freedonian and Western intelligence agencies', null],
    ['Freedonian intelligence agencies', 'freedonia'],
    ['the Freedonian defence and foreign ministries', 'freedonia'],
  ])('gives a figure of "reports from %s suggesting …" to them, a side joined with others for no one government', (source, government) => {
    expect(claimantsOf(`This comes after months of reports from ${source} suggesting that the rebels had suffered 300 casualties.`)).toEqual([['300 casualties', source, government]]);
  });

  it.each([
    ['Some 300 casualties were counted. This was reported by the State Bureau.', 'the State Bureau', 'freedonia'],
    ['Some 300 casualties were counted. It was announced by the State Bureau on Monday.', 'the State Bureau', 'freedonia'],
    // A translation's rendering of the same credit.
    ['Some 300 casualties were counted. About it reported at the State Bureau.', 'the State Bureau', 'freedonia'],
    // Not a credit: negated, or someone the topic data cannot place, or no credit at all.
    ['Some 300 casualties were counted. This was not confirmed by the State Bureau.', 'The Courier', null],
    ['Some 300 casualties were counted. This was reported by a local priest.', 'The Courier', null],
    ['Some 300 casualties were counted. The State Bureau opened an inquiry.', 'The Courier', null],
    // The figure's own sentence names who claims it.
    ['Sylvania said 300 casualties were counted. This was reported by the State Bureau.', 'Sylvania', 'sylvania'],
  ])('gives a figure to whom the next sentence credits it with: %j', (text, claimant, government) => {
    expect(claimantsOf(text).map(([, who, government]) => [who, government])).toEqual([[claimant, government]]);
  });

  it('gives a hedged figure to nobody in particular, even inside someone’s words', () => {
    expect(claimantsOf('Anna Berg said the enemy, which has reportedly suffered 6,000 casualties, was weak.')).toEqual([['6,000 casualties', 'The Courier', null]]);
  });

  it.each([
    // A passive of belief in a speaker's own words is the speaker's estimate.
    ['Anna Berg said the rebels are believed to have suffered 300 casualties.', 'Anna Berg', 'freedonia'],
    ['The State Bureau claimed the crews were estimated to have suffered 300 casualties in May.', 'The State Bureau', 'freedonia'],
    ['The rebels are thought to have suffered 300 casualties, Sylvania said.', 'Sylvania', 'sylvania'],
    // Hearsay stays nobody's, in anyone's words.
    ['Anna Berg said the rebels are said to have suffered 300 casualties.', 'The Courier', null],
    ['Anna Berg said the rebels have reportedly suffered 300 casualties.', 'The Courier', null],
    ['Anna Berg said the rebels are widely believed to have suffered 300 casualties.', 'The Courier', null],
    // With no speaker, the passive of belief is nobody's.
    ['The rebels are believed to have suffered 300 casualties.', 'The Courier', null],
  ])('reads a hedge in %j', (text, claimant, government) => {
    expect(claimantsOf(text)).toEqual([['300 casualties', claimant, government]]);
  });

  it.each([
    // A hedge after the source named is hearsay the source passes on.
    ['The rebels, according to the State Bureau, lost ground, reportedly suffering 300 casualties.', 'The Courier', null],
    ['According to the State Bureau, the rebels lost ground, reportedly suffering 300 casualties.', 'The Courier', null],
    // A passive of belief after the source named is the source's estimate.
    ['The rebels, according to the State Bureau, are believed to have suffered 300 casualties.', 'the State Bureau', 'freedonia'],
  ])('reads an "according to" before a hedge in %j', (text, claimant, government) => {
    expect(claimantsOf(text)).toEqual([['300 casualties', claimant, government]]);
  });

  it('gives a figure of the reports a speaker reacts to to nobody in particular, not to the speaker', () => {
    expect(claimantsOf('Freedonia voiced concern on Wednesday following reports that the crews had suffered 300 casualties.')).toEqual([
      ['300 casualties', 'The Courier', null],
    ]);
    expect(claimantsOf('Anna Berg spoke out amid media reports of 300 casualties in the strait.')).toEqual([['300 casualties', 'The Courier', null]]);
  });

  it('gives a figure of a joint voice of two governments to both together, for no one government', () => {
    expect(claimantsOf('Freedonia and Sylvania said 20 casualties were counted.')).toEqual([['20 casualties', 'Freedonia and Sylvania', null]]);
    expect(claimantsOf('Freedonia and Sylvania jointly reported 20 casualties.')).toEqual([['20 casualties', 'Freedonia and Sylvania', null]]);
    expect(claimantsOf('Sylvania said 20 casualties were counted.')).toEqual([['20 casualties', 'Sylvania', 'sylvania']]);
  });

  it('gives a count qualified by a participle after a possessive to nobody in particular', () => {
    expect(claimantsOf('Nearly all of Freedonia’s estimated 300 casualties were sailors.')).toEqual([['estimated 300 casualties', 'The Courier', null]]);
  });

  it('gives a figure of a statement by a body to that body, and of a joint statement to no one government', () => {
    expect(claimantsOf('Some 300 casualties were counted, according to a statement by the State Bureau.')).toEqual([['Some 300 casualties', 'the State Bureau', 'freedonia']]);
    expect(claimantsOf('According to a joint statement by Freedonia, Sylvania and the State Bureau, 300 casualties were counted.').map(([, , government]) => government)).toEqual([null]);
  });

  it('gives a figure to the keeper of the record that closes its sentence: "…, the latest toll from X showed"', () => {
    expect(claimantsOf('Some 300 casualties were counted, the latest toll from the State Bureau showed.')).toEqual([['Some 300 casualties', 'the State Bureau', 'freedonia']]);
    expect(claimantsOf('Some 300 casualties were counted, Sylvanian figures show.')).toEqual([['Some 300 casualties', 'Sylvanian', 'sylvania']]);
    // A record of no one names no claimant; nor does one after a second clause of the writer’s.
    expect(claimantsOf('Some 300 casualties were counted, the latest figures showed.')).toEqual([['Some 300 casualties', 'The Courier', null]]);
    expect(claimantsOf('Some 300 casualties were counted at sea, a week ago, Sylvanian figures show.')).toEqual([['Some 300 casualties', 'The Courier', null]]);
    // Whose words hold the figure still claims it.
    expect(claimantsOf('Berg said 300 casualties were counted, the latest toll from Sylvania showed.')).toEqual([['300 casualties', 'Anna Berg', 'freedonia']]);
  });

  it.each([
    ['The State Bureau gave a toll of 300 casualties.', ['300 casualties', 'The State Bureau', 'freedonia']],
    ['On Monday, Sylvania released a new tally of 300 casualties.', ['300 casualties', 'Sylvania', 'sylvania']],
    ['The State Bureau raised its death toll to 300 casualties.', ['300 casualties', 'The State Bureau', 'freedonia']],
    // A record of no one the topic data knows, or a record that is no one's count, claims nothing.
    ['A local radio station gave a toll of 300 casualties.', ['300 casualties', 'The Courier', null]],
    ['The strike took a toll of 300 casualties.', ['300 casualties', 'The Courier', null]],
  ])('gives a figure to who gives a record of it: %s', (text, claim) => {
    expect(claimantsOf(text)).toEqual([claim]);
  });

  it('gives a figure a body issues warnings about to that body', () => {
    expect(claimantsOf('The State Bureau released multiple warnings on its website regarding 30 casualties this afternoon.')).toEqual([
      ['30 casualties', 'The State Bureau', 'freedonia'],
    ]);
    expect(claimantsOf('The State Bureau issued an alert about 30 casualties.').map(([, , government]) => government)).toEqual(['freedonia']);
    // A notice of nobody the topic data knows claims nothing.
    expect(claimantsOf('A local radio station released warnings regarding 30 casualties.')).toEqual([['30 casualties', 'The Courier', null]]);
  });

  it('gives a toll told by "local officials" to the government of the place their sentence names', () => {
    expect(claimantsOf('Some 20 casualties were counted in Freedonia, local officials said.')).toEqual([['Some 20 casualties', 'local officials', 'freedonia']]);
    expect(claimantsOf('Some 20 casualties were counted, local officials said.')).toEqual([['Some 20 casualties', 'The Courier', null]]);
  });

  it('gives a figure of an existential sentence that goes on with the report before it to that report’s speaker', () => {
    expect(claimantsOf('The State Bureau reported on Monday that the crews had come under fire. There are about 300 casualties, including 20 officers.')).toEqual([
      ['about 300 casualties', 'The State Bureau', 'freedonia'],
      ['20 officers', 'The State Bureau', 'freedonia'],
    ]);
    // Any other sentence with no speaker of its own is the outlet's: the claimant is not guessed.
    expect(claimantsOf('The State Bureau reported on Monday that the crews had come under fire. The strike caused about 300 casualties.')).toEqual([
      ['about 300 casualties', 'The Courier', null],
    ]);
  });

  it.each([
    ['According to the State Bureau, the raids killed 12 people. Moreover, 30 casualties were counted in the south.', 'the State Bureau', 'freedonia'],
    ['According to the State Bureau, the raids killed 12 people. In addition, 30 casualties were counted in the south.', 'the State Bureau', 'freedonia'],
    // Not an addition to the account, or an addition that names someone of its own.
    ['According to the State Bureau, the raids killed 12 people. Later, 30 casualties were counted in the south.', 'The Courier', null],
    ['According to the State Bureau, the raids killed 12 people. Moreover, Sylvania counted 30 casualties.', 'Sylvania', 'sylvania'],
  ])('gives a figure of a sentence adding to the report before it ("Moreover, …") to that report’s speaker: %j', (text, claimant, government) => {
    expect(claimantsOf(text).filter(([figure]) => figure === '30 casualties').map(([, who, government]) => [who, government])).toEqual([[claimant, government]]);
  });

  it.each([
    ['The State Bureau reported that the raids left 90 casualties. The distribution by regions is as follows: North region: 30 casualties, Coast region: 60 casualties.', 'The State Bureau', 'freedonia'],
    ['Anna Berg presented that 90 casualties were counted. Their breakdown by town is as follows: Fredonburg: 30 casualties, Marsh City: 60 casualties.', 'Anna Berg', 'freedonia'],
    // A share or a sum of the count before it names no new source: the report goes on past it.
    ['Anna Berg presented that 90 casualties were counted. This makes up about 40 percent of the crews. The distribution by regions is as follows: North region: 30 casualties, Coast region: 60 casualties.', 'Anna Berg', 'freedonia'],
    // Items that name places the topic data lists as governments are no new source: only the lead-in may name one.
    ['The State Bureau reported that the raids left 90 casualties. The distribution is as follows: 30 casualties in Sylvania, 60 casualties in Freedonia.', 'The State Bureau', 'freedonia'],
    ['The State Bureau reported that the raids left 90 casualties. That amounts to half the crews. It represents a third of the fleet. The distribution by regions is as follows: North region: 30 casualties, Coast region: 60 casualties.', 'The State Bureau', 'freedonia'],
    // No report before it, a sentence between that is no restatement, a breakdown naming its own
    // source, or a sentence that lays out nothing: the outlet's.
    ['The raids left 90 casualties. The distribution by regions is as follows: North region: 30 casualties, Coast region: 60 casualties.', 'The Courier', null],
    ['The State Bureau reported that the raids left 90 casualties. The shelters are full. The distribution by regions is as follows: North region: 30 casualties, Coast region: 60 casualties.', 'The Courier', null],
    ['Anna Berg presented that 90 casualties were counted. This makes up about 40 percent of the crews. The strikes in the north left 30 casualties, and those on the coast 60 casualties.', 'The Courier', null],
    ['The State Bureau reported that the raids left 90 casualties. The Sylvanian count is as follows: North region: 30 casualties, Coast region: 60 casualties.', 'The Courier', null],
    ['The State Bureau reported that the raids left 90 casualties. The distribution in Sylvania is as follows: 30 casualties in the north, 60 casualties on the coast.', 'The Courier', null],
  ])('gives the items of a breakdown ("… is as follows: …") to the report it lays out: %j', (text, claimant, government) => {
    expect(claimantsOf(text).filter(([figure]) => figure === '30 casualties' || figure === '60 casualties').map(([, who, gov]) => [who, gov])).toEqual([
      [claimant, government],
      [claimant, government],
    ]);
  });

  it.each([
    ['The State Bureau said the raids left 40 casualties. Of the casualties, 30 were counted in the south.', '30', 'The State Bureau', 'freedonia'],
    ['The State Bureau said the raids left 40 casualties. Among them, 30 casualties were counted in the south.', '30 casualties', 'The State Bureau', 'freedonia'],
    // A split that names someone of its own is theirs; a sentence that splits nothing is the outlet's.
    ['The State Bureau said the raids left 40 casualties. Of the casualties, Sylvania counted 30.', '30', 'Sylvania', 'sylvania'],
    ['The State Bureau said the raids left 40 casualties. In the south, 30 casualties were counted.', '30 casualties', 'The Courier', null],
  ])('gives a figure of a sentence that splits the group just reported ("Of the dead, …") to that report’s speaker: %j', (text, figure, claimant, government) => {
    expect(claimantsOf(text).filter(([found]) => found === figure).map(([, who, gov]) => [who, gov])).toEqual([[claimant, government]]);
  });

  it.each([
    // "announced this", "said so": the sentence after only says who asserted the one before.
    ['Some 300 casualties were counted. Anna Berg announced this on September 26.', ['Some 300 casualties', 'Anna Berg', 'freedonia']],
    ['Some 300 casualties were counted. The State Bureau said so in a statement.', ['Some 300 casualties', 'The State Bureau', 'freedonia']],
    ['Some 300 casualties were counted. The State Bureau reported this late on Tuesday.', ['Some 300 casualties', 'The State Bureau', 'freedonia']],
    // A denial, a negated report, a verb that does not assert, or words of its own after "this": the outlet's.
    ['Some 300 casualties were counted. Sylvania denied this.', ['Some 300 casualties', 'The Courier', null]],
    ['Some 300 casualties were counted. The State Bureau did not confirm this.', ['Some 300 casualties', 'The Courier', null]],
    ['Some 300 casualties were counted. Sylvania condemned this.', ['Some 300 casualties', 'The Courier', null]],
    ['Some 300 casualties were counted. Anna Berg said this was a tragedy.', ['Some 300 casualties', 'The Courier', null]],
    ['Some 300 casualties were counted. Anna Berg said this week that help would come.', ['Some 300 casualties', 'The Courier', null]],
  ])('gives a figure to the speaker of the next sentence only when it says who asserted it: %s', (text, claim) => {
    expect(claimantsOf(text)).toEqual([claim]);
  });

  it('gives a figure of what was widely known to nobody in particular, though a speaker owns up to it', () => {
    expect(claimantsOf('Freedonia on Saturday acknowledged what was widely known — that its crews had suffered about 300 casualties.')).toEqual([
      ['about 300 casualties', 'The Courier', null],
    ]);
  });

  it('gives a figure in a second predicate after a reported noun phrase to the outlet, not the speaker', () => {
    expect(claimantsOf('The State Bureau reported the first clashes with the enemy in May and suffered at least 300 casualties.')).toEqual([
      ['at least 300 casualties', 'The Courier', null],
    ]);
    // A reported clause keeps its second predicate: both are what the speaker said.
    expect(claimantsOf('The State Bureau reported that the crews clashed with the enemy and suffered 300 casualties.')).toEqual([
      ['300 casualties', 'The State Bureau', 'freedonia'],
    ]);
    expect(claimantsOf('The State Bureau reported the crews clashed with the enemy and suffered 300 casualties.')).toEqual([
      ['300 casualties', 'The State Bureau', 'freedonia'],
    ]);
  });

  it('gives it to the source an "according to" names, hedge or not', () => {
    expect(claimantsOf('The crews have reportedly suffered over 300 casualties in the strait, according to the State Bureau.')).toEqual([
      ['over 300 casualties', 'the State Bureau', 'freedonia'],
    ]);
  });

  it('gives a figure in the writer’s own clause after the attribution to the outlet', () => {
    expect(claimantsOf('The port is closed, Anna Berg was quoted as saying, with 300 casualties in the city.')).toEqual([['300 casualties', 'The Courier', null]]);
    expect(claimantsOf('Anna Berg claimed the port had “fallen” and alleged 300 casualties.')).toEqual([['300 casualties', 'Anna Berg', 'freedonia']]);
    expect(claimantsOf('“We condemn the strike,” said Anna Berg, when asked about a report of 300 casualties.')).toEqual([['300 casualties', 'The Courier', null]]);
  });

  it('gives a figure in the account of what the speaker did, before the verb of their words, to the outlet', () => {
    expect(claimantsOf('Anna Berg visited the 300 casualties in hospital, praised their “courage,” and left.')).toEqual([['300 casualties', 'The Courier', null]]);
    expect(claimantsOf('Anna Berg said the strike had caused 300 casualties.')).toEqual([['300 casualties', 'Anna Berg', 'freedonia']]);
  });

  it('gives a count a reporting verb takes as its object to the verb’s subject, however short', () => {
    expect(claimantsOf('The State Bureau reported 17 casualties.')).toEqual([['17 casualties', 'The State Bureau', 'freedonia']]);
    expect(claimantsOf('Anna Berg confirmed two casualties on Monday.')).toEqual([['two casualties', 'Anna Berg', 'freedonia']]);
  });

  it('gives a figure to the speaker of a report that closes with where it was posted', () => {
    expect(claimantsOf('The crews suffered 300 casualties on Tuesday, the State Bureau said on social media.')).toEqual([['300 casualties', 'the State Bureau', 'freedonia']]);
  });

  it.each([
    ['Anna Berg said Sylvania had claimed that 300 casualties were counted.', ['300 casualties', 'Sylvania', 'sylvania']],
    ['“Sylvania says 300 casualties were counted,” Anna Berg said.', ['300 casualties', 'Sylvania', 'sylvania']],
    ['“We counted them. Sylvania says 300 casualties were counted,” Anna Berg said.', ['300 casualties', 'Sylvania', 'sylvania']],
    ['“We counted them. Officials say 300 casualties were counted,” Anna Berg said.', ['300 casualties', 'The Courier', null]],
    ['Sylvania said the State Bureau has estimated that 300 casualties were counted.', ['300 casualties', 'the State Bureau', 'freedonia']],
    ['Sylvania said on Monday that the State Bureau had reported 300 casualties.', ['300 casualties', 'the State Bureau', 'freedonia']],
    // An inner speaker the topic data cannot place claims for no one: not for the speaker who relays it.
    ['Sylvania said the crews reported 300 casualties.', ['300 casualties', 'The Courier', null]],
    // A pronoun goes on with the speaker; a passive names no one.
    ['Anna Berg said she had told the crews that 300 casualties were counted.', ['300 casualties', 'Anna Berg', 'freedonia']],
    ['Anna Berg said Sylvanian losses were estimated at 300 casualties.', ['300 casualties', 'Anna Berg', 'freedonia']],
    ['Anna Berg said the strike, which killed many, had caused 300 casualties.', ['300 casualties', 'Anna Berg', 'freedonia']],
    ['Anna Berg said Sylvania put the number of casualties at 300 casualties.', ['300 casualties', 'Sylvania', 'sylvania']],
    ['Anna Berg said the strike, which the State Bureau estimates at 300 casualties, was over.', ['300 casualties', 'the State Bureau', 'freedonia']],
    // A pronoun in a relative clause that puts the number need not be the speaker: no one's.
    ['Anna Berg said Sylvania had exaggerated its losses, which it put at 300 casualties.', ['300 casualties', 'The Courier', null]],
    ['Anna Berg said she put the number of casualties at 300 casualties.', ['300 casualties', 'Anna Berg', 'freedonia']],
    ['Anna Berg said Sylvanian crews reported for duty in May and suffered 300 casualties.', ['300 casualties', 'Anna Berg', 'freedonia']],
    ['Anna Berg said Sylvanian crews reported heavy fighting and suffered 300 casualties.', ['300 casualties', 'Anna Berg', 'freedonia']],
  ])('gives a figure a speaker relays from someone else to that someone: %s', (text, claim) => {
    expect(claimantsOf(text)).toEqual([claim]);
  });

  it.each([
    ['Anna Berg said Sylvania’s claim that 300 casualties were counted was false.', ['300 casualties', 'Sylvania', 'sylvania']],
    ['Anna Berg cited the State Bureau’s estimate of 300 casualties.', ['300 casualties', 'the State Bureau', 'freedonia']],
    ['Sylvania said 20 casualties were counted, up from the 10 casualties the State Bureau had reported.', ['10 casualties', 'the State Bureau', 'freedonia']],
    ['Sylvania said 20 casualties were counted, more than the 10 casualties that Freedonia expected.', ['10 casualties', 'Freedonia', 'freedonia']],
    // An owner or counter the topic data cannot place claims for no one, not for the speaker who tells of it.
    ['Anna Berg said the rebels’ claim that 300 casualties were counted was false.', ['300 casualties', 'The Courier', null]],
    ['Sylvania said 20 casualties were counted, up from the 10 casualties Red Crescent had reported.', ['10 casualties', 'The Courier', null]],
    // A possessive that owns no claim, and a relay after the figure, leave it to the speaker.
    ['Sylvania said Freedonia’s navy had suffered 300 casualties.', ['300 casualties', 'Sylvania', 'sylvania']],
    ['Sylvania said Freedonia’s toll of 300 casualties was a disgrace.', ['300 casualties', 'Sylvania', 'sylvania']],
    ['Anna Berg said the Sylvanian estimate of 300 casualties was low.', ['300 casualties', 'the Sylvanian', 'sylvania']],
    ['Anna Berg said Freedonia and Sylvania claimed that 300 casualties were counted.', ['300 casualties', 'Freedonia and Sylvania', null]],
    ['Sylvania said Monday’s count of 300 casualties was low.', ['300 casualties', 'Sylvania', 'sylvania']],
    ['Sylvania said the Monday estimate of 300 casualties was low.', ['300 casualties', 'Sylvania', 'sylvania']],
    ['Sylvania said 10 casualties were counted, the State Bureau reported.', ['10 casualties', 'Sylvania', 'sylvania']],
    ['Sylvania said it counted 10 casualties the day the bureau announced a truce.', ['10 casualties', 'Sylvania', 'sylvania']],
  ])('gives a figure to the owner of the claim or count that holds it: %s', (text, claim) => {
    expect(claimantsOf(text).at(-1)).toEqual(claim);
  });

  it('reads "claims that" after a name as a verb, whose subject the statement resolves, not as an owned claim', () => {
    const ministry = { id: 'freedonia-defence-ministry', name: 'Freedonian Defence Ministry', kind: 'body' as const, government: 'freedonia', aliases: [], demonyms: [] };
    const withMinistry = createActorLexicon([...actors, ministry]);
    const source = {
      id: 's', title: 't', publisher: 'The Courier', published: '2025-03-14', wire: [], file: 'f.mdx',
      paragraphs: [{ n: 1, text: 'The Freedonian Defence Ministry said on Monday that the port was shut.' }, { n: 2, text: 'The Ministry claims that 300 casualties were counted.' }],
    };
    const [figure] = assembleFigures(analyseSource(source, withMinistry, categories), withMinistry).candidates;
    expect([figure?.claimant.actor, figure?.government]).toEqual(['freedonia-defence-ministry', 'freedonia']);
  });

  it('gives a figure an agentless "is believed to" hedges to nobody in particular', () => {
    expect(claimantsOf('Freedonia is believed to have suffered 300 casualties, though the Bureau has not confirmed it.')).toEqual([['300 casualties', 'The Courier', null]]);
  });
});

describe('assembleFigures: a definite count refers back', () => {
  const both: FigureCategory[] = [
    { id: 'sailors', label: 'Sailors sent', units: ['sailors'], cues: ['sent'] },
    { id: 'losses', label: 'Losses', units: ['dead'], cues: ['captured', 'killed'] },
  ];
  const categoriesOf = (...texts: string[]) => {
    const source = { id: 's', title: 't', publisher: 'The Courier', published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: texts.map((text, i) => ({ n: i + 1, text })) };
    return assembleFigures(analyseSource(source, lexicon, both), lexicon).candidates.map((f) => [f.text, f.category]);
  };

  it('gives "the two sailors" the category of the two sailors counted before', () => {
    expect(categoriesOf('Berg met two captured Freedonian sailors on Monday.', 'She urged the Bureau to protect the two sailors.')).toEqual([
      ['two captured Freedonian sailors', 'losses'],
      ['two sailors', 'losses'],
    ]);
    // Another number, or no article, is a count of its own.
    expect(categoriesOf('Berg met two captured Freedonian sailors on Monday.', 'She said three sailors were sent home.', 'Two sailors left.')).toEqual([
      ['two captured Freedonian sailors', 'losses'],
      ['three sailors', 'sailors'],
      ['Two sailors', 'sailors'],
    ]);
  });

  it('gives a definite number with no noun ("the loss of the nine") the count of that number told before, or drops it', () => {
    const unitsOf = (...texts: string[]) => {
      const source = { id: 's', title: 't', publisher: 'The Courier', published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: texts.map((text, i) => ({ n: i + 1, text })) };
      const { candidates, diagnostics } = assembleFigures(analyseSource(source, lexicon, both), lexicon);
      return { figures: candidates.map((f) => [f.text, f.unit, f.category]), rules: diagnostics.map((d) => d.rule) };
    };
    expect(unitsOf('Nine Freedonian sailors were captured in May.', 'Berg called the loss of the nine “a tragedy”.').figures).toEqual([
      ['Nine Freedonian sailors', 'sailors', 'losses'],
      ['nine', 'sailors', 'losses'],
    ]);
    expect(unitsOf('The two ports were closed.', 'The two (ports) reopened in May.')).toEqual({ figures: [], rules: [] });
  });
});

describe('assembleFigures: the stage a participle carries on', () => {
  const sailors: FigureCategory[] = [{ id: 'troops', label: 'Troops', units: ['sailors'], cues: [] }];
  const stagesOf = (text: string) => figuresOf(text, sailors).map((f) => [f.text, f.stage]);

  it('gives a number sent by a participle the intent of the clause it goes on from', () => {
    expect(stagesOf('Freedonia intends to triple its fleet, sending an additional 2,000 to 3,000 sailors to the port.')).toEqual([['an additional 2,000 to 3,000 sailors', 'planned']]);
    expect(stagesOf('Freedonia is expected to expand its fleet, sending 400 sailors to the port.')).toEqual([['400 sailors', 'expected']]);
  });

  it('keeps a number’s own words, and a participle of another verb, as they are', () => {
    expect(stagesOf('More boats could arrive in the coming months, supplementing the 900 sailors already sent last year.')).toEqual([['900 sailors', 'reported']]);
    expect(stagesOf('Freedonia has doubled its fleet, sending 400 sailors to the port.')).toEqual([['400 sailors', 'reported']]);
  });
});

describe('assembleFigures: a figure whose own verb is negated is no one’s claim', () => {
  const PEOPLE: FigureCategory[] = [
    { id: 'fled', label: 'Fled', units: ['residents', 'people'], cues: ['fled', 'left'] },
    { id: 'hit', label: 'Ships hit', units: ['ships'], cues: ['hit'] },
    { id: 'crews', label: 'Crews', units: ['crew members'], cues: ['accounted for'] },
    { id: 'dead', label: 'Dead', units: ['bodies', 'dead'], cues: ['killed'] },
  ];
  const shown = (text: string) => {
    const source = { id: 's', title: 't', publisher: 'The Courier', published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text }] };
    const { candidates, diagnostics } = assembleFigures(analyseSource(source, lexicon, PEOPLE), lexicon);
    return { shown: candidates.map((f) => f.text), denied: diagnostics.filter((d) => d.rule === 'denied-figure').length };
  };

  it.each([
    ['Some 3,000 residents have not left the port, the Bureau said.', [], 1],
    ['The two ships were not hit, the Bureau said.', [], 1],
    ['About 2,000 people never fled the town.', [], 1],
    ['Some 200 residents weren’t evacuated.', [], 1],
    // Not a denial: "not only" adds, "not accounted for" counts the missing, and a plain verb asserts.
    ['About 300 residents were not only displaced but also robbed, and fled.', ['About 300 residents'], 0],
    ['Some 25 crew members were not accounted for.', ['Some 25 crew members'], 0],
    ['The port’s 3,000 residents did not want to live under the junta.', ['3,000 residents'], 0],
    ['About 2,000 people did not flee the town.', [], 1],
    ['Some 3,000 residents have left the port, the Bureau said.', ['Some 3,000 residents'], 0],
    // Not a denial either: who the counted are is not yet known, what befell them is told.
    ['Some 13 bodies have not been identified.', ['Some 13 bodies'], 0],
    ['Some 13 bodies have not yet been named, the Bureau said.', ['Some 13 bodies'], 0],
    ['Some 13 bodies were not recovered.', [], 1],
  ])('%s', (text, figures, denied) => {
    expect(shown(text)).toEqual({ shown: figures, denied });
  });
});

describe('assembleFigures: two speakers of one sentence', () => {
  it('gives each figure to the speaker whose words hold it, not to the first speaker of the sentence', () => {
    expect(claimantsOf('Anna Berg said 300 casualties were counted, but the Bureau said only 30 casualties.')).toEqual([
      ['300 casualties', 'Anna Berg', 'freedonia'],
      ['30 casualties', 'the Bureau', 'freedonia'],
    ]);
  });
});

describe('assembleFigures: a figure in a denial is no one’s claim', () => {
  it('shows no figure a speaker denies or declines to confirm, and tells the editor', () => {
    const source = (text: string) => ({ id: 's', title: 't', publisher: 'The Courier', published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text }] });
    const assembled = (text: string) => assembleFigures(analyseSource(source(text), lexicon, categories), lexicon);
    for (const text of [
      'Anna Berg denied that the crews had suffered 300 casualties.',
      'Freedonia has not confirmed reports of 300 casualties.',
      'The crews have not suffered 300 casualties, the Bureau said.',
    ]) {
      const { candidates, diagnostics } = assembled(text);
      expect(candidates, text).toEqual([]);
      expect(diagnostics.map((d) => d.rule), text).toEqual(['denied-figure']);
    }
  });

  it('gives a figure to the owner of the figures or data that show it', () => {
    expect(claimantsOf('Figures from the State Bureau show 300 casualties in the port.')).toEqual([['300 casualties', 'the State Bureau', 'freedonia']]);
    expect(claimantsOf('The Bureau’s figures showed 300 casualties.')).toEqual([['300 casualties', 'The Bureau', 'freedonia']]);
    expect(claimantsOf('Freedonian data show 300 casualties in the port.')).toEqual([['300 casualties', 'Freedonian', 'freedonia']]);
    // Figures of nobody named stay the outlet’s.
    expect(claimantsOf('The latest figures show 300 casualties.')).toEqual([['300 casualties', 'The Courier', null]]);
  });

  it.each([
    ['Freedonian government figures show 300 casualties in the port.', ['300 casualties', 'Freedonian government', 'freedonia']],
    ['Sylvanian defence ministry data showed 300 casualties.', ['300 casualties', 'Sylvanian defence ministry', 'sylvania']],
    ['Some 300 casualties were counted, Freedonian government figures show.', ['Some 300 casualties', 'Freedonian government', 'freedonia']],
    // A verb or a pronoun is no part of the owner's name: who speaks keeps the figure.
    ['Sylvania says its figures show 300 casualties.', ['300 casualties', 'Sylvania', 'sylvania']],
    ['In March the latest figures show 300 casualties.', ['300 casualties', 'The Courier', null]],
  ])('gives a figure to a body named by a name and the words of its office whose figures show it: %j', (text, claim) => {
    expect(claimantsOf(text)).toEqual([claim]);
  });

  it.each([
    ['According to the Freedonian government’s figures, 300 casualties were counted.', 'freedonia'],
    ['Some 300 casualties were counted, according to the Sylvanian navy’s data.', 'sylvania'],
    // A keeper no name opens or modifies is nobody in particular.
    ['According to the government’s figures, 300 casualties were counted.', null],
  ])('gives a figure to the keeper a possessive names before the record, lower case or not: %j', (text, government) => {
    expect(claimantsOf(text).map(([, , g]) => g)).toEqual([government]);
  });

  it('gives a figure to whoever the sentence says counted or recorded it', () => {
    expect(claimantsOf('The State Bureau counted 300 casualties in the port.')).toEqual([['300 casualties', 'The State Bureau', 'freedonia']]);
    expect(claimantsOf('By Monday, Freedonia had recorded 300 casualties.')).toEqual([['300 casualties', 'Freedonia', 'freedonia']]);
    // A counter the topic data cannot place, or another verb, leaves it to the outlet.
    expect(claimantsOf('Volunteers counted 300 casualties.')).toEqual([['300 casualties', 'The Courier', null]]);
    expect(claimantsOf('The State Bureau visited 300 casualties.')).toEqual([['300 casualties', 'The Courier', null]]);
  });

  it('gives a figure before the speech tag to the speaker when only a phrase of circumstance follows the verb', () => {
    expect(claimantsOf('Freedonian forces suffered 300 casualties overnight, the State Bureau said, in retaliation for the raid on the port.')).toEqual([
      ['300 casualties', 'the State Bureau', 'freedonia'],
    ]);
  });

  it('gives a figure that another source sets against the speaker’s to that source', () => {
    expect(claimantsOf('Anna Berg said 300 casualties were reported, while other estimates put the figure at 900 casualties.')).toEqual([
      ['300 casualties', 'Anna Berg', 'freedonia'],
      ['900 casualties', 'The Courier', null],
    ]);
    expect(claimantsOf('Volunteers counted 300 casualties, but the State Bureau put the number at 900 casualties.')).toEqual([
      ['300 casualties', 'The Courier', null],
      ['900 casualties', 'the State Bureau', 'freedonia'],
    ]);
    // The speaker's own estimate ("it put") stays the speaker's.
    expect(claimantsOf('The State Bureau said 300 casualties were found, but it put the total at 900 casualties.')).toEqual([
      ['300 casualties', 'The State Bureau', 'freedonia'],
      ['900 casualties', 'The State Bureau', 'freedonia'],
    ]);
  });

  it.each([
    ['Anna Berg put the toll at 4,000 casualties, though Sylvanian estimates were lower at around 1,200 casualties.', ['around 1,200 casualties', 'Sylvanian estimates', 'sylvania']],
    ['Anna Berg said 4,000 casualties were counted, while State Bureau figures stood at 3,500 casualties.', ['3,500 casualties', 'State Bureau figures', 'freedonia']],
    // A record of no one the topic data places is nobody's in particular, never the speaker's.
    ['Anna Berg said 4,000 casualties were counted, but other estimates were higher at 6,000 casualties.', ['6,000 casualties', 'The Courier', null]],
    // The speaker's own record stays the speaker's.
    ['Anna Berg said 4,000 casualties were counted, though her figures were lower at 3,000 casualties.', ['3,000 casualties', 'Anna Berg', 'freedonia']],
  ])('gives a figure of another source’s record set against the speaker’s to that source: %s', (text, claim) => {
    expect(claimantsOf(text).at(-1)).toEqual(claim);
  });

  it('keeps a figure after a negation that adds rather than denies: "not only 300 casualties"', () => {
    expect(claimantsOf('The crews suffered not only 300 casualties but also heavy losses of boats, the Bureau said.')).toEqual([
      ['300 casualties', 'the Bureau', 'freedonia'],
    ]);
    expect(figuresOf('The crews have not suffered 300 casualties.')).toEqual([]);
  });

  it('keeps a figure another speaker of the sentence claims beside a denial', () => {
    expect(claimantsOf('Freedonia has not commented, but the Bureau said the crews had suffered 300 casualties.')).toEqual([
      ['300 casualties', 'the Bureau', 'freedonia'],
    ]);
  });
});

describe('assembleFigures: the stage read around the figure’s clause', () => {
  const stagesOf = (text: string) => figuresOf(text).map((f) => [f.text, f.stage]);

  it('reads the counted as the subject of a future as a forecast, but not the counted after a preposition', () => {
    expect(stagesOf('Anna Berg warned that some 300 casualties will follow.')).toEqual([['some 300 casualties', 'expected']]);
    expect(stagesOf('The names of 300 casualties will be published.')).toEqual([['300 casualties', 'reported']]);
  });

  it('reads a count up to a passed deadline in the past perfect as a total', () => {
    expect(stagesOf('The State Bureau said that, by 31 December, 300 casualties had been counted.')).toEqual([['300 casualties', 'cumulative']]);
  });

  it('reads a count grown to the number in the perfect as a total, not in the simple past', () => {
    expect(stagesOf('The number of casualties has increased to 300 casualties.')).toEqual([['300 casualties', 'cumulative']]);
    expect(stagesOf('The number of casualties increased to 300 casualties.')).toEqual([['300 casualties', 'reported']]);
  });
});

describe('assembleFigures: a bare sum ("in total", "overall") of what is the case now', () => {
  const stagesOf = (text: string) => figuresOf(text).map((f) => [f.text, f.stage]);

  it.each([
    // A state now, summed over no period: what is the case when reported.
    ['In total, the crews are caring for 522 casualties, including 293 casualties among children.', 'reported'],
    ['In all, there are 300 casualties in the hospitals.', 'reported'],
    // What has happened, summed, or a period up to now: a running total.
    ['In total, 300 casualties have been counted.', 'cumulative'],
    ['In total, 300 casualties were counted, including 20 casualties among officers.', 'cumulative'],
    ['Since Tuesday, 300 casualties are in the hospitals.', 'cumulative'],
    ['So far, 300 casualties are in the hospitals.', 'cumulative'],
  ])('%s', (text, stage) => {
    expect(new Set(stagesOf(text).map(([, s]) => s))).toEqual(new Set([stage]));
  });
});

describe('assembleFigures: a figure in the description of the speaker', () => {
  const sailors: FigureCategory[] = [{ id: 'troops', label: 'Troops', units: ['sailors'], cues: [] }];
  const claims = (text: string) => figuresOf(text, sailors).map((f) => [f.text, f.government]);

  it.each([
    // A relative clause about the speaker, between the words and the verb: the writer's, no government.
    ['“The crews have begun to hand over their boats,” the State Bureau, which has around 2,000 sailors in the port, said on Saturday.', [['around 2,000 sailors', null]]],
    ['“Talks will resume,” Berg, whose navy sent 300 sailors to the strait, said on Monday.', [['300 sailors', null]]],
    // The figure in what was said stays the speaker's.
    ['“We have around 2,000 sailors in the port,” the State Bureau, which runs the base, said on Saturday.', [['around 2,000 sailors', 'freedonia']]],
    ['The State Bureau said on Saturday that around 2,000 sailors, who arrived last week, were in the port.', [['around 2,000 sailors', 'freedonia']]],
  ])('%j', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('assembleFigures: interceptors are no count of the projectiles fired or shot down', () => {
  const weapons: FigureCategory[] = [
    { id: 'missiles-drones', label: 'Missiles and drones', units: ['missiles', 'missile', 'drones'], cues: ['fired', 'shot down'] },
    { id: 'ships', label: 'Ships', units: ['warships'], cues: [] },
  ];
  it.each([
    ['One Sea Viper missile was fired and successfully destroyed the target.', []],
    ['Two interceptor missiles were launched to intercept the drones.', []],
    ['Three missiles downed the incoming drones.', []],
    // Projectiles fired in an attack, or shot down, stay; so do ships that intercept.
    ['Two Sylvanian missiles destroyed a fuel depot.', ['Two Sylvanian missiles']],
    ['Five drones were shot down by the destroyer.', ['Five drones']],
    ['Freedonian warships shot down 12 drones.', ['12 drones']],
    ['Three warships intercepted the convoy.', ['Three warships']],
  ])('%j', (text, expected) => {
    expect(figuresOf(text, weapons).map((f) => f.text)).toEqual(expected);
  });
});

describe('assembleFigures: a figure before "according to X" followed by a phrase of circumstance', () => {
  it.each([
    ['Sylvania suffered 300 casualties, according to the State Bureau, in one of the deadliest battles of the war.', [['300 casualties', 'the State Bureau', 'freedonia']]],
    ['Sylvania suffered 300 casualties, according to the State Bureau, in the Northern Sea in recent months.', [['300 casualties', 'the State Bureau', 'freedonia']]],
    // A clause after the source may be what it says: the figure before stays the outlet's.
    ['Sylvania suffered 300 casualties, according to the State Bureau, in a battle that was fought near the port.', [['300 casualties', 'The Courier', null]]],
  ])('%j', (text, expected) => {
    expect(claimantsOf(text)).toEqual(expected);
  });
});

/** Who claims each figure (without its words), and for which government. */
function claimsOf(text: string) {
  return claimantsOf(text).map(([, claimant, government]) => [claimant, government]);
}

describe('assembleFigures: a participle after an article or a possessive is no reporting verb', () => {
  it.each([
    // "an estimated total of 300": the count's adjective; the speaker's estimate, not a report of
    // the side named right before it.
    ['Anna Berg said Sylvania suffered an estimated total of 300 casualties.', 'Anna Berg', 'freedonia'],
    ['Anna Berg said Sylvania’s estimated total of 300 casualties was low.', 'Anna Berg', 'freedonia'],
    ['The State Bureau said the rebels had the estimated total of 300 casualties in one week.', 'The State Bureau', 'freedonia'],
  ])('gives the figure of %j to the speaker', (text, claimant, government) => {
    expect(claimsOf(text)).toEqual([[claimant, government]]);
  });

  it.each([
    // "a reported 300", "an alleged total of 300": hearsay, as "reportedly" is, even in someone's words.
    ['Anna Berg said Sylvania suffered a reported 300 casualties in May.'],
    ['Anna Berg said Sylvania’s alleged total of 300 casualties was low.'],
    ['The State Bureau said the rebels took a purported 300 casualties.'],
  ])('gives the figure of %j to nobody in particular', (text) => {
    expect(claimsOf(text)).toEqual([['The Courier', null]]);
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
    expect(claimsOf(text)).toEqual([[claimant, government]]);
  });
});
