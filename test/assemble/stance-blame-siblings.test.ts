import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * Verbs and nouns of blame that do what "criticised" and "condemned" do: "complained about", "protested",
 * "lambasted", "rebuked", "voiced his grievance with"; and a side's armed units named by the usual label
 * ("illegal military units"), which names them and blames no one, as "illegal armed groups" does.
 */

/** A side's spokesperson, in reported words. */
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };
/** A side's own words, quoted. */
const QUOTED: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };

const reporting = (verb: string) => ({ verb, negated: false, denial: false });

describe('a verb of blame', () => {
  /** [reporting verb, words]. */
  const cases: [string, string][] = [
    ['complained', 'about a motion passed by the regional assembly calling for new tariffs on Fredonian steel'],
    ['complained', 'that the inspectors had been kept waiting at the border for two days'],
    ['protested', 'the detention of its fishermen by the Sylvanian coast guard'],
    ['lambasted', 'the ministry for the delays in paying the farmers'],
    ['rebuked', 'the mayor for closing the market without notice'],
    ['castigated', 'the board over the cuts to the rail service'],
  ];
  it.each(cases)('%s %s → condemns', (verb, words) => {
    expect(stanceOf(reporting(verb), words, REPORTED)).toBe('condemns');
  });
  it('leaves verbs that only share letters alone: "protected", "berthed"', () => {
    expect(stanceOf(reporting('protected'), 'the convoy on its way to the port', REPORTED)).not.toBe('condemns');
    expect(stanceOf(reporting('berthed'), 'at the northern quay on Monday', REPORTED)).not.toBe('condemns');
  });
});

describe('a grievance or a complaint voiced', () => {
  /** [reporting verb, words, the stance]. */
  const cases: [string, string, Stance][] = [
    ['voiced', 'his grievance with the council over the new parking rules', 'condemns'],
    ['expressed', 'strong dissatisfaction with the pace of the repairs', 'condemns'],
    ['voiced', 'complaints about the handling of the flood relief', 'condemns'],
    // Not blame: the feelings of support and of hope keep their own stance.
    ['voiced', 'support for the new trade corridor', 'pledges'],
    ['expressed', 'hope for a swift recovery', 'other'],
  ];
  it.each(cases)('%s %s → %s', (verb, words, stance) => {
    const shown = stanceOf(reporting(verb), words, REPORTED);
    if (stance === 'other') expect(shown).not.toBe('condemns');
    else expect(shown).toBe(stance);
  });
});

describe('"illegal military units": a label for a side’s units', () => {
  /** [words, the stance]. */
  const cases: [string, Stance][] = [
    ['The province has restored order and disarmed illegal military units in the hills', 'confirms'],
    ['Illegal paramilitary groups left the valley overnight', 'confirms'],
    // An illegal act still condemns.
    ['Illegal military units shelled the town, a flagrant breach of the truce', 'condemns'],
    ['The blockade of the port is illegal and must end', 'calls-for'],
  ];
  it.each(cases)('%s → %s', (words, stance) => {
    expect(stanceOf(reporting('said'), words, QUOTED)).toBe(stance);
  });
});
