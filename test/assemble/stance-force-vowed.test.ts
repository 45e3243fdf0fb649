import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` reported of a side with `verb`. */
function reported(verb: string, words: string): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
}

describe('a vow in the words of a threat', () => {
  /** [the verb, the words reported, the stance]. */
  const cases: [string, string, Stance][] = [
    ['vowed', 'the group would continue blocking ships heading to the port', 'threatens'],
    ['vowed', 'the movement would continue to prevent vessels from passing', 'threatens'],
    ['pledged', 'the attack would not go unanswered', 'threatens'],
    // Help, justice or restraint vowed is a pledge.
    ['vowed', 'its forces would protect the civilians in the valley', 'pledges'],
    ['vowed', 'those responsible would be brought to justice', 'pledges'],
    ['pledged', 'the country would continue to send aid to the refugees', 'pledges'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(reported(verb, words)).toBe(stance);
  });
});

describe('a vow to weigh the speaker’s own response (corpus README, thirty-second batch)', () => {
  /** [the verb, the words reported, the stance]. */
  const cases: [string, string, Stance][] = [
    ['vowed', 'to “consider all appropriate responses” in the wake of the raids on its bases', 'threatens'],
    ['vowed', 'to weigh every possible response', 'threatens'],
    ['pledged', 'to examine all military options after the shelling', 'threatens'],
    ['said', 'it would consider all necessary responses', 'threatens'],
    // Help weighed, a course of any kind, or responses that are not the speaker's force, are pledges.
    ['pledged', 'to consider all options to help the refugees', 'pledges'],
    ['vowed', 'to consider all options after the flood', 'pledges'],
    ['vowed', 'to consider all appropriate responses to the flood', 'pledges'],
    ['promised', 'to consider the responses of the survey', 'pledges'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(reported(verb, words)).toBe(stance);
  });
});
