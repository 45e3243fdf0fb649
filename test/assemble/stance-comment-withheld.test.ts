import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A comment withheld in the speaker's own words ("I will not comment", "we do not intend to comment", "we
 * have no comment") leaves the matter open, as "declined to comment" does: unconfirmed, not a promise.
 */
describe('a comment withheld in the speaker’s own words', () => {
  /** [words reported with "said" by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['I will not comment on the minister’s decision', 'unconfirmed'],
    ['we do not intend to comment publicly, we will raise it with them directly', 'unconfirmed'],
    ['the ministry has no further comment on the incident', 'unconfirmed'],
    ['we cannot comment on operational matters', 'unconfirmed'],
    // A comment made, or one promised, is not withheld.
    ['the commentary was published on Monday', 'confirms'],
    ['the minister made no comment on the strike', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});

/** The stance of a side's own quoted `words`, said with `verb`. */
function quotedBySide(verb: string, words: string): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true });
}

describe('a comment withheld as inappropriate or premature leaves the matter open, as “will not comment” does', () => {
  /** [the verb, the words, the stance]. */
  const cases: [string, string, Stance][] = [
    ['said', 'It is probably inappropriate for us to comment on this every time. We will not do so.', 'unconfirmed'],
    ['said', 'It is too early to comment on the cause of the blast.', 'unconfirmed'],
    ['said', 'It would be premature to comment on the findings of the inquiry.', 'unconfirmed'],
    ['said', 'It is not appropriate for me to comment on the talks in Marsh City.', 'unconfirmed'],
    ['said', 'It would be inappropriate for the ministry to publicly comment on the case.', 'unconfirmed'],
    // Something else judged inappropriate or early, or a comment judged.
    ['said', 'It is inappropriate to attack civilians in their homes.', 'other'],
    ['said', 'His comment on the talks was inappropriate.', 'other'],
    ['said', 'It is too early to celebrate the truce.', 'confirms'],
    ['said', 'We commented on the report on Monday.', 'confirms'],
    ['said', 'It is premature to speak of a victory in the valley.', 'other'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(quotedBySide(verb, words)).toBe(stance);
  });
});
