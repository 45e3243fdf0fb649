import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * Advice given in the passive (`calls-for`) and a resolve renewed (`pledges`), against what is told
 * (`confirms`): each table holds sentences of one class, with look-alikes the rule must leave alone.
 */

/** A side's spokesperson, in reported words; and a side's own words, quoted. */
const SIDE: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };
const QUOTED: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };

describe('advice given in the passive', () => {
  /** [reporting verb, words, who speaks, the stance]. */
  const cases: [string | null, string, StanceSpeaker, Stance][] = [
    // What those addressed are advised, urged or asked to do now: a call.
    [null, 'Vessels are advised to transit with caution and report any suspicious activity.', QUOTED, 'calls-for'],
    ['said', 'residents are urged to stay indoors', SIDE, 'calls-for'],
    [null, 'Passengers are asked to arrive two hours early.', QUOTED, 'calls-for'],
    ['said', 'all staff are instructed to report to the nearest office', SIDE, 'calls-for'],
    // A request told as past, or advice with no act to do, is told.
    ['said', 'the crew were asked to leave the ship', SIDE, 'confirms'],
    ['said', 'the minister is advised by a team of lawyers', SIDE, 'confirms'],
  ];
  it.each(cases)('%s %s', (verb, words, speaker, stance) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, speaker)).toBe(stance);
  });
});

describe('a resolve renewed', () => {
  /** [reporting verb, words, the stance]. */
  const cases: [string, string, Stance][] = [
    // A side's determination, resolve or readiness to act, reaffirmed: a promise renewed.
    ['reaffirmed', 'the country’s determination to guarantee the residents “all rights and freedoms”', 'pledges'],
    ['reiterated', "the government's resolve to rebuild the port", 'pledges'],
    ['reaffirmed', 'its readiness to resume talks', 'pledges'],
    ['renewed', 'Sylvania’s willingness to host the talks', 'pledges'],
    // A finding or a ruling reaffirmed is confirmed ("determination that …" is a ruling).
    ['reaffirmed', "the court's determination that the law was valid", 'confirms'],
    ['reaffirmed', 'the decision of the court', 'confirms'],
    ['reaffirmed', 'the findings of the inquiry', 'confirms'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, SIDE)).toBe(stance);
  });
});

describe('an offer or terms accepted now', () => {
  /** [words, who speaks, whether it pledges]. */
  const cases: [string, StanceSpeaker, boolean][] = [
    // Accepting a proposal, an offer or terms in the present binds the side that accepts: a pledge.
    ['The authorities of the region accept the proposal of the mediators to cease fire', QUOTED, true],
    ['We accept the terms of the truce', QUOTED, true],
    ['The union agrees to the proposal to return to work', QUOTED, true],
    ['the council accepts the invitation to the summit', SIDE, true],
    // An acceptance told as past, or refused, is no pledge.
    ['the rebels accepted the proposal last week', SIDE, false],
    ['We do not accept the terms of the truce', QUOTED, false],
    ['They never accept the offers of the mediators', QUOTED, false],
  ];
  it.each(cases)('%s', (words, speaker, pledges) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, speaker) === 'pledges').toBe(pledges);
  });
});

describe("another party's vow, told", () => {
  /** [words, who speaks, the stance]. */
  const OWN_SIDE: StanceSpeaker = { ...SIDE, ownSideFirst: true };
  const cases: [string, StanceSpeaker, Stance][] = [
    // A vow another party has made, told by a side: the side affirms it was made.
    ['some units of the rebel forces have pledged to continue fighting', SIDE, 'confirms'],
    ['Sylvania has vowed to send more boats', SIDE, 'confirms'],
    // The speaker's own side, or "it", "the government" in reported words, still promises.
    ['Sylvania has vowed to send more boats', OWN_SIDE, 'pledges'],
    ['it has pledged to send aid', SIDE, 'pledges'],
    ['the government has promised to house them', SIDE, 'pledges'],
    // A private person who relays a government's vow relays its promise.
    ['the Freedonian government has promised to shelter every family', { forThemselves: true, reported: true }, 'pledges'],
  ];
  it.each(cases)('%s', (words, speaker, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, speaker)).toBe(stance);
  });
});
