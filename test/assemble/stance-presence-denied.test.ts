import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/** A side's words, reported by the writer. */
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };
/** A side's own words, quoted. */
const QUOTED: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };
/** A private person's words, reported. */
const PERSON_REPORTED: StanceSpeaker = { forThemselves: true, reported: true };

/** [reporting verb, words, who speaks, the stance]. */
type Case = [string, string, StanceSpeaker, Stance];

function stance([verb, words, speaker]: Case): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, speaker);
}

describe('a side’s presence denied with no denial verb; a witness’s absence observed', () => {
  const cases: Case[] = [
    ['saying', 'that there were no Sylvanian units in the valley', REPORTED, 'denies'],
    ['said', 'There are no Freedonian troops on Sylvanian soil', QUOTED, 'denies'],
    // A witness observes an absence; it answers no claim (corpus README, thirtieth batch).
    ['said', 'there were no soldiers in the village', PERSON_REPORTED, 'confirms'],
    // No presence denied: details, a toll, a presence told.
    ['said', 'there were no further details about the incident', REPORTED, 'confirms'],
    ['said', 'there were no casualties among the crew', REPORTED, 'confirms'],
    ['said', 'Freedonian troops were in the valley', REPORTED, 'confirms'],
  ];
  it.each(cases)('%s %s', (...c) => {
    expect(stance(c)).toBe(c[3]);
  });
});
