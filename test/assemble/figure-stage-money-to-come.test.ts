import { describe, expect, it } from 'vitest';
import { assembleFigures } from '../../src/lib/assemble/figures.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

const lexicon = createActorLexicon([{ id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] }]);
const categories: FigureCategory[] = [
  { id: 'aid', label: 'Aid', units: ['crowns', 'tons', 'dollars', 'euros'], cues: ['aid'] },
  { id: 'fled', label: 'Fled', units: ['refugees', 'sailors'], cues: ['fled', 'sent'] },
];

/** The figures and stages of a one-paragraph article published on 14 March 2025. */
function stagesOf(text: string) {
  const source = { id: 's', title: 't', publisher: 'The Courier', published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text }] };
  return assembleFigures(analyseSource(source, lexicon, categories), lexicon).candidates.map((f) => [f.text, f.stage]);
}

describe('assembleFigures: an amount added by "plus" takes the verb before it', () => {
  it.each([
    ['Each refugee will be provided 400 crowns a month for rent, plus another 100 crowns for heating.', 'another 100 crowns', 'planned'],
    ['“400 crowns will be provided to each refugee for rent, plus an additional 100 crowns for heating,” Berg said.', 'an additional 100 crowns', 'planned'],
    ['Freedonia will deliver 20 tons of aid this week, plus 5 tons of aid by air.', '5 tons', 'planned'],
  ])('%j', (text, figure, stage) => {
    expect(stagesOf(text)).toContainEqual([figure, stage]);
  });

  it.each([
    // A count told as it is, or a clause of its own after "plus", keeps its own tense.
    ['Freedonia will deliver 20 tons of aid this week, plus the 5 tons of aid already in the port.', '5 tons'],
    ['Freedonia will send 2,000 sailors next month, plus it has already sent 500 sailors.', '500 sailors'],
    // Added to what was done, the amount is done.
    ['Freedonia gave each refugee 400 crowns for rent, plus another 100 crowns for heating.', 'another 100 crowns'],
  ])('keeps its own stage: %j', (text, figure) => {
    expect(stagesOf(text)).toContainEqual([figure, 'reported']);
  });
});

describe('assembleFigures: money still to be allocated or got is planned', () => {
  it.each([
    ['During April and May, 500 crowns will be allocated to each refugee from the budget.', '500 crowns'],
    ['In addition, each refugee will get a one-time payment of 1,000 crowns.', '1,000 crowns'],
    ['From next month, 300 crowns will be disbursed to every family.', '300 crowns'],
  ])('%j', (text, figure) => {
    expect(stagesOf(text)).toContainEqual([figure, 'planned']);
  });

  it.each([
    // Done, or a forecast of how much it could come to, is not planned.
    ['In April, 500 crowns were allocated to each refugee from the budget.', '500 crowns', 'reported'],
    ['Each refugee got a one-time payment of 1,000 crowns last week.', '1,000 crowns', 'reported'],
    ['The bill could reach 300 crowns for every family.', '300 crowns', 'expected'],
  ])('%j', (text, figure, stage) => {
    expect(stagesOf(text)).toContainEqual([figure, stage]);
  });
});

describe('assembleFigures: the parts of a whole the sentence before told take its stage', () => {
  it.each([
    ['Freedonia is increasing its aid to a total of 900 crowns. This includes an additional 100 crowns for heating.', 'an additional 100 crowns', 'planned'],
    ['Freedonia pledged 20 tons of aid on Monday. The package includes 5 tons of flour.', '5 tons', 'planned'],
    ['Freedonia plans to send 2,000 sailors. It also includes 300 sailors from the reserve.', '300 sailors', 'planned'],
  ])('%j', (text, figure, stage) => {
    expect(stagesOf(text)).toContainEqual([figure, stage]);
  });

  it.each([
    // A whole told as done keeps its parts done.
    ['Freedonia delivered 20 tons of aid on Monday. The package included 5 tons of flour.', '5 tons'],
    // A sentence of its own, not a breakdown, keeps its own tense.
    ['Freedonia pledged 20 tons of aid on Monday. Another 5 tons of aid arrived by air.', 'Another 5 tons'],
    ['Freedonia plans to send 2,000 sailors. The reserve includes 300 sailors.', '300 sailors'],
  ])('keeps its own stage: %j', (text, figure) => {
    expect(stagesOf(text)).toContainEqual([figure, 'reported']);
  });
});

describe('assembleFigures: money announced with a qualifier before it is promised, as without one', () => {
  it.each([
    ['Minister Berg announced more than $900,000 in aid for the refugees.', 'more than $900,000'],
    ['The Ostmark agency announced nearly 500,000 euros in additional aid on Monday.', 'nearly 500,000 euros'],
    ['Freedonia committed up to $2 million in aid to Sylvania.', 'up to $2 million'],
    ['Freedonia has set aside some €3 million in aid for the winter.', 'some €3 million'],
  ])('%j', (text, figure) => {
    expect(stagesOf(text)).toContainEqual([figure, 'planned']);
  });

  it.each([
    // Near misses: money given or spent, money told done in what was announced, and a count that is no money.
    ['Freedonia provided more than $900,000 in aid on Monday.', 'more than $900,000'],
    ['Minister Berg announced that more than $900,000 in aid had reached the refugees.', 'more than $900,000'],
    ['Freedonia spent nearly 500,000 euros in aid on Monday.', 'nearly 500,000 euros'],
    ['Freedonia announced more than 300 refugees had fled.', 'more than 300 refugees'],
  ])('keeps its own stage: %j', (text, figure) => {
    expect(stagesOf(text).filter(([t]) => t === figure)).toEqual([[figure, 'reported']]);
  });
});

describe('assembleFigures: a breakdown whose subject names the whole and where it came from takes its stage', () => {
  it.each([
    ['Minister Berg announced more than $900,000 in aid. This funding from Freedonia includes $100,000 for heating.', '$100,000'],
    ['Freedonia pledged 20 tons of aid on Monday. The aid from the Ostmark agency includes 5 tons of flour.', '5 tons'],
    ['Freedonia pledged $900,000 in aid on Monday. This money also covers $100,000 for heating.', '$100,000'],
  ])('%j', (text, figure) => {
    expect(stagesOf(text)).toContainEqual([figure, 'planned']);
  });

  it.each([
    // Near misses: a whole told as done, and a subject that names something else than the whole.
    ['Freedonia delivered $900,000 in aid on Monday. This funding from Freedonia included $100,000 for heating.', '$100,000'],
    ['Freedonia pledged $900,000 in aid on Monday. The budget of the Ostmark agency includes $100,000 for heating.', '$100,000'],
  ])('keeps its own stage: %j', (text, figure) => {
    expect(stagesOf(text)).toContainEqual([figure, 'reported']);
  });
});

describe('assembleFigures: money announced as aid of a sum, a tranche or an allocation, or in words, is promised', () => {
  it.each([
    ['Freedonia announced humanitarian aid of five million euros for the refugees.', 'five million euros'],
    ['Freedonia announced, this Tuesday, March 11, humanitarian aid of five million euros for Fredonburg.', 'five million euros'],
    ['The Ostmark agency announced a first aid tranche of €500,000.', '€500,000'],
    ['Freedonia has announced the allocation of €11.5 million in aid to Marsh City.', '€11.5 million'],
    ['Freedonia announced, on Monday, aid worth €2 million.', '€2 million'],
    ['Minister Berg announced two million dollars in aid for the refugees.', 'two million dollars'],
  ])('%j', (text, figure) => {
    expect(stagesOf(text)).toContainEqual([figure, 'planned']);
  });

  it.each([
    // Near misses: money told done in what was announced, money that is no aid given, a count that is
    // no money, and aid of a sum given with no announcement.
    ['Freedonia announced the delivery of aid worth five million euros.', 'five million euros'],
    ['Freedonia announced, on Monday, that aid worth €2 million had arrived.', '€2 million'],
    ['Freedonia announced that humanitarian aid of €5 million had reached Fredonburg.', '€5 million'],
    ['Freedonia announced the seizure of five million euros.', 'five million euros'],
    ['Freedonia announced, on Monday, aid worth 300 tons.', '300 tons'],
    ['Freedonia delivered humanitarian aid of five million euros on Monday.', 'five million euros'],
  ])('keeps its own stage: %j', (text, figure) => {
    expect(stagesOf(text).filter(([t]) => t === figure)).toEqual([[figure, 'reported']]);
  });
});

/** The figures and stages of an article of several paragraphs published on 14 March 2025. */
function stagesOfParagraphs(...texts: string[]) {
  const source = { id: 's', title: 't', publisher: 'The Courier', published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: texts.map((text, i) => ({ n: i + 1, text })) };
  return assembleFigures(analyseSource(source, lexicon, categories), lexicon).candidates.map((f) => [f.text, f.stage]);
}

describe('assembleFigures: a breakdown opened by a word of detail, or naming its whole by the amount told before, takes the whole’s stage', () => {
  it.each([
    [['Freedonia announced aid of five million euros on Tuesday. In detail, this concerns 500,000 euros of food aid, to which is added 4.5 million euros of new financing.'], '4.5 million euros'],
    [['Freedonia pledged five million euros on Tuesday. Specifically, this means 4.5 million euros for food.'], '4.5 million euros'],
    [['Freedonia announced a €5 million increase in aid on Tuesday.', 'The €5 million humanitarian funding includes €500,000 for food.'], '€500,000'],
    [['Freedonia pledged €5 million in aid on Tuesday.', 'Berg spoke in Marsh City.', 'The €5 million package includes €500,000 for food.'], '€500,000'],
  ])('%j (%s)', (texts, figure) => {
    expect(stagesOfParagraphs(...texts)).toContainEqual([figure, 'planned']);
  });

  it.each([
    // Near misses: a whole told as done, a "concerns" that names no parts, no word of detail before
    // it, and an amount in the lead that was never told before.
    [['Freedonia delivered aid of five million euros on Tuesday. In detail, this concerns 500,000 euros of food aid, to which is added 4.5 million euros of new financing.'], '4.5 million euros'],
    [['Freedonia announced aid of five million euros on Tuesday. This concerns Fredonburg, which lost 4.5 million euros.'], '4.5 million euros'],
    [['Freedonia delivered €5 million in aid on Tuesday.', 'The €5 million humanitarian funding includes €500,000 for food.'], '€500,000'],
    [['Freedonia pledged €5 million in aid on Tuesday.', 'The €7 million package includes €500,000 for food.'], '€500,000'],
  ])('keeps its own stage: %j (%s)', (texts, figure) => {
    expect(stagesOfParagraphs(...texts)).toContainEqual([figure, 'reported']);
  });
});
