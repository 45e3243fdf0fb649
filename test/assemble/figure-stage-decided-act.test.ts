import { describe, expect, it } from 'vitest';
import { assembleFigures } from '../../src/lib/assemble/figures.ts';
import { figureStage, stageWords } from '../../src/lib/assemble/figure-stage.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** The stage of the figure `figure` in `clause`. */
const stage = (clause: string, figure: string) => figureStage(stageWords(clause, clause.indexOf(figure) + figure.length), clause, false);

describe('figureStage: a sending authorised with the gerund is planned', () => {
  it.each([
    ['Berg had authorised sending 1,000 sailors to the port', '1,000 sailors'],
    ['Freedonia has approved deploying 300 more sailors', '300 more sailors'],
    ['The council authorized shipping 40 boats to Marsh City', '40 boats'],
    ['Weiss will endorse dispatching 2,000 sailors', '2,000 sailors'],
    ['The parliament sanctioned supplying 50 drones to Sylvania', '50 drones'],
  ])('%j', (clause, figure) => {
    expect(stage(clause, figure)).toBe('planned');
  });

  it.each([
    // An act named by its approval, and sending told as done, keep their own tense.
    ['The approved sending of 300 drones was completed on Monday', '300 drones'],
    ['Freedonia has been sending 300 sailors a week to the port', '300 sailors'],
    ['Berg stopped sending 1,000 sailors after the vote', '1,000 sailors'],
    ['The authorised shipping lanes carried 40 boats on Monday', '40 boats'],
    ['After approving the budget, Freedonia sent 2,000 sailors', '2,000 sailors'],
  ])('keeps its own stage: %j', (clause, figure) => {
    expect(stage(clause, figure)).toBe('reported');
  });
});

describe('figureStage: a rise in aid announced with the amount it goes up to is planned', () => {
  it.each([
    ['This week the minister announced an increase in aid to Sylvania to 12.5 million crowns', '12.5 million crowns'],
    ['Freedonia approved a boost of its funding to €5 million', '€5 million'],
    ['The Ostmark agency announced a further rise in humanitarian assistance to more than $3 million', '$3 million'],
    ['Berg has decided on an increase in the budget for refugees to 40 million euros', '40 million euros'],
    ['Ruhl unveiled a hike in aid to Marsh City to five million euros', 'five million euros'],
  ])('%j', (clause, figure) => {
    expect(stage(clause, figure)).toBe('planned');
  });

  it.each([
    // A rise told, not decided, or a rise of what nobody gives, is what happened.
    ['The ministry reported an increase in aid to Sylvania to 12.5 million crowns', '12.5 million crowns'],
    ['The ministry announced an increase in the death toll to 300 sailors', '300 sailors'],
    ['Berg announced that aid to Sylvania had risen to 12.5 million crowns', '12.5 million crowns'],
    ['The agency announced a rise in the cost of repairs to 40 million euros', '40 million euros'],
    ['Freedonia increased its aid to €5 million last year', '€5 million'],
  ])('keeps its own stage: %j', (clause, figure) => {
    expect(stage(clause, figure)).toBe('reported');
  });
});

const lexicon = createActorLexicon([{ id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] }]);
const categories: FigureCategory[] = [
  { id: 'aid', label: 'Aid', units: ['crowns', 'euros'], cues: ['aid'] },
  { id: 'sent', label: 'Sent', units: ['sailors', 'builders'], cues: ['sending'] },
];

/** The figures and stages of a one-paragraph article published on 14 March 2025. */
function stagesOf(text: string) {
  const source = { id: 's', title: 't', publisher: 'The Courier', published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text }] };
  return assembleFigures(analyseSource(source, lexicon, categories), lexicon).candidates.map((f) => [f.text, f.stage]);
}

describe('assembleFigures: both counts of an authorised sending are planned', () => {
  it('reads the second count of one gerund as planned too', () => {
    const stages = stagesOf('On June 17, Minister Berg said Freedonia had authorized sending 1,000 naval sailors and 3,000 dock builders to aid the port.');
    expect(stages).toContainEqual(['1,000 naval sailors', 'planned']);
    expect(stages).toContainEqual(['3,000 dock builders', 'planned']);
  });
});
