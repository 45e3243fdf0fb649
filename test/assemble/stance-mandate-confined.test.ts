import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A party's mandate told as confined ("the peacekeepers only have the authority to observe the truce", "the
 * monitors had only one right, namely to watch the truce"): what it may do, an assessment as an
 * entitlement judged is, no happening told: other. A grant or a loss of authority told, the speaker's own
 * side, and an act the party did stay as they were.
 */
describe('a mandate confined', () => {
  /** [words reported with "said" by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['the Freedonian peacekeepers only have the authority to observe the ceasefire', 'other'],
    ['the monitors had only one right, namely to watch how both sides keep the truce', 'other'],
    ['the Ostmark mission has no mandate to disarm the militias', 'other'],
    ['the council has the authority to impose sanctions on Sylvania', 'other'],
    // A grant or a loss told, the own side, an act done: as before.
    ['the peacekeepers were given the authority to search vehicles last week', 'confirms'],
    ['the Freedonian peacekeepers observed the ceasefire in Marsh City', 'confirms'],
    ['the monitors reported two violations of the truce', 'confirms'],
    ['the governor lost his authority over the port in March', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
