import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { leadingClause } from '../../src/lib/assemble/stance/clause.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * Statements that leave the matter open (`unconfirmed`) against those that, beside the doubt, deny the
 * claim or warn of a danger: each table holds sentences of one class, with look-alikes the rule must
 * leave alone.
 */

/** The stance of `words` reported with `verb`. */
const stance = (verb: string, words: string): Stance => stanceOf({ verb, negated: false, denial: false }, words);

describe('a claim called false beside the evidence missing', () => {
  /** [reporting verb, words, the stance]. */
  const cases: [string, string, Stance][] = [
    ['asserted', 'that no evidence of the landing has been presented and that the Sylvanian claims are nothing but propaganda', 'denies'],
    ['said', 'there is no evidence of it, and the reports are false', 'denies'],
    ['said', 'no proof had been shown and that the Freedonia/Sylvania allegations were nothing but a fabricated story', 'denies'],
    // The evidence missing alone leaves it open.
    ['said', 'there is no evidence yet of casualties among the crews', 'unconfirmed'],
    ['said', 'we have no evidence that the claims are true', 'unconfirmed'],
  ];
  it.each(cases)('%s %s', (verb, words, expected) => {
    expect(stance(verb, words)).toBe(expected);
  });
});

describe('"nothing but", "all but": a "but" that excepts does not end the clause', () => {
  const cases: [string, string][] = [
    ['the reports are nothing but propaganda', 'the reports are nothing but propaganda'],
    ['the port was all but destroyed', 'the port was all but destroyed'],
    // A "but" that turns still ends it.
    ['the port was hit, but the crews are safe', 'the port was hit'],
    ['the boats left but returned at dawn', 'the boats left'],
  ];
  it.each(cases)('%s', (words, clause) => {
    expect(leadingClause(words)).toBe(clause);
  });
});

describe('a doubt conceded, then a danger flagged after "but"', () => {
  const cases: [string, string, Stance][] = [
    ['added', 'We do not yet know whether these sailors will sail into the strait, but this is certainly a highly concerning probability', 'warns'],
    ['said', 'We cannot confirm the reports, but this is a deeply worrying development', 'warns'],
    ['said', 'It is not yet clear who fired, but the risk to shipping is serious', 'warns'],
    // A "but" that turns to no danger, or a danger in a sentence of its own, leaves the doubt.
    ['said', 'We cannot confirm it, but we are looking into it', 'unconfirmed'],
    ['said', 'We cannot confirm it, but the talks will go ahead', 'unconfirmed'],
    ['said', 'We cannot confirm the strike. The risk to shipping remains high', 'unconfirmed'],
  ];
  it.each(cases)('%s %s', (verb, words, expected) => {
    expect(stance(verb, words)).toBe(expected);
  });
});

describe('a matter still being looked at: "the exact number is still being evaluated"', () => {
  const cases: [string, Stance][] = [
    ['The exact number of boats is still being evaluated', 'unconfirmed'],
    ['the cause of the fire is still being investigated', 'unconfirmed'],
    ['the ministry is still evaluating the damage to the port', 'unconfirmed'],
    ['the toll is still being determined', 'unconfirmed'],
    // What was looked at and found, or a thing still going on, is told.
    ['The damage was evaluated at two million dollars', 'confirms'],
    ['the boats are still being loaded at the port', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stance('reported', words)).toBe(expected);
  });
});

describe('no sign seen yet: "has yet to detect signs of …"', () => {
  const cases: [string, Stance][] = [
    ['The spy agency has yet to detect signs of another deployment by Sylvania', 'unconfirmed'],
    ['the navy is yet to find any evidence of mines in the strait', 'unconfirmed'],
    ['Monitors have yet to see signs of a withdrawal', 'unconfirmed'],
    ['the agency has not yet detected any signs of a second convoy', 'unconfirmed'],
    // A sign detected, or an act yet to come that is not a finding, is no doubt.
    ['The spy agency detected signs of another deployment', 'confirms'],
    ['Sylvania has yet to pay the crews', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stance('said', words)).toBe(expected);
  });
});
