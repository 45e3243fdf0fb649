import { describe, expect, it } from 'vitest';
import { stanceOf, type StanceSpeaker } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * Words of diplomatic and official copy that do what their common siblings do: "deplored" condemns as
 * "decried" does, "is not acceptable" as "unacceptable", "will not tolerate attacks" threatens as "will
 * not be tolerated". Each table holds look-alikes the rule must leave alone.
 */

/** A side's own words, quoted. */
const QUOTED: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };
/** A side's spokesperson, in reported words. */
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };

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
