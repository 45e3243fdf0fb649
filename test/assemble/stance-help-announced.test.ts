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
