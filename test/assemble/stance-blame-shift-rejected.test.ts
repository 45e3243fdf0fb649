import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * Attempts to blame a party or shift responsibility onto it, opposed or rejected ("we strongly oppose
 * attempts to blame the situation on Sylvania"), turn a charge away: denies, even after a concession. An
 * act opposed, the attempt told, blame laid and other attempts rejected stay as they were.
 */
describe('attempts to lay blame, opposed or rejected', () => {
  /** [words said by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['We can appreciate that emotions are running high, but we strongly oppose attempts to blame the situation on Sylvania', 'denies'],
    ['Although Marsh City understands the anger, it is categorically against any attempts to shift responsibility to Sylvania', 'denies'],
    ['We reject any attempts to blame the Ostmark monitors for the crisis', 'denies'],
    ['we categorically disagree with the attempt to place the responsibility on the Sylvanian side', 'denies'],
    ['Sylvania rejects efforts to pin the blame on its crews', 'denies'],
    // An act opposed, the attempt told, blame laid, another attempt rejected: as before.
    ['We oppose attempts to change the borders by force', 'condemns'],
    ['Freedonia is trying to shift responsibility onto Sylvania', 'confirms'],
    ['they blamed the flooding on the Ostmark agency', 'confirms'],
    ['We reject the attempts of Freedonia to seize the port', 'confirms'],
    ['Sylvania must take responsibility for the attacks', 'condemns'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true })).toBe(expected);
  });
});
