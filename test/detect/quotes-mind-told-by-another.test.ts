import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Each statement as its speaker's actor and government. */
const credits = (text: string) => statements([text]).map((s) => [s.speaker.actor, s.government]);

/**
 * "Sylvania found that it had to act, the Freedonian ministry said": what Sylvania found, believes or
 * feels, told by a speaker of another side, is that speaker's judgement; Sylvania said nothing.
 */
describe('a mind another side tells of is not its owner\'s statement', () => {
  it.each([
    ['Sylvania found that it had to close the port, the Defence Ministry said.', [['freedonia-defence-ministry', 'freedonia']]],
    ['Sylvania believes that it had to close the port, the Defence Ministry said.', []],
  ])('%s', (text, expected) => {
    expect(credits(text)).toEqual(expected);
  });

  it.each([
    // The same side: its own finding, told by its ministry.
    ['Freedonia found that it had to close the port, the Defence Ministry said.', [['freedonia', 'freedonia'], ['freedonia-defence-ministry', 'freedonia']]],
    // An outlet carries the words.
    ['Sylvania found that it had to close the port, the Courier reported.', [['sylvania', 'sylvania'], ['daily-courier', null]]],
    // No one else tells of it.
    ['Sylvania found that it had to close the port.', [['sylvania', 'sylvania']]],
  ])('leaves the rest as it was: %s', (text, expected) => {
    expect(credits(text)).toEqual(expected);
  });
});
