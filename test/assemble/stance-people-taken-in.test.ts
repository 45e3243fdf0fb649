import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/** A side's own words, quoted. */
const QUOTED: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };
/** A side's words, reported by the writer. */
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };

function stance(verb: string, words: string, speaker: StanceSpeaker): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, speaker);
}

describe('a side offering to take in the displaced, its kin or compatriots', () => {
  /** [reporting verb, words, who speaks]: each a pledge. */
  const fires: [string, string, StanceSpeaker][] = [
    ['stressed', 'The government will receive our brothers and sisters from Marsh City with full care', QUOTED],
    ['said', 'The government will, with the greatest care, welcome our sisters and brothers from the valley', QUOTED],
    ['said', 'it would take in the displaced from the border villages', REPORTED],
    ['said', 'We will shelter our compatriots who fled Fredonburg', QUOTED],
    ['said', 'the country will admit all evacuees from the coast', REPORTED],
  ];
  it.each(fires)('%s %s', (verb, words, speaker) => {
    expect(stance(verb, words, speaker)).toBe('pledges');
  });

  /** Near misses: a meeting, what befalls the people, a hospital's patients, another side's acceptance. */
  const misses: [string, string, StanceSpeaker][] = [
    ['said', 'The government will receive a delegation from Freedonia', QUOTED],
    ['said', 'The displaced will receive aid from the Ostmark agency', REPORTED],
    ['said', 'the hospital will receive the wounded brothers', REPORTED],
    ['said', 'Sylvania would accept all the displaced if they applied', REPORTED],
    ['said', 'the families were received by relatives in Marsh City', REPORTED],
  ];
  it.each(misses)('does not read %s "%s" as a pledge', (verb, words, speaker) => {
    expect(stance(verb, words, speaker)).not.toBe('pledges');
  });
});
