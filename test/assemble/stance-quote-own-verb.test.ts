import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

const REPORTED: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };

describe("a partial quotation that opens with the speaker's own verb is read by that verb", () => {
  /** [the report's verb, the reported words, the quotation among them, the stance]. */
  const cases: [string, string, string, Stance][] = [
    ['expressed', 'solidarity with the people of Marsh City and “considers that the shelling amounts to a war crime”', 'considers that the shelling amounts to a war crime', 'condemns'],
    ['expressed', 'solidarity with the islanders and “condemns the blockade of Fredonburg”', 'condemns the blockade of Fredonburg', 'condemns'],
    ['expressed', 'support for the Sylvanian people and “calls on the council to send observers”', 'calls on the council to send observers', 'calls-for'],
    ['voiced', 'its sympathy for the displaced and “strongly deplores the attacks on Marsh City”', 'strongly deplores the attacks on Marsh City', 'condemns'],
    // Must not fire: a quoted noun phrase, a relative clause, a quotation that opens with no verb of its own.
    ['expressed', 'solidarity with the people of Marsh City and pledged “every support needed”', 'every support needed', 'pledges'],
    ['expressed', 'solidarity with the people of Marsh City, “who were forced to flee their homes”', 'who were forced to flee their homes', 'confirms'],
    ['rejected', 'the “calls for a ceasefire” made by Freedonia', 'calls for a ceasefire', 'denies'],
    ['said', 'the “demands of the rebels” were out of the question', 'demands of the rebels', 'confirms'],
  ];
  it.each(cases)('%s %s', (verb, words, quote, stance) => {
    expect(stanceOf({ verb, negated: false, denial: verb === 'rejected' }, words, REPORTED, quote)).toBe(stance);
  });
});
