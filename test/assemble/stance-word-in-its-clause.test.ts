import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A word of danger, of blame or of obligation decides the stance only in the clause where it does its
 * work: an escalation that marks a time, a threat said to be absent, an offence feared rather than
 * charged and a "must" that infers decide nothing, and a partial quote takes the stance of its own
 * reported clause, not of another joined by "and that". Each table holds look-alikes where the word
 * still decides.
 */

const SAID = { verb: 'said', negated: false, denial: false };
/** A side's spokesperson, in reported words. */
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };
/** A side's own words, quoted. */
const QUOTED: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };

describe('a danger named only: a time it marks, its absence', () => {
  /** [words, the stance]. */
  const cases: [string, Stance][] = [
    ['some 3,000 people who lived in the valley before the recent escalation have left', 'confirms'],
    ['since the escalation began, 400 people have been wounded', 'confirms'],
    ['in the wake of the crisis, the port reopened on Monday', 'confirms'],
    ['the inspectors note the absence of any threat to the villagers', 'confirms'],
    ['the patrols pose no threat to fishermen', 'confirms'],
    // A danger the clause flags still warns.
    ['the situation has grown more dangerous since the escalation', 'warns'],
    ['the escalation is deeply worrying', 'warns'],
    ['there is a real risk of escalation', 'warns'],
  ];
  it.each(cases)('%s → %s', (words, stance) => {
    expect(stanceOf(SAID, words, REPORTED)).toBe(stance);
  });
});

describe('an offence feared or named as a danger, not charged', () => {
  /** [words, the stance]. */
  const cases: [string, Stance][] = [
    ['Villagers fear a massacre if the militia returns', 'warns'],
    ['The minorities remain threatened by the danger of genocide', 'warns'],
    ['There is a real risk of renewed aggression against the islands', 'warns'],
    ['Residents fear reprisals once the troops leave', 'warns'],
    // An offence charged condemns; a fear given as a motive warns of nothing.
    ['This is an act of ethnic cleansing', 'condemns'],
    ['The shelling of the market was a war crime', 'condemns'],
    ['Families fled in fear of reprisals', 'confirms'],
  ];
  it.each(cases)('%s → %s', (words, stance) => {
    expect(stanceOf(SAID, words, QUOTED)).toBe(stance);
  });
});

describe('"must have" infers; it calls on no one', () => {
  /** [words, the stance]. */
  const cases: [string, Stance][] = [
    ['Our staff were saddened by the damage the storm must have caused them', 'other'],
    ['We were shocked by the losses the families must have suffered', 'other'],
    // A "must" that obliges still calls.
    ['The shelling must stop', 'calls-for'],
    ['Both sides must have access to the port', 'calls-for'],
    ['The crews must be released', 'calls-for'],
  ];
  it.each(cases)('%s → %s', (words, stance) => {
    expect(stanceOf(SAID, words, QUOTED)).toBe(stance);
  });
});

describe('a partial quote in one of two reported clauses joined by "and that"', () => {
  const words = 'the raids were a “measured” reply to the shelling and that the navy would “not hesitate to order further strikes”';
  /** [the quoted words, the stance]. */
  const cases: [string, Stance][] = [
    ['measured', 'confirms'],
    ['not hesitate to order further strikes', 'threatens'],
  ];
  it.each(cases)('"%s" → %s', (quote, stance) => {
    expect(stanceOf(SAID, words, REPORTED, quote)).toBe(stance);
  });
  it('reads words with one clause whole', () => {
    expect(stanceOf(SAID, 'the navy would “not hesitate to order further strikes”', REPORTED, 'not hesitate to order further strikes')).toBe('threatens');
  });
});
