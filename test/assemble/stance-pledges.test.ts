import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * Commitments (`pledges`) against what is told (`confirms`) or foretold (`other`): each table holds
 * sentences of one class, with look-alikes the rule must leave alone.
 */

/** A side's spokesperson, the media, and a report, reading words reported with "said". */
const SIDE: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };
const MEDIA: StanceSpeaker = { forThemselves: false, reported: true, forASide: false };
const REPORT: StanceSpeaker = { forThemselves: false, reported: true, forASide: true, finding: true };

describe('what a named party will give or send, told by a side', () => {
  /** [reported words, who tells them, the stance]. */
  const cases: [string, StanceSpeaker, Stance][] = [
    // A side relays the commitment of the party it deals with: the statement commits that party.
    ['Sylvania will send 2,000 engineers to rebuild the port', SIDE, 'pledges'],
    ['that Marsh City will dispatch 500 deminers as well as 1,000 builders', SIDE, 'pledges'],
    ['the North would send builders and deminers to the region', SIDE, 'pledges'],
    ['Sylvania would soon start rebuilding the bridge', SIDE, 'pledges'],
    ['Sylvania, which has backed Freedonia since the spring, will supply fuel to the islands', SIDE, 'pledges'],
    ['Sylvania will also provide field hospitals', SIDE, 'pledges'],
    ['Sylvania is set to send 6,000 personnel to assist in reconstruction', SIDE, 'pledges'],
    // The media or a report tell of the plan: they affirm it, they commit no one.
    ['Sylvania will send 2,000 engineers to rebuild the port', MEDIA, 'confirms'],
    ['Sylvania will send 2,000 engineers to rebuild the port', REPORT, 'confirms'],
    // An intention told of, a date set, a hedge or a refusal is no commitment.
    ['Sylvania plans to send 2,000 engineers', SIDE, 'confirms'],
    ['Sylvania will send its delegation on Thursday', SIDE, 'confirms'],
    // An agenda: "is set to" on a set date.
    ['Sylvania is set to send its delegation on Thursday', SIDE, 'other'],
    ['Sylvania is set to send 6,000 personnel to assist in reconstruction', MEDIA, 'other'],
    ['Sylvania will likely send more boats', SIDE, 'other'],
    ['Sylvania would not send troops', SIDE, 'other'],
  ];
  it.each(cases)('%s', (words, speaker, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, speaker)).toBe(stance);
  });
});

describe('a side that foretells, rather than gives or sends', () => {
  it.each(['Sylvania will win the war', 'Sylvania would collapse within a year', 'Sylvania will face a hard winter'])('%s', (words) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, SIDE)).not.toBe('pledges');
  });
});

describe('what befalls a side, foretold after its modal', () => {
  /** [reported words, who tells them, the stance]. */
  const cases: [string, StanceSpeaker, Stance][] = [
    // Its own needs, costs and hardships foretold: a forecast, neither promised nor planned.
    ['“We will need at least three years to rebuild the city”', SIDE, 'other'],
    ['it would take weeks to restore power to the north', SIDE, 'other'],
    ['it would take several more days to count the votes', SIDE, 'other'],
    ['the country would need years to recover from the disaster', SIDE, 'other'],
    ['the country would face a budget shortfall of 2 billion euros', SIDE, 'other'],
    ['Sylvania will need more time to count the votes', MEDIA, 'other'],
    ['Sylvania will suffer heavy losses in the winter', MEDIA, 'other'],
    // An act after the modal is still promised or planned; a later clause that befalls changes nothing.
    ['it would take all necessary measures to protect civilians', SIDE, 'pledges'],
    ['the country would take part in the donor conference', SIDE, 'pledges'],
    ['“We will send more rescuers, which will take a few days”', SIDE, 'pledges'],
    ['Sylvania will send 2,000 engineers to rebuild the port', MEDIA, 'confirms'],
  ];
  it.each(cases)('%s', (words, speaker, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, speaker)).toBe(stance);
  });
});

describe('a promise reported with "would", and support that "will continue"', () => {
  /** [reported words, who tells them, the stance]. */
  const cases: [string, StanceSpeaker, Stance][] = [
    ['Freedonia would never abandon its citizens abroad', SIDE, 'pledges'],
    ['the country would always stand by its allies', SIDE, 'pledges'],
    ['the government would remain committed to the talks', SIDE, 'pledges'],
    ['“Our support will continue for as long as it is needed”', SIDE, 'pledges'],
    ['its solidarity with the families would not waver', SIDE, 'pledges'],
    // A forecast or a condition with "would" promises nothing.
    ['prices would continue to rise', SIDE, 'other'],
    ['the deal would help the economy', SIDE, 'other'],
    ['the border would remain closed until further notice', SIDE, 'other'],
    // A need inside a condition or a time clause calls for nothing; standing alone it calls.
    ['more aid is needed in the camps', SIDE, 'calls-for'],
    ['more rescuers were still needed', SIDE, 'calls-for'],
  ];
  it.each(cases)('%s', (words, speaker, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, speaker)).toBe(stance);
  });
});

describe('care promised in the passive', () => {
  /** [reported words, the stance]. */
  const cases: [string, Stance][] = [
    ['that special measures would be taken to care for the families of the crew', 'pledges'],
    ['that their sacrifices would be remembered, and special measures would be taken to care for their families', 'pledges'],
    ['that steps will be taken to support the farmers who lost their herds', 'pledges'],
    // An honour hoped for, or where the wounded are taken, promises nothing.
    ['that the sacrifices of the rescuers would be remembered', 'other'],
    ['that the wounded would be taken to hospital', 'other'],
  ];
  it.each(cases)('%s → %s', (words, stance) => {
    expect(stanceOf({ verb: 'emphasized', negated: false, denial: false }, words, SIDE)).toBe(stance);
  });
});

describe('help sent or begun in the passive, its giver unnamed: a provision, dated or not', () => {
  /** [reported words, the stance]. */
  const cases: [string, Stance][] = [
    ['three cargoes of humanitarian aid would be delivered to the valley on Friday', 'pledges'],
    ['four trucks with relief supplies will be sent to Marsh City later on Friday', 'pledges'],
    ['the one-time allowance of 500 crowns will start next week', 'pledges'],
    ['the monthly payments to the displaced will begin in October', 'pledges'],
    ['medical assistance would soon be dispatched to the border villages', 'pledges'],
    // A meeting about help, help stopped or held up, a happening dated, and help told as sent.
    ['the talks on aid will start on Monday in Fredonburg', 'confirms'],
    ['the aid convoy will be stopped at the border on Friday', 'confirms'],
    ['the fighting would start again on Friday', 'confirms'],
    ['three cargoes of humanitarian aid were delivered to the valley on Friday', 'confirms'],
    ['the trucks will be inspected at the crossing on Friday', 'confirms'],
    ['relief supplies would be delivered by the Ostmark agency to the valley on Friday', 'confirms'],
  ];
  it.each(cases)('%s → %s', (words, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, SIDE)).toBe(stance);
  });
});
