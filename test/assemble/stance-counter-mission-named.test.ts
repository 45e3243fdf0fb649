import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A mission named by the offence it counters ("the frigate, on anti-piracy patrol in the gulf, answered
 * the distress call", "a counter-piracy operation"): the name condemns nothing; the clause tells what the
 * ship did. Piracy named as the act of a party, or condemned, still condemns.
 */
describe('a mission named by the offence it counters', () => {
  /** [the quoted words of a navy, the stance]. */
  const cases: [string, Stance][] = [
    ['The frigate, undertaking anti piracy patrol in the gulf, answered the distress call', 'confirms'],
    ['The destroyer, on anti-piracy patrol off Marsh City, intercepted the skiffs at dawn', 'confirms'],
    ['Our counter-piracy operation escorted four tankers through the strait on Monday', 'confirms'],
    ['The Ostmark counterpiracy mission boarded the dhow near the port', 'confirms'],
    // Piracy as the act of a party, or condemned: as before.
    ['The seizure of the tanker is an act of piracy', 'condemns'],
    ['This is piracy, pure and simple', 'condemns'],
    ['The Sylvanian crews are engaged in piracy in the strait', 'condemns'],
    ['We condemn the piracy of the rebels off Marsh City', 'condemns'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true })).toBe(expected);
  });
});
