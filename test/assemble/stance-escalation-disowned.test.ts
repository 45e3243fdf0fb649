import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/** A side's words, reported by the writer. */
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };
/** A side's own words, quoted. */
const QUOTED: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };

/** [reporting verb, words, who speaks, the stance]. */
type Case = [string, string, StanceSpeaker, Stance];

function stance([verb, words, speaker]: Case): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, speaker);
}

describe('an escalation disowned', () => {
  const cases: Case[] = [
    ['added', 'that neither Marsh City nor Fredonburg seeks an escalation in the region', REPORTED, 'confirms'],
    ['said', 'We do not seek any escalation with our neighbours', QUOTED, 'confirms'],
    // Not interested in an escalation: a wish disowned, which flags no danger and tells nothing.
    ['said', 'Sylvania is not interested in military escalation', REPORTED, 'other'],
    ['said', 'Sylvania is not interested in military escalation and has proposed mechanisms to exclude such risks', REPORTED, 'other'],
    ['said', 'the port authority has no interest in a confrontation with the union', REPORTED, 'other'],
    // Acting to keep a danger out promises nothing dangerous.
    ['said', 'we want to avoid the risk of war', QUOTED, 'other'],
    ['said', 'the league had proposed mechanisms to exclude such risks', REPORTED, 'confirms'],
    ['said', 'the coastguard is working to prevent any escalation at sea', REPORTED, 'confirms'],
    // An escalation wanted or named as a danger is still flagged.
    ['said', 'the rebels are interested in escalation', REPORTED, 'warns'],
    ['said', 'the shelling risks a wider escalation', REPORTED, 'warns'],
    ['said', 'They want escalation', QUOTED, 'warns'],
    ['said', 'The escalation in the region is dangerous', QUOTED, 'warns'],
  ];
  it.each(cases)('%s %s', (...c) => {
    expect(stance(c)).toBe(c[3]);
  });
});
