import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * Threats in the forms a belligerent's spokesman uses beside "will pay a heavy price": "will have to pay a
 * high price and bear all the terrible consequences", "the response would be greater", "vowed to respond
 * with more attacks", "(said) Fredonburg would face serious consequences for this act of aggression".
 * Each table holds look-alikes that foretell a cost, a danger or help, which threaten nothing.
 */

/** A side's own words, quoted. */
const QUOTED: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };
/** A side's spokesperson, in reported words. */
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };

const reporting = (verb: string) => ({ verb, negated: false, denial: false });

describe('a price or consequences to be borne', () => {
  /** [words, the stance]. */
  const cases: [string, Stance][] = [
    ['The invaders will undoubtedly have to prepare to pay a high price for this crime', 'threatens'],
    ['Those who shelled our villages will bear all the terrible consequences', 'threatens'],
    ['Fredonburg will have to pay dearly for what it has done', 'threatens'],
    // The speaker's force as a message: consequences still to be borne, with or without "the".
    ['This joint action sends a clear message to the rebels that they will continue to bear further consequences if they do not end their raids', 'threatens'],
    ['The regime will bear consequences for its crimes', 'threatens'],
    // A cost borne, or consequences faced, threaten nothing.
    ['the region would bear the cost of the war', 'other'],
  ];
  it.each(cases)('%s → %s', (words, stance) => {
    expect(stanceOf(reporting('said'), words, QUOTED)).toBe(stance);
  });
});

describe('a response foretold as greater or harsher', () => {
  /** [words, the stance]. */
  const cases: [string, Stance][] = [
    ['the response would be greater than that', 'threatens'],
    ['the response to any attack on our ports will be harsher than before', 'threatens'],
  ];
  it.each(cases)('%s → %s', (words, stance) => {
    expect(stanceOf(reporting('said'), words, REPORTED)).toBe(stance);
  });
  it('leaves a response of help alone: "the humanitarian response would be greater"', () => {
    expect(stanceOf(reporting('said'), 'the humanitarian response would be greater this winter', REPORTED)).not.toBe('threatens');
  });
});

describe('force promised: "vowed to respond with more attacks"', () => {
  /** [reporting verb, words, the stance]. */
  const cases: [string, string, Stance][] = [
    ['vowed', 'to respond with more attacks on the supply routes', 'threatens'],
    ['pledged', 'to respond with further strikes if the raids go on', 'threatens'],
    ['vowed', 'to respond with more aid for the displaced families', 'pledges'],
  ];
  it.each(cases)('%s %s → %s', (verb, words, stance) => {
    expect(stanceOf(reporting(verb), words, REPORTED)).toBe(stance);
  });
});

describe('a named party told it will face consequences for an act', () => {
  /** [words, the stance]. */
  const cases: [string, Stance][] = [
    ['that Fredonburg would face serious consequences for this act of aggression', 'threatens'],
    ['that Sylvania and Fredonburg will face consequences for their attacks on the convoy', 'threatens'],
  ];
  it.each(cases)('%s → %s', (words, stance) => {
    expect(stanceOf(reporting('said'), words, REPORTED)).toBe(stance);
  });
  /** Not a threat: a danger foretold to people, or no act answered for. */
  const notThreats: string[] = [
    'that they would face dire consequences upon return',
    'that Farmers will face consequences for years after the drought',
  ];
  it.each(notThreats)('%s → not a threat', (words) => {
    expect(stanceOf(reporting('said'), words, REPORTED)).not.toBe('threatens');
  });
});
