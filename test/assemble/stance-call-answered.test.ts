import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/** A side's spokesperson, in reported words. */
const SIDE: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };
/** A side's own words, quoted. */
const QUOTED: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };

describe('a call made by phone, or another’s call answered, is no call', () => {
  /** [reporting verb, words, who speaks, the stance]. */
  const cases: [string, string, StanceSpeaker, Stance][] = [
    // "call on", "call for" as a noun: a telephone call, or a call someone answered, told.
    ['said', "Berg sought Sylvania's cooperation on the prisoners during a telephone call on Monday with his counterpart", SIDE, 'confirms'],
    ['said', 'the two leaders discussed the border in a phone call on Friday', SIDE, 'confirms'],
    ['added', 'Two destroyers responded to the call for help, and the tanker was towed to port', SIDE, 'confirms'],
    ['said', 'the coast guard answered a distress call for assistance from the ferry', SIDE, 'confirms'],
    ['said', 'the protesters heeded calls for calm and went home', SIDE, 'confirms'],
    ['said', 'in response to calls for help, the army sent trucks of water', SIDE, 'confirms'],
    // The speaker's own call, or a call renewed by the verb, still calls.
    ['said', 'We renew our call for a ceasefire', QUOTED, 'calls-for'],
    ['reiterating', 'a call for an end to attacks on shipping', SIDE, 'calls-for'],
    ['said', 'we are calling on all parties to stop the fighting', QUOTED, 'calls-for'],
    ['said', 'The United Nations calls on both sides to respect the truce', QUOTED, 'calls-for'],
  ];
  it.each(cases)('%s %s', (verb, words, speaker, stance) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, speaker)).toBe(stance);
  });
});
