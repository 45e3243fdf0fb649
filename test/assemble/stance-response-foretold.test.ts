import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` (or of `quote` inside them) told by a side with `verb`. */
function told(verb: string, words: string, quote: string | null = null): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true }, quote);
}

describe('the side’s own response foretold, and its course kept', () => {
  /** [the verb, the words, the quote inside them or null, the stance]. */
  const cases: [string, string, string | null, Stance][] = [
    ['told', 'there were no injuries, but that there would be a “firm, strong and effective response”', 'firm, strong and effective response', 'threatens'],
    ['said', 'there will be an appropriate military response to this provocation', null, 'threatens'],
    ['warned', 'there would be a swift and decisive reply', null, 'threatens'],
    ['announced', 'the raids would not dissuade Sylvania from its support for the rebels', null, 'threatens'],
    ['added', 'the sanctions, which it called “illegal”, would not deter the government from its course', null, 'threatens'],
    // Each content of "A, but that B" keeps its own clause's stance.
    ['told', 'there were no injuries, but that there would be a “firm response”', null, 'confirms'],
    // Help or answers foretold, and a hindrance that is no one's force, threaten nothing.
    ['said', 'there will be a coordinated humanitarian response', null, 'other'],
    ['said', 'there would be a response to the letter next week', null, 'confirms'],
    ['said', 'the rain would not stop the fans from coming', null, 'other'],
  ];
  it.each(cases)('%s: %s', (verb, words, quote, stance) => {
    expect(told(verb, words, quote)).toBe(stance);
  });
});
