import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A date inside a relative clause on the subject dates the subject, not what the clause foretells: "the ban,
 * which came into force on Friday, will not affect the aid" and "the envoy who arrived on Monday will meet
 * the families" foretell on no set date, `other`. A date the clause gives to what will happen still sets it,
 * and what is set is told, `confirms`.
 */
describe('a date in a relative clause on the subject of a forecast', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['The designation, which came into force on Friday, will not affect the deliveries of aid', 'other'],
    ['the envoy who arrived on Monday will meet the families of the crew', 'other'],
    ['the ferry, which was hit on Sunday, will be towed to Fredonburg', 'other'],
    ['the minister who took office on 3 March will visit Marsh City', 'other'],
    // A date of what will happen: set, told.
    ['the talks, which were put off, will resume on Monday', 'confirms'],
    ['the envoy who arrived yesterday will meet the families on Thursday', 'confirms'],
    ['the ferry will be towed to Fredonburg on Sunday', 'confirms'],
    ['the minister will visit Marsh City next week', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
