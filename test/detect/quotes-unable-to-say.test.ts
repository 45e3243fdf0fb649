import { describe, expect, it } from 'vitest';
import { readReporting } from '../../src/lib/assemble/reporting.ts';
import { statements } from './quotes.fixture.ts';

/** Each report of one sentence: its speaker's actor id, the verb as shown, reported words and whether the telling is negated. */
function read(text: string) {
  return statements([text]).map((m) => {
    const reporting = readReporting(text, m.verb, m.verbIndex);
    return [m.speaker.actor ?? m.speaker.description, reporting.verb, m.reported, reporting.negated];
  });
}

describe('"was unable to say", "did not wish to comment": a position withheld, as "could not say" is', () => {
  it.each([
    ['The Defence Ministry was unable to say what nationality the vessel was.', [['freedonia-defence-ministry', 'was unable to say', 'what nationality the vessel was', true]]],
    ['The Defence Ministry was unable to confirm the attack.', [['freedonia-defence-ministry', 'was unable to confirm', 'the attack', true]]],
    ['Sylvanian officials were not able to confirm the attack.', [['Sylvanian officials', 'were not able to confirm', 'the attack', true]]],
    // When the speaker was reached is the writer's, after a position withheld.
    ['The Defence Ministry did not wish to comment further when contacted by the Courier.', [['freedonia-defence-ministry', 'did not wish to comment', 'further', true]]],
    ['Ruhl did not want to comment on the convoy when asked about it.', [['tomas-ruhl', 'did not want to comment', 'on the convoy', true]]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // Acts one was unable or unwilling to do say nothing.
    ['Ruhl was unable to attend the talks.', []],
    ['Ruhl did not want to leave the port.', []],
    // An inability to check one's own account is a caveat, no statement.
    ['The Courier was not able to verify the timing.', []],
    ['The Courier was unable to independently verify the footage.', []],
    // "when asked" inside what was said stays there.
    ['Berg said the boats left when asked to by the navy.', [['anna-berg', 'said', 'the boats left when asked to by the navy', false]]],
  ])('not withheld words: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
