import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * Offences named in the plural or by an evaluative adjective ("resorted to military provocations",
 * "violations of the truce", "a massive aggressive attack", "terrorist attacks", "brazen attacks") charge
 * them: `condemns`, as the singular does. Offences counted, or named as what an act is meant to stop
 * ("launched the measures to prevent possible provocations", "to uphold the accord, suppress provocations"),
 * or only supposed ("is monitoring possible provocations"), are not charged.
 */
describe('offences named in the plural or by an evaluative word', () => {
  /** [words reported with "said" by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['the Freedonian units resorted to a number of military provocations along the border', 'condemns'],
    ['Sylvania has committed violations of the truce in the north', 'condemns'],
    ['Marsh City was the target of a massive aggressive attack by Freedonian warships', 'condemns'],
    ['the raiders carried out terrorist attacks on the villages near Fredonburg', 'condemns'],
    ['the council told the rebels to cease their brazen attacks on the ferries', 'condemns'],
    ['the Freedonian gunboats fired on the ferries in a string of aggressive acts', 'condemns'],
    // Counted, prevented, or no offence at all: not charged.
    ['the monitors recorded 12 violations of the ceasefire on Monday', 'confirms'],
    ['the measures were launched in the region to prevent possible large-scale provocations by the Freedonian units', 'confirms'],
    ['the army launched the operation to uphold the accord, suppress provocations and disarm the units', 'confirms'],
    ['the navy escorted the ferries to deter further violations of the blockade', 'confirms'],
    ['the Sylvanian team mounted an aggressive press in the second half', 'confirms'],
    ['the navy is closely monitoring possible provocations by the Freedonian fleet', 'other'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
