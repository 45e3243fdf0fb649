import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * An act named first and said to be crucial for what follows ("international support is however crucial to
 * maintain this welcome", "dialogue remains essential for a lasting peace") calls for it, though no one is
 * named. A thing's or a state's worth ("confidence and trust are critical before any return", weighed:
 * other), a need told as past and a state judged critical stay as they were.
 */
describe("an act named as crucial", () => {
  /** [words said by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['international support is however crucial to maintain this welcome in Fredonburg', 'calls-for'],
    ['that further assistance is necessary for the camps near Marsh City to stay open', 'calls-for'],
    ['dialogue remains essential for a lasting peace between Sylvania and Freedonia', 'calls-for'],
    ['humanitarian access is vital to reach the people of Marsh City', 'calls-for'],
    ['If the hosts in Fredonburg have been generous, further support is crucial to keep the camps open', 'calls-for'],
    // A thing's worth, a past need, a state judged, a need for nothing: as before.
    ['the port is vital for the economy of Marsh City', 'other'],
    ['support was crucial to the victory at Fredonburg', 'other'],
    ['the situation is critical', 'other'],
    ['confidence and trust are critical before any return to the valley', 'other'],
    ['the bridge is essential to supply the town', 'other'],
    ['After the floods in Marsh City, the port was vital for the recovery', 'other'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true })).toBe(expected);
  });
});
