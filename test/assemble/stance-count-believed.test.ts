import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

describe('a count the speaker believes', () => {
  /** [verb, reported words, the stance]. */
  const cases: [string, string, Stance][] = [
    ['told reporters', 'that they thought at least 1,200 of the 9,000 miners had been trapped', 'confirms'],
    ['said', 'it believes 40 people died in the flooding', 'confirms'],
    ['said', 'she believed about 300 houses had been destroyed', 'confirms'],
    // A belief that counts nothing, or a year, stays an opinion or a forecast.
    ['said', 'he thought the talks would fail', 'other'],
    ['said', 'they believe 2030 will bring a recovery', 'other'],
    ['said', 'she believed the ferry had been overloaded', 'other'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(stance);
  });
});

describe('a count believed with no one owning the belief, or a party’s plan believed with a count', () => {
  /** [verb, reported words, the stance]. */
  const cases: [string, string, Stance][] = [
    ['According to', 'it is believed that at least 1,000 of the 11,000 miners have been trapped', 'confirms'],
    ['said', 'it is thought that 40 people died in the flooding', 'confirms'],
    ['stated', 'the agency believes Sylvania plans to deploy an additional 6,000 soldiers and engineers', 'confirms'],
    ['said', 'the ministry estimates the North will send 3,000 more', 'confirms'],
    // A belief no one owns that counts nothing, a plan believed with no count, and a year are opinions or forecasts.
    ['adding', 'it is believed that this drone came from the hills', 'other'],
    ['said', 'it is believed that 2030 will bring a recovery', 'other'],
    ['said', 'he believes Sylvania plans to hold talks', 'other'],
    ['said', 'she thinks Freedonia will hold elections in 2030', 'other'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(stance);
  });
});

describe('a count suggested as done', () => {
  /** [verb, reported words, the stance]. */
  const cases: [string, string, Stance][] = [
    ['suggest', 'Sylvania dispatched over 10,000 soldiers last year to support its ally', 'confirms'],
    ['suggest', 'the North has deployed between 11,000 and 20,000 troops', 'confirms'],
    ['suggested', 'the storm damaged about 300 homes', 'confirms'],
    // A hedged count, no count, or a year leave the suggestion a guess.
    ['suggest', 'the North may have sent 3,000 more troops', 'other'],
    ['suggest', 'Sylvania is seeking closer ties with Freedonia', 'other'],
    ['suggested', 'the talks failed in 2019', 'other'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(stance);
  });
});
