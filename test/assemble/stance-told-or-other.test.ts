import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * What is affirmed as so (`confirms`) against what is explained or described (`other`): each table
 * holds sentences of one class, with look-alikes the rule must leave alone.
 */

/** A side's own words, quoted; a side's spokesperson, in reported words. */
const QUOTED: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };
const SIDE: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };

describe('an explanation that gives no count', () => {
  /** [reporting verb, words, who speaks, the stance]. */
  const cases: [string, string, StanceSpeaker, Stance][] = [
    // An ordinal is no count: the verb of explaining decides.
    ['explaining', '“Their unpreparedness for 21st-century warfare”', QUOTED, 'other'],
    ['explained', 'that the 3rd brigade had withdrawn from the town', SIDE, 'other'],
    ['explained', 'why the 2nd round of talks had failed', SIDE, 'other'],
    // A count explained is reported: the words decide.
    ['explained', 'The number of injured exceeds 400 people.', QUOTED, 'confirms'],
    ['explained', 'that 1,200 people had left the town', SIDE, 'confirms'],
  ];
  it.each(cases)('%s %s', (verb, words, speaker, stance) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, speaker)).toBe(stance);
  });
});

describe('what the speaker says they know', () => {
  /** A named person or body that speaks for no government: a witness, a rescue company. */
  const WITNESS: StanceSpeaker = { forThemselves: true, reported: false };
  /** [words, the stance]. */
  const cases: [string, Stance][] = [
    // Knowledge claimed of what is or was affirms it, even from a witness.
    ['We know she was taking in water', 'confirms'],
    ['We know the bridge was hit twice', 'confirms'],
    ['I know that they were there', 'confirms'],
    // A manner, a doubt, an acquaintance or a forecast is not knowledge of a happening.
    ['I know how hard it is for the families', 'other'],
    ["We don't know whether the crew survived", 'unconfirmed'],
    ['We know each other from school', 'other'],
    ['We know the area well', 'other'],
    ['We know that the talks will resume', 'other'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, WITNESS)).toBe(stance);
  });
});

describe('a wish to tell, at the head of the words', () => {
  /** [words, the stance]. */
  const cases: [string, Stance][] = [
    // "I want to note (that) …" does what it says: what follows is told.
    ['I want to note that our troops have left the town', 'confirms'],
    ['I want specially to note the participation of the volunteers, who rendered considerable assistance in clearing the port', 'confirms'],
    ['We want to stress that the border is open', 'confirms'],
    ['I want to say we will stand with you', 'pledges'],
    // "wish to", "would like to", "'d like to" as "want to"; "reiterate" as "note".
    ['I wish to reiterate that Freedonia is determined to reintegrate the islanders as equal citizens', 'pledges'],
    ['I would like to emphasise that our troops have left the town', 'confirms'],
    ['We’d like to reiterate that the border is open', 'confirms'],
    ['I would like to stress that we will stand with the islanders', 'pledges'],
    // A wish of another kind, or thanks, is no telling.
    ['I want to go home', 'other'],
    ['I want to thank our soldiers for their courage', 'other'],
    ['I would like to thank the crews for their courage', 'other'],
    ['I wish to see the islanders return to their homes', 'other'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, QUOTED)).toBe(stance);
  });
});

describe('comradeship praised', () => {
  /** [words, the stance]. */
  const cases: [string, Stance][] = [
    // Camaraderie is praise, like courage and friendship: it affirms nothing at issue.
    ['The allied crews acted with true camaraderie', 'other'],
    ['the volunteers showed great camaraderie under fire', 'other'],
    // Acts told without praise are affirmed.
    ['the volunteers worked together in the harbour', 'confirms'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, SIDE)).toBe(stance);
  });
});

describe('evidence cited by an analyst', () => {
  /** An analyst of no side, quoted. */
  const ANALYST: StanceSpeaker = { forThemselves: false, reported: false, assesses: true };
  /** [words, the stance]. */
  const cases: [string, Stance][] = [
    // Evidence that shows what the clause tells affirms it, whoever cites it.
    ['Satellite imagery shows a personnel carrier arriving at the port in May.', 'confirms'],
    ['The data showed that shipping traffic through the strait fell by half in January.', 'confirms'],
    ['There is clear evidence that the missiles came from the north.', 'confirms'],
    ['The images suggest the port was hit.', 'confirms'],
    // An analyst's own reading, a hedge or a lack of evidence is no affirmation.
    ['The convoy arrived at the port in May.', 'other'],
    ['The images may suggest the port was hit.', 'other'],
    ['There is no evidence that the missiles came from the north.', 'unconfirmed'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, ANALYST)).toBe(stance);
  });
});
