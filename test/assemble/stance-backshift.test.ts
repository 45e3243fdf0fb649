import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * Reported speech shifts the speaker's present into the past ("it is important to" → "said it was
 * important to"): a call, a commitment or a plan disowned reads the same in either tense. Each table
 * holds look-alikes the rule must leave alone.
 */

/** A side's spokesperson, reading words reported with "said". */
const SIDE: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };

/** The stance of `words` reported with "said" by a side. */
function said(words: string): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, SIDE);
}

describe('a call shifted to the past', () => {
  /** [reported words, the stance]. */
  const cases: [string, Stance][] = [
    ['it was important for both sides to return to the negotiating table', 'calls-for'],
    ['it was essential to reopen the corridor before winter', 'calls-for'],
    ['more aid was urgently needed in the camps', 'calls-for'],
    ['more rescuers were still needed in the north', 'calls-for'],
    // The present still calls.
    ['it is important for both sides to return to the negotiating table', 'calls-for'],
    // A judgement of importance with no act to call for, a need met, a time told: no call.
    ['the vote was important for the government', 'other'],
    ['the rescuers needed three days to reach the village', 'confirms'],
    ['there was a sense of relief in the capital', 'confirms'],
    // A need told in the past describes a lack; the present still calls.
    ['there was a massive need for support for the families', 'confirms'],
    ['there is a massive need for support for the families', 'calls-for'],
    // A first is a comparison: no call, and no happening affirmed either.
    ['it was the first time the two leaders had met', 'other'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(said(words)).toBe(stance);
  });
});

describe('a commitment shifted to the past', () => {
  /** [reported words, the stance]. */
  const cases: [string, Stance][] = [
    ['the government remained committed to holding elections in the spring', 'pledges'],
    ['it was committed to rebuilding the port', 'pledges'],
    ['the ministry remained ready to help the families', 'pledges'],
    // The present still commits.
    ['the government remains committed to holding elections in the spring', 'pledges'],
    // A crime committed, a readiness of no one: no commitment.
    ['the murders were committed in the village', 'confirms'],
    ['the harvest remained poor for a third year', 'confirms'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(said(words)).toBe(stance);
  });
});

describe('a plan disowned, shifted to the past', () => {
  /** [reported words, the stance]. */
  const cases: [string, Stance][] = [
    ['it had no plans to close the border', 'denies'],
    ['the government had no intention of raising taxes', 'denies'],
    ['it has no plans to close the border', 'denies'],
    // A plan had, a choice lacked: no denial.
    ['the army had no choice but to retreat', 'confirms'],
    ['the city had plans to build a new bridge', 'confirms'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(said(words)).toBe(stance);
  });
});

describe('a readiness shifted to the past', () => {
  /** [reported words, the stance]. */
  const cases: [string, Stance][] = [
    ['Freedonia stood ready to mediate between the two sides', 'pledges'],
    ['Freedonia was willing to host the next round of talks', 'pledges'],
    ['the country was prepared to send more rescuers', 'pledges'],
    ['the government was preparing to send a second aid shipment', 'pledges'],
    // The present still promises.
    ['Freedonia is willing to host the next round of talks', 'pledges'],
    // A readiness inside a relative clause describes; what was sent is told.
    ['the crews, who were ready to sail, left the port on Monday', 'confirms'],
    ['it was sending 20 tonnes of medicine to the region', 'confirms'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(said(words)).toBe(stance);
  });
});

describe('beliefs, motives, bonds, expectations and inferences shifted to the past', () => {
  /** [reported words, the stance]. */
  const cases: [string, Stance][] = [
    // A belief or a hope told.
    ['she believed the talks had gone well', 'other'],
    ['they thought they were fighting Sylvanian troops', 'other'],
    ['“We hoped the war would end soon”', 'other'],
    // A call: the priority, the help expected of a side.
    ['the priority now was to end the fighting', 'calls-for'],
    ['he expected more help from the government', 'calls-for'],
    // A promise: determination, support always given.
    ['the country was determined to rebuild the port', 'pledges'],
    ['it had always supported a negotiated settlement', 'pledges'],
    // A bond or a motive described, a conclusion drawn.
    ['cooperation between the two countries had significantly strengthened', 'other'],
    ['they were acting in solidarity with the strikers', 'other'],
    ['this showed how isolated Sylvania had become', 'other'],
    ['such cooperation only demonstrated their weakness', 'other'],
    // Look-alikes told: what a film showed, what a court determined.
    ['the footage showed soldiers crossing the bridge', 'confirms'],
    ['the soldiers were determined by the court to have acted lawfully', 'confirms'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(said(words)).toBe(stance);
  });
});
