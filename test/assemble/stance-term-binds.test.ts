import { describe, expect, it } from 'vitest';
import type { StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import { FOR_A_SIDE, stanceIn } from './stance.fixture.ts';

/** A document's words: no side speaks them, no person. */
const DOCUMENT: StanceSpeaker = { forThemselves: false, reported: true, forASide: false };

describe('a document’s term that binds its parties to act pledges', () => {
  it.each([
    ['a defence pact that obliges each side to help the other if attacked', 'obliges', 'each side to help the other if attacked'],
    ['the treaty, which obligates both countries to provide assistance in case of war', 'obligates', 'both countries to provide assistance in case of war'],
    ['a naval agreement that requires both nations to defend each other at sea', 'requires', 'both nations to defend each other at sea'],
    ['The accord binds Freedonia to withdraw its boats from the bay by June', 'binds', 'Freedonia to withdraw its boats from the bay by June'],
  ])('%s', (sentence, verb, words) => {
    expect(stanceIn(sentence, verb, words, DOCUMENT)).toBe('pledges');
  });

  it.each([
    // A side that requires another to act demands it.
    ['Berg said Freedonia requires Sylvania to withdraw its boats from the bay', 'said', 'Freedonia requires Sylvania to withdraw its boats from the bay', FOR_A_SIDE],
    ['The ministry required carriers to file their routes with the port', 'required', 'carriers to file their routes with the port', FOR_A_SIDE],
    // Another verb of the same words does not bind.
    ['the pact, the Courier reported, sends each side to the talks in May', 'reported', 'the pact sends each side to the talks in May', DOCUMENT],
    ['the agreement was signed, the Courier said, with both countries present', 'said', 'the agreement was signed with both countries present', DOCUMENT],
  ])('not a binding term: %s', (sentence, verb, words, speaker) => {
    expect(stanceIn(sentence, verb, words, speaker)).not.toBe('pledges');
  });
});
