import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/** A side's words, reported by the writer. */
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };
/** A private person's words, reported. */
const PERSON: StanceSpeaker = { forThemselves: true, reported: true };

/** [reporting verb, words, who speaks, the stance]. */
type Case = [string, string, StanceSpeaker, Stance];

function stance([verb, words, speaker]: Case): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, speaker);
}

describe('a side’s own request, told by the writer', () => {
  const cases: Case[] = [
    ['revealed', 'that she had requested the bloc’s top diplomat to expand the observation mission', REPORTED, 'calls-for'],
    ['said', 'it had asked the UN to send observers to the border', REPORTED, 'calls-for'],
    // A question told, a request made of the speaker, a private person's story.
    ['said', 'she had asked him where he was', REPORTED, 'confirms'],
    ['said', 'he had been asked to leave the talks', REPORTED, 'confirms'],
    ['said', 'they asked the crew to leave', PERSON, 'other'],
  ];
  it.each(cases)('%s %s', (...c) => {
    expect(stance(c)).toBe(c[3]);
  });
});
