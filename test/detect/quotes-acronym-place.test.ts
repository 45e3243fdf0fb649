import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Description (or name), actor and government of the first statement found. */
function credit(sentence: string): [string, string | null, string | null] {
  const first = statements([sentence])[0];
  return [first?.speaker.description || (first?.speaker.name ?? ''), first?.speaker.actor ?? null, first?.government ?? null];
}

describe('a name with its acronym in parentheses, then "of", "in" or "at", is one speaker phrase', () => {
  it.each([
    // The place after the acronym had been the whole speaker, and its side the speaker's.
    ['The Northern Council (NC) in Marsh City said the port was closed.', ['The Northern Council (NC) in Marsh City', null, null]],
    ['The Trade Office (TO) of the Defence Ministry said the port was closed.', ['The Trade Office (TO) of the Defence Ministry', 'freedonia-defence-ministry', 'freedonia']],
    ['The Harbour Agency (HA) at Marsh City said the port was closed.', ['The Harbour Agency (HA) at Marsh City', null, 'sylvania']],
    ['The Refugee Office (RO) in Fredonburg told reporters the port was closed.', ['The Refugee Office (RO) in Fredonburg', null, 'freedonia']],
  ])('%s', (sentence, expected) => {
    expect(credit(sentence)).toEqual(expected);
  });

  it.each([
    // No preposition after the acronym: the name alone, as before.
    ['The State Bureau (SB) said the port was closed.', ['The State Bureau (SB)', 'freedonia-state-bureau', 'freedonia']],
    // A comma closes the clause that held the acronym: the officials speak.
    ['After a call with the Northern Council (NC), officials in Marsh City said the port was closed.', ['officials in Marsh City', null, 'sylvania']],
    // A noun after the acronym, then a new clause.
    ['A drone hit the Northern Council (NC) building; officials in Marsh City said the port was closed.', ['officials in Marsh City', null, 'sylvania']],
    // The acronym is in a clause before the speaker's.
    ['Talks with the Northern Council (NC) in Marsh City ended, the State Bureau said.', ['the State Bureau', 'freedonia-state-bureau', 'freedonia']],
  ])('not a longer phrase: %s', (sentence, expected) => {
    expect(credit(sentence)).toEqual(expected);
  });
});
