import { describe, expect, it } from 'vitest';
import { assembleFigures } from '../../src/lib/assemble/figures.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

const lexicon = createActorLexicon([{ id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: [], demonyms: ['Sylvanian'] }]);
const categories: FigureCategory[] = [
  { id: 'displaced', label: 'Displaced', units: ['refugees', 'persons'], cues: ['fled', 'arrived', 'registered'] },
  { id: 'troops', label: 'Troops', units: ['sailors'], cues: ['sent', 'deployed'] },
];

/** The figures of a one-paragraph article by the Courier, with their stage. */
function stagesOf(paragraph: string) {
  const source = { id: 's', title: 't', publisher: 'The Courier', published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text: paragraph }] };
  return assembleFigures(analyseSource(source, lexicon, categories), lexicon).candidates.map((f) => [f.text, f.stage]);
}

describe('assembleFigures: the stage of a figure in a quotation of several sentences', () => {
  it.each([
    // A later sentence of the quotation looks ahead; the figure's own sentence tells what is done.
    ['“So far 900 refugees have been registered. Each family will be provided with a room,” the ministry said.', [['900 refugees', 'cumulative']]],
    ['“The needs of 400 persons are still being assessed. All will be given housing,” the ministry said.', [['400 persons', 'reported']]],
    ['"Lodgings for the 70 sailors were inspected. More ships will be sent next month," an officer said.', [['70 sailors', 'reported']]],
    // Its own sentence looks ahead: still planned, whatever the sentence after it tells.
    ['“Sylvania will send 300 sailors. They have been trained for months,” the minister said.', [['300 sailors', 'planned']]],
    ['“We have trained for months. Sylvania plans to deploy 300 sailors,” the minister said.', [['300 sailors', 'planned']]],
    // Abbreviations do not cut the sentence: the plan before them still governs the figure.
    ['“Sylvania will send to the U.S. Navy base 300 sailors,” the minister said.', [['300 sailors', 'planned']]],
  ])('%j', (paragraph, expected) => {
    expect(stagesOf(paragraph)).toEqual(expected);
  });
});

describe('assembleFigures: aid a side says it will give is planned, aid given is done', () => {
  const aid: FigureCategory[] = [{ id: 'humanitarian-aid', label: 'Aid', units: ['euros', 'dollars'], cues: ['aid', 'funding', 'assistance'] }];
  function aidStagesOf(paragraph: string) {
    const source = { id: 's', title: 't', publisher: 'The Courier', published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text: paragraph }] };
    return assembleFigures(analyseSource(source, lexicon, aid), lexicon).candidates.map((f) => [f.text, f.stage]);
  }
  it.each([
    ['Sylvania will allocate 11.5 million euros in aid to the refugees, the ministry said.', 'planned'],
    ['The agency will boost its funding by 5 million euros, it said.', 'planned'],
    ['Sylvania would donate 2 million dollars in assistance if the talks succeed.', 'planned'],
    // Given already: done, whatever "will" says later in another clause.
    ['Sylvania allocated 11.5 million euros in aid, and the ministry will report on it next week.', 'reported'],
    ['Sylvania has given 2 million dollars in aid so far.', 'cumulative'],
  ])('%j', (paragraph, stage) => {
    expect(aidStagesOf(paragraph).map(([, s]) => s)).toEqual([stage]);
  });
});

describe('assembleFigures: a tally grown to the number', () => {
  it.each([
    ['The number of refugees registered in Sylvania has risen to at least 8,000, officials said.', [['at least 8,000', 'cumulative']]],
    ['The number of refugees registered in Sylvania fell to 8,000, officials said.', [['8,000', 'reported']]],
  ])('%j', (paragraph, expected) => {
    expect(stagesOf(paragraph)).toEqual(expected);
  });
});

describe('assembleFigures: "a total of" told in the perfect is a running total', () => {
  it.each([
    ['A total of 20,000 refugees have already arrived in Sylvania.', [['A total of 20,000 refugees', 'cumulative']]],
    ['A total of 2,076 persons had crossed the bridge, the ministry said.', [['A total of 2,076 persons', 'cumulative']]],
    ['The ministry said a total of 900 refugees have been registered in the camps.', [['a total of 900 refugees', 'cumulative']]],
    // One wave summed, a perfect in a relative clause, or a need: as told.
    ['A total of 24 sailors were sent.', [['A total of 24 sailors', 'reported']]],
    ['A total of 12 refugees, who have been held since May, were freed.', [['A total of 12 refugees', 'reported']]],
    ['A total of 300 refugees had to leave the valley.', [['A total of 300 refugees', 'reported']]],
    ['Some 900 refugees have arrived in Sylvania.', [['Some 900 refugees', 'reported']]],
  ])('%j', (paragraph, expected) => {
    expect(stagesOf(paragraph)).toEqual(expected);
  });
});

describe('assembleFigures: the stage of the items of a list of counts', () => {
  it.each([
    // The list shares its verb and its running total: every item is summed "so far".
    ['The ministry said so far some 800 refugees, 5,000 persons of the valley and six sailors were registered.', [['some 800 refugees', 'cumulative'], ['5,000 persons', 'cumulative'], ['six sailors', 'cumulative']]],
    ['Sylvania will send 300 sailors, 200 refugees and 100 persons.', [['300 sailors', 'planned'], ['200 refugees', 'planned'], ['100 persons', 'planned']]],
    // Not a list: a second clause after the comma has a tense of its own.
    ['So far 800 refugees have arrived, 300 sailors will be sent next month.', [['800 refugees', 'cumulative'], ['300 sailors', 'planned']]],
    // Two items joined by "and" alone already share their clause.
    ['So far 800 refugees and 300 sailors have arrived.', [['800 refugees', 'cumulative'], ['300 sailors', 'cumulative']]],
  ])('%j', (paragraph, expected) => {
    expect(stagesOf(paragraph)).toEqual(expected);
  });
});

describe('assembleFigures: people a place owns are counted as they are, whatever is planned for them', () => {
  const placed: FigureCategory[] = [
    { id: 'displaced', label: 'Displaced', units: ['refugees', 'people', 'residents', 'sylvanians'], cues: ['fled', 'arrived'] },
    { id: 'population', label: 'Population', units: ['people', 'residents', 'inhabitants', 'sylvanians'], cues: ['live'] },
    { id: 'troops', label: 'Troops', units: ['sailors', 'troops'], cues: ['sent', 'deployed'] },
  ];
  const stages = (paragraph: string) => {
    const source = { id: 's', title: 't', publisher: 'The Courier', published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text: paragraph }] };
    return assembleFigures(analyseSource(source, lexicon, placed), lexicon).candidates.map((f) => [f.text, f.category, f.stage]);
  };
  it.each([
    ['Sylvania says it plans to integrate the area’s 120,000 Sylvanians.', [['120,000 Sylvanians', 'population', 'reported']]],
    ['The council plans to resettle the town’s 5,000 residents.', [['5,000 residents', 'population', 'reported']]],
    ['Officials plan to evacuate Marsh City’s 8,000 people next week.', [['8,000 people', 'population', 'reported']]],
    // A force a place owns is sent, number and all; people with no owner are what the plan moves.
    ['Sylvania plans to send the country’s 3,000 troops to the port.', [['3,000 troops', 'troops', 'planned']]],
    ['The council plans to resettle 5,000 refugees.', [['5,000 refugees', 'displaced', 'planned']]],
  ])('%j', (paragraph, expected) => {
    expect(stages(paragraph)).toEqual(expected);
  });
});

describe('assembleFigures: a period that describes the counted before the clause’s verb', () => {
  const counted: FigureCategory[] = [
    { id: 'troops', label: 'Troops', units: ['sailors', 'soldiers'], cues: ['sent', 'deployed'] },
    { id: 'losses', label: 'Losses', units: ['sailors', 'soldiers'], cues: ['killed', 'wounded'] },
  ];
  const stages = (paragraph: string) => {
    const source = { id: 's', title: 't', publisher: 'The Courier', published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text: paragraph }] };
    return assembleFigures(analyseSource(source, lexicon, counted), lexicon).candidates.map((f) => [f.text, f.stage]);
  };
  it.each([
    // The period says which sailors; the clause tells what befell them.
    ['Officials believe at least 1,000 of the 11,000 soldiers sent from Sylvania in the past three months had been killed.', [['at least 1,000', 'reported'], ['11,000 soldiers', 'reported']]],
    ['The 300 sailors deployed since May have been sent home.', [['300 sailors', 'reported']]],
    // A period of the clause itself sums over it.
    ['Sylvania has sent 11,000 soldiers in the past three months.', [['11,000 soldiers', 'cumulative']]],
    ['Since May, 300 sailors have been killed.', [['300 sailors', 'cumulative']]],
    ['Sylvania has deployed 300 sailors trained in the past year.', [['300 sailors', 'cumulative']]],
  ])('%j', (paragraph, expected) => {
    expect(stages(paragraph)).toEqual(expected);
  });
});
