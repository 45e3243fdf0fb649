import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * Words of diplomatic and official copy that do what their common siblings do: "deplored" condemns as
 * "decried" does, "is not acceptable" as "unacceptable", "will not tolerate attacks" threatens as "will
 * not be tolerated", another's responsibility to act is a call as "must" is. Each table holds look-alikes
 * the rule must leave alone.
 */

/** A side's own words, quoted. */
const QUOTED: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };
/** A side's spokesperson, in reported words. */
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };
/** A side's spokesperson whose reported words open with their own side ("(Berg said) Freedonia …"). */
const OWN_SIDE: StanceSpeaker = { ...REPORTED, ownSideFirst: true };

const reporting = (verb: string) => ({ verb, negated: false, denial: false });

describe('a verb of blame: "deplored"', () => {
  /** [reporting verb, words, the stance]. */
  const cases: [string, string][] = [
    ['deplored', 'the loss of civilian lives in the shelling'],
    ['deplores', 'the attacks on the convoy'],
  ];
  it.each(cases)('%s %s → condemns', (verb, words) => {
    expect(stanceOf(reporting(verb), words, REPORTED)).toBe('condemns');
  });
  it('leaves a verb that only shares letters alone: "explored"', () => {
    expect(stanceOf(reporting('explored'), 'ways to reopen the border crossing', REPORTED)).not.toBe('condemns');
  });
});

describe('words of blame and threat in a quotation', () => {
  /** [words, the stance]. */
  const cases: [string, Stance][] = [
    // "not acceptable" condemns as "unacceptable" does.
    ['The use of force against protesters is not acceptable', 'condemns'],
    ['This is not acceptable.', 'condemns'],
    ['Such raids are not justified by any law', 'condemns'],
    ['The offer was acceptable to both unions', 'confirms'],
    ['It is not possible to say when the talks resume', 'other'],
    ['This is not true', 'denies'],
    // People put in danger: staff, personnel and troops as well as civilians.
    ['The raids have endangered aid staff, local farmers and our partners', 'condemns'],
    ['These attacks endangered our personnel and threatened trade', 'condemns'],
    ['The storm endangered several fishing boats', 'confirms'],
    // Force held out: "not hesitate to order strikes", "will not tolerate attacks".
    ['The government would not hesitate to order further strikes', 'threatens'],
    ['We would not hesitate to direct further measures against the gangs', 'threatens'],
    ['We will not tolerate any further attacks on our fishing fleet', 'threatens'],
    ['The ministry would not hesitate to take new measures to support farmers', 'other'],
    ['The league will not tolerate racism', 'other'],
  ];
  it.each(cases)('%s → %s', (words, stance) => {
    expect(stanceOf(reporting('said'), words, QUOTED)).toBe(stance);
  });
});

describe('a call: an act expected, another side’s responsibility', () => {
  /** [words, the stance]. */
  const cases: [string, Stance][] = [
    ['We expect an immediate and complete cessation of the shelling', 'calls-for'],
    ['We expect a thorough investigation of the crash', 'calls-for'],
    ['The host state bears the responsibility to ensure the safety of diplomats', 'calls-for'],
    ['The occupying power has an obligation to protect civilians', 'calls-for'],
    // A forecast expected, the speaker's own duty and blame laid are no calls.
    ['We expect a sharp rise in prices next year', 'other'],
    ['Sylvania bears full responsibility for the war', 'condemns'],
  ];
  it.each(cases)('%s → %s', (words, stance) => {
    expect(stanceOf(reporting('said'), words, QUOTED)).toBe(stance);
  });
  it('leaves the speaker’s own duty alone', () => {
    expect(stanceOf(reporting('said'), 'We have an obligation to protect our citizens', QUOTED)).not.toBe('calls-for');
  });
});

describe('a promise: rights kept on a condition, the own side’s support', () => {
  /** [words, the stance, who speaks]. */
  const cases: [string, Stance, StanceSpeaker][] = [
    ['that their rights would be guaranteed if they stay', 'pledges', REPORTED],
    ['that their homes will be protected if they return', 'pledges', REPORTED],
    ['that their rights will be violated if they stay', 'warns', REPORTED],
    ['Freedonia fully supports the talks', 'pledges', OWN_SIDE],
    ['Freedonia supported the talks last year', 'confirms', OWN_SIDE],
    ['Sylvania supports the rebels', 'confirms', REPORTED],
  ];
  it.each(cases)('%s → %s', (words, stance, speaker) => {
    expect(stanceOf(reporting('said'), words, speaker)).toBe(stance);
  });
});

describe('words called false with a verb: "distorts the facts"', () => {
  /** [words, the stance]. */
  const cases: [string, Stance][] = [
    ['The commission’s statement deliberately distorts the realities', 'denies'],
    ['Their report misrepresents the facts of the dispute', 'denies'],
    ['The opposition is twisting the truth about the vote', 'denies'],
    // A thing distorted or twisted, not words called false.
    ['The old lens distorts the image at the edges', 'confirms'],
    ['The heat twisted the rails near the station', 'confirms'],
    ['High inflation distorted the quarterly figures', 'confirms'],
  ];
  it.each(cases)('%s → %s', (words, stance) => {
    expect(stanceOf(reporting('said'), words, QUOTED)).toBe(stance);
  });
});

describe('a response that answers a need is no threat', () => {
  /** [words, the stance]. */
  const cases: [string, Stance][] = [
    ['Our agencies will respond to the needs of the families.', 'other'],
    ['The ministry will respond to questions from reporters.', 'other'],
    ['We will respond to the humanitarian crisis with aid.', 'pledges'],
    // A response to an attack or an aggression still threatens.
    ['We will respond to any attack on our ships.', 'threatens'],
    ['Freedonia will respond to this aggression.', 'threatens'],
    ['We will respond with force.', 'threatens'],
  ];
  it.each(cases)('%s → %s', (words, stance) => {
    expect(stanceOf({ verb: null, negated: false, denial: false }, words, QUOTED)).toBe(stance);
  });
});
