import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * Offences counted as none ("No violations of the truce were recorded during the day", "no provocations
 * were registered overnight"): a tally of zero, told as a fact, as "12 violations were recorded" is; it
 * condemns nothing. Offences charged to a party stay condemned.
 */
describe('no offence recorded', () => {
  /** [the quoted words of a side, the stance]. */
  const cases: [string, Stance][] = [
    ['No violations of the truce in the area of the Ostmark contingent were recorded during the day', 'confirms'],
    ['No violations of the ceasefire were registered overnight near Marsh City', 'confirms'],
    ['No provocations were reported along the line on Sunday', 'confirms'],
    ['Zero breaches of the truce were logged this week', 'confirms'],
    // Offences charged to a party: as before.
    ['Sylvanian units shelled the village in violation of the truce', 'condemns'],
    ['The violations of the ceasefire by Sylvania continue', 'condemns'],
    ['These provocations by the Freedonian side are unacceptable', 'condemns'],
    ['Sylvania again violated the truce overnight', 'condemns'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true })).toBe(expected);
  });
});
