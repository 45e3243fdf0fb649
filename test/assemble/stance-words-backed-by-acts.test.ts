import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` reported of a side with `verb`. */
function reported(verb: string, words: string, quote: string | null = null): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true }, quote);
}

describe('a side’s words held ready to be backed by acts threaten, as “watch this space” does', () => {
  /** [the verb, the words reported, the words quoted inside them or null, the stance]. */
  const cases: [string, string, string | null, Stance][] = [
    ['warned', 'the government is prepared to back our words with actions', null, 'threatens'],
    ['vowed', 'that Freedonia was prepared to “back our words with actions”', 'back our words with actions', 'threatens'],
    ['said', 'Freedonia stands ready to back its words with deeds', null, 'threatens'],
    ['said', 'we are ready to back up our words with firm actions', null, 'threatens'],
    ['vowed', 'to back its words with action if the raids go on', null, 'threatens'],
    ['warned', 'Sylvania would back its words with action', null, 'threatens'],
    // A call, a thing told, help named, or others' duty: no action of the speaker's held out.
    ['said', 'Sylvania must back its words with actions', null, 'calls-for'],
    ['urged', 'Sylvania to back its words with actions', null, 'calls-for'],
    ['said', 'the donors should back their words with deeds', null, 'calls-for'],
    ['said', 'Freedonia had backed its words with deeds by sending aid', null, 'confirms'],
    ['vowed', 'to back their words with aid for the refugees', null, 'pledges'],
    ['warned', 'the words of the envoy were backed by no one in the council', null, 'warns'],
  ];
  it.each(cases)('%s %s', (verb, words, quote, stance) => {
    expect(reported(verb, words, quote)).toBe(stance);
  });
});
