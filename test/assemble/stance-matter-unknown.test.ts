import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A matter told as still unknown ("the fate of the missing is still unknown", "the cause of the fire
 * remains unknown", "there's no current evidence of it") leaves it open, as "it is not known" does; "unknown" naming what was told ("an unknown
 * number of people were hurt", "unknown gunmen") or standing in a relative clause leaves the happening told.
 */

const SAID = { verb: 'said', negated: false, denial: false };
const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };

const cases: [string, Stance][] = [
  ['the fate of the 40 passengers is still unknown', 'unconfirmed'],
  ['the cause of the fire at the Marsh City depot remains unknown', 'unconfirmed'],
  ['the whereabouts of the two Ostmark reporters are as yet unknown', 'unconfirmed'],
  ['the identity of the attackers was unknown', 'unconfirmed'],
  ['the number of dead remained largely unknown', 'unconfirmed'],
  ['There’s no current evidence of a third Freedonian deployment, but the possibility remains', 'unconfirmed'],
  ['there was no clear evidence that the Ostmark tanker had been hit', 'unconfirmed'],
  ['an unknown number of people were hurt in the blast at Fredonburg', 'confirms'],
  ['unknown gunmen opened fire on the convoy near Marsh City', 'confirms'],
  ['the soldier, whose name remains unknown, was captured near the border', 'confirms'],
  ['the crew of the tanker had sailed into unknown waters before the attack', 'confirms'],
  ['the Sylvanian battalion was sent to a previously unknown base', 'confirms'],
  ['there is clear evidence of a third Freedonian deployment', 'confirms'],
  ['the report on the Ostmark tanker gave no new details about the crew', 'confirms'],
];

describe('a matter told as still unknown', () => {
  it.each(cases)('"%s" → %s', (words, stance) => {
    expect(stanceOf(SAID, words, REPORTED)).toBe(stance);
  });
});
