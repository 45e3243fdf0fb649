import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Each report of one sentence: its speaker (actor id, else the description), verb and reported words. */
const read = (text: string) => statements([text]).map((m) => [m.speaker.actor ?? m.speaker.description, m.verb, m.reported]);

describe('a speech act issued as its noun: "issued a warning that …", "issued a warning to vessels to …"', () => {
  it.each([
    ['Ruhl issued a warning that the boats might return.', [['tomas-ruhl', 'issued a warning', 'that the boats might return']]],
    ['The Defence Ministry issued a stern warning that the boats might return.', [['freedonia-defence-ministry', 'issued a stern warning', 'that the boats might return']]],
    ['The Ostmark agency issued a warning to other vessels to transit with caution.', [['The Ostmark agency', 'issued a warning', 'to other vessels to transit with caution']]],
    ['Berg issued an assurance that the crews were safe.', [['anna-berg', 'issued an assurance', 'that the crews were safe']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // A warning with no words or no act asked for, and things issued that are no speech act.
    ['The agency issued a warning to vessels.'],
    ['The ministry issued passports to the sailors to travel home.'],
    ['The court issued a ruling on the blockade.'],
    ['The ministry issued visas that the sailors used.'],
  ])('no report: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});
