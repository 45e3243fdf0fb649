import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The binding terms of one sentence: the document, its government, the verb and the reported words. */
const read = (text: string) =>
  statements([text])
    .filter((m) => m.kind === 'reported' && m.speaker.actor === null && m.government === null)
    .map((m) => [m.speaker.description, m.government, m.verb, m.reported]);

describe('a treaty’s term that binds its parties to act is the document’s statement', () => {
  it.each([
    [
      'Freedonia and Sylvania signed a mutual defence pact last May that obliges each side to help the other if attacked.',
      [['a mutual defence pact', null, 'obliges', 'each side to help the other if attacked']],
    ],
    [
      'The council met to discuss the treaty, which obligates both countries to provide assistance in case of war.',
      [['the treaty', null, 'obligates', 'both countries to provide assistance in case of war']],
    ],
    [
      'Last year the two sides concluded a strategic partnership in Marsh City that requires each party to supply fuel to the other.',
      [['a strategic partnership', null, 'requires', 'each party to supply fuel to the other']],
    ],
    [
      'Sylvania has denied sending sailors, even after signing a naval agreement that requires both nations to defend each other at sea.',
      [['a naval agreement', null, 'requires', 'both nations to defend each other at sea']],
    ],
    ['The accord binds Freedonia to withdraw its boats from the bay by June.', [['The accord', null, 'binds', 'Freedonia to withdraw its boats from the bay by June']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // No party bound: a quantity, a thing, troops allotted.
    ['The agreement required months of talks to finish before the summit.'],
    ['The pact requires a permit to cross the bay at night.'],
    // Not a document of parties: a decree or a law lays it down.
    ['The decree obliges all men to report to the barracks in May.'],
    // A modal or a negation: what a deal would or does not bind to.
    ['The deal would require Sylvania to withdraw its boats from the bay.'],
    ['The treaty does not oblige Freedonia to send troops to the front.'],
    // The treaty’s own words quoted are no one’s statement.
    ['The two sides signed a pact that obliges each side to provide “military and other assistance” if attacked.'],
  ])('no term listed: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});
