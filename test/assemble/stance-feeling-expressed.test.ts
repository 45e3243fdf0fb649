import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

describe('pride or joy expressed', () => {
  /** [words after "expressed", the stance]. */
  const cases: [string, Stance][] = [
    ['pride in the successful conclusion of the operation', 'other'],
    ['his joy at the release of the hostages', 'other'],
    ['pleasure at the outcome of the talks', 'other'],
    // Other feelings keep their stance.
    ['concern over the fighting near the border', 'warns'],
    ['support for the peace plan', 'pledges'],
  ];
  it.each(cases)('expressed %s', (words, stance) => {
    expect(stanceOf({ verb: 'expressed', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(stance);
  });
});

describe('a thing called a source of pride', () => {
  /** [the reported words, the stance]. */
  const cases: [string, Stance][] = [
    ["that the team's success in the final was a source of pride for the city", 'other'],
    ['the new bridge is a great source of joy for the villagers', 'other'],
    // A source of a thing, or of a danger, is not a feeling.
    ['the river was a source of drinking water for the town', 'confirms'],
  ];
  it.each(cases)('said %s', (words, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(stance);
  });
});

describe('a speech act named after a verb that restates it', () => {
  /** [the verb, the words after it, the stance]. */
  const cases: [string, string, Stance][] = [
    ['reiterated', 'her “strong concern” over the situation in the valley', 'warns'],
    ['reiterated', 'threats to attack Sylvanian warships in the strait', 'threatens'],
    ['renewed', 'calls for talks between Freedonia and Sylvania', 'calls-for'],
    ['repeated', 'its demands for the release of the crew', 'calls-for'],
    ['voiced', 'threats against the Freedonian fleet', 'threatens'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(stance);
  });
  /** A danger or a thing named, not a speech act: [the verb, the words after it, the stance it must not take]. */
  const nearMisses: [string, string, Stance][] = [
    ['reiterated', 'the threat to shipping in the strait', 'threatens'],
    ['repeated', 'the call signs of the three ships', 'calls-for'],
    ['renewed', 'the lease on the port for ten years', 'calls-for'],
    ['reiterated', 'that the threats against the crew had stopped', 'threatens'],
    ['raised', 'the calls made by the crew on Monday', 'calls-for'],
  ];
  it.each(nearMisses)('%s %s', (verb, words, stance) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).not.toBe(stance);
  });
});
