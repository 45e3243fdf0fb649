import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';

/**
 * Help announced by name is undertaken, as "announced plans to" is: "announced a new housing assistance
 * programme", "announced $4 million in emergency assistance", "unveiled a relief package". What befell
 * help ("announced the end of its aid programme", "the arrival of the aid convoy") and a finding about
 * it ("presented a report on aid delivery") are told, not undertaken.
 */

/** A side's spokesperson, in reported words. */
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };

const reporting = (verb: string) => ({ verb, negated: false, denial: false });

describe('help announced by name', () => {
  /** [reporting verb, words]. */
  const pledged: [string, string][] = [
    ['announced', 'a new housing assistance programme for families who lost their homes in the floods'],
    ['announced', '$4 million in emergency assistance for the coastal towns'],
    ['announced', 'a first tranche of 2 million euros for the harbour repairs'],
    ['announced', 'an additional package of aid for the drought-hit north'],
    ['unveiled', 'a relief project for the fishermen of the bay'],
  ];
  it.each(pledged)('%s %s → pledges', (verb, words) => {
    expect(stanceOf(reporting(verb), words, REPORTED)).toBe('pledges');
  });

  const told: [string, string][] = [
    ['announced', 'the end of its aid programme in the southern districts'],
    ['announced', 'the arrival of the aid convoy at the border crossing'],
    ['announced', 'the death of an aid worker in the shelling of the depot'],
    ['presented', 'a report on aid delivery to the islands'],
    ['announced', 'the results of the relief effort after the storm'],
  ];
  it.each(told)('%s %s → not a pledge', (verb, words) => {
    expect(stanceOf(reporting(verb), words, REPORTED)).not.toBe('pledges');
  });
});

/**
 * The help announced may come after the amount it comes to, with its hedge ("more than $3.5 million in
 * urgently needed relief"), or after a day set off by commas that dates the announcing ("(announced,)
 * this Tuesday, 12 March, an aid package"): either way what is announced is help, and undertaken. An
 * amount of anything else, and what befell help after such a day, are still told.
 */
describe('help announced after its amount or a day set off', () => {
  /** [reporting verb, words]. */
  const pledged: [string, string][] = [
    ['announced', 'more than $3.5 million in urgently needed flood relief for the delta'],
    ['announced', 'up to 2 million euros in reconstruction aid for Marsh City'],
    ['unveiled', 'about €40 million of fresh funding for the harbour towns'],
    ['announced', 'this Tuesday, 12 March, an emergency aid package of two million euros for the islands'],
    ['announced', 'on Friday, new assistance for the families of the fishermen'],
  ];
  it.each(pledged)('%s %s → pledges', (verb, words) => {
    expect(stanceOf(reporting(verb), words, REPORTED)).toBe('pledges');
  });

  const told: [string, string][] = [
    ['announced', 'more than $2 million in damage to the harbour from the storm'],
    ['announced', 'more than 300 aid workers had left the province'],
    ['announced', 'nearly 5,000 tonnes of grain had been seized from the relief stores'],
    ['announced', 'on Monday, the end of its aid programme in the south'],
    ['announced', 'this Friday, 8 March, the arrival of the relief convoy at the border'],
  ];
  it.each(told)('%s %s → not a pledge', (verb, words) => {
    expect(stanceOf(reporting(verb), words, REPORTED)).not.toBe('pledges');
  });
});
