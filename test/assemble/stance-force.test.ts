import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * Force promised (`threatens`) against force forsworn or no force at all (`pledges`): each table holds
 * sentences of one class, with look-alikes the rule must leave alone.
 */

/** A side's spokesperson, in reported words. */
const SIDE: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };
/** A side's own words, quoted. */
const QUOTED: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };

describe('a promise of restraint', () => {
  /** [reporting verb, words, who speaks, the stance]. */
  const cases: [string | null, string, StanceSpeaker, Stance][] = [
    // The undertaking is not to use force: a pledge, whatever force it names.
    ['pledged', 'not to attack civilian targets', SIDE, 'pledges'],
    ['pledged', 'not to strike residential areas', SIDE, 'pledges'],
    ['promised', 'not to retaliate against the strikers', SIDE, 'pledges'],
    ['vowed', 'never to target journalists again', SIDE, 'pledges'],
    [null, 'We will never target civilians.', QUOTED, 'pledges'],
    // Force promised, held out or kept up is still a threat.
    ['pledged', "to attack the rebels' bases", SIDE, 'threatens'],
    ['pledged', 'not to hesitate to strike back', SIDE, 'threatens'],
    ['vowed', 'not to attack civilians and to hit the targets of the rebels', SIDE, 'threatens'],
    [null, 'We will strike their bases and never target civilians.', QUOTED, 'threatens'],
  ];
  it.each(cases)('%s %s', (verb, words, speaker, stance) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, speaker)).toBe(stance);
  });
});

describe('attacks to be carried out, promised', () => {
  /** [reporting verb, words, the stance]. */
  const cases: [string, string, Stance][] = [
    // Attacks the speaker's side will carry out, conduct, launch or mount: force promised.
    ['vowed', 'that the militia will carry out drone and missile attacks on ships in the strait', 'threatens'],
    ['pledged', "to conduct more air strikes on the group's bases", 'threatens'],
    ['vowed', 'to launch fresh raids on the camps', 'threatens'],
    ['promised', 'that the army would mount new assaults in the spring', 'threatens'],
    // What is carried out about attacks, or an operation of another kind, is no force.
    ['vowed', 'to carry out a thorough investigation of the attacks', 'pledges'],
    ['promised', 'it would conduct investigations into attacks on aid workers', 'pledges'],
    ['vowed', 'to stage protests after the attacks', 'pledges'],
    ['pledged', 'to carry out rescue operations', 'pledges'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, SIDE)).toBe(stance);
  });
});

describe('force kept up until the other side yields', () => {
  /** [words, who speaks, whether it threatens]. */
  const cases: [string, StanceSpeaker, boolean][] = [
    // The speaker's side's operations, strikes or attacks go on until a condition is met: a threat.
    ['The armed forces affirm that their military operations against the enemy will continue until its aggression ceases', QUOTED, true],
    ['Our strikes will continue until the blockade is lifted.', QUOTED, true],
    ['its attacks on shipping would not stop unless the siege ended', SIDE, true],
    // Unowned operations against a side that open the clause are the speaker's side's, as "the operations against" are.
    ['Operations against enemy vessels in the strait will continue “until the aggression ceases” in the valley', SIDE, true],
    ['Strikes against the rebel bases will go on until they lay down their arms.', QUOTED, true],
    // Another side's operations, named by its people, are not the speaker's force.
    ['Freedonian operations against the rebels will continue until they lay down their arms', SIDE, false],
    // Talks, or relief, kept up are no force.
    ['Talks will continue until a deal is reached.', QUOTED, false],
    ['Our relief operations will continue until the crisis ends.', QUOTED, false],
    ['Their search operations will go on until every sailor is found.', SIDE, false],
  ];
  it.each(cases)('%s', (words, speaker, threatens) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, speaker) === 'threatens').toBe(threatens);
  });
});

describe('force taken as a measure: "will take all necessary military measures"', () => {
  /** [words, the stance]. */
  const cases: [string, Stance][] = [
    ['Sylvanian forces will take all necessary military measures to defend the coast', 'threatens'],
    ['the army would take appropriate military action if the border was crossed', 'threatens'],
    ['Marsh City will take further retaliatory steps', 'threatens'],
    // Measures with no force named are an undertaking; measures taken are told.
    ['the government will take all necessary measures to protect civilians', 'pledges'],
    ['the ministry will take all necessary steps to help the families', 'pledges'],
    ['Freedonia took military measures last week', 'confirms'],
  ];
  it.each(cases)('%s → %s', (words, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, SIDE)).toBe(stance);
  });
});

describe('people put in danger', () => {
  /** [words, who speaks, whether it condemns]. */
  const cases: [string, StanceSpeaker, boolean][] = [
    // What puts mariners, civilians or crews in danger is blamed for it.
    ['The actions of the militia continue to endanger international mariners and disrupt the shipping lanes.', QUOTED, true],
    ['the attacks endanger civilians and aid workers', SIDE, true],
    ['the shelling had endangered families in the old town', SIDE, true],
    // Things put in danger, or danger forsworn, blame no one.
    ['the storm endangered several fishing boats', SIDE, false],
    ['We will not endanger our crews.', QUOTED, false],
  ];
  it.each(cases)('%s', (words, speaker, condemns) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, speaker) === 'condemns').toBe(condemns);
  });
});

describe('the speaker’s own response made sure of: "we will make sure we respond"', () => {
  /** [words, the stance]. */
  const cases: [string, Stance][] = [
    ['We will make sure we respond to the militia if they keep firing on the port', 'threatens'],
    ['They would make sure that they retaliate if the raids go on', 'threatens'],
    // Another's response made sure of, or help, is no threat.
    ['We will make sure the hospitals respond quickly to the outbreak', 'pledges'],
    ['The agency will make sure families receive blankets', 'other'],
  ];
  it.each(cases)('%s → %s', (words, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, QUOTED)).toBe(stance);
  });
});
