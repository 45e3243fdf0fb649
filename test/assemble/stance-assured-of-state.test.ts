import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * "assured that" before a state or a happening told, with nothing promised ("assured that the harbour's
 * pumps are insufficient and help is urgently needed", "assured reporters that the fire had been put
 * out"), uses "assure" as "affirm": the words decide. A promise or a reassurance of safety after it
 * ("assured that the aid would arrive", "assured them it is willing to help") still pledges.
 */
describe('assured of a state, not a promise', () => {
  /** [the verb, the words it reports, the stance]. */
  const cases: [string, string, Stance][] = [
    ['assured', 'reporters that the fire in the depot had been put out by the morning', 'confirms'],
    ['assured', 'through his channel that “the clinics of the valley are insufficient and it is urgent to fly the wounded out”', 'calls-for'],
    ['assures', 'that the region’s reservoirs are full after the spring rains', 'confirms'],
    // A promise, a reassurance of safety, a noun object: still a pledge.
    ['assured', 'that the aid would reach the valley before the winter', 'pledges'],
    ['assured', 'his counterpart that Sylvania is willing to take in the refugees', 'pledges'],
    ['assured', 'the villagers that they are safe in their homes', 'pledges'],
    ['assured', 'Freedonia of its full support', 'pledges'],
  ];
  it.each(cases)('%s %s', (verb, words, expected) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
