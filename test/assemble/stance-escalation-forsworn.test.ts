import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * An escalation said to be kept out of an act ("would act responsibly without escalating tensions", "the
 * talks ended without any escalation") flags no danger. An escalation told or foretold still warns.
 */
describe('an escalation forsworn', () => {
  /** [words reported with "said" by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['the government would act responsibly without escalating tensions', 'pledges'],
    ['the talks ended without any escalation', 'confirms'],
    ['the border stayed calm overnight without further escalation', 'confirms'],
    // An escalation told or foretold: still a danger.
    ['tensions are escalating in the strait', 'warns'],
    ['the crisis could escalate without urgent talks', 'warns'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
