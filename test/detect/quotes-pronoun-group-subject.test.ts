import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The speaker and government of the statement whose reported words start with `words`. */
function credit(paragraphs: string[], words: string): { speaker: string; government: string | null } | undefined {
  const found = statements(paragraphs).find((s) => (s.reported ?? s.quote ?? '').startsWith(words));
  return found ? { speaker: found.speaker.name ?? found.speaker.description, government: found.government } : undefined;
}

/** A paragraph where another side spoke last, so a pronoun that goes back would take its government. */
const BEFORE = 'The Freedonian Defence Ministry said the port was shelled overnight.';

describe('"they" inside a sentence whose subject is an unresolved group ("the rebels") means that group', () => {
  it.each([
    ['The rebels, who control the coast, have attacked ships they say are linked to Sylvania.', 'are linked', 'The rebels'],
    ['The militants have seized boats they say are bound for Sylvania.', 'are bound', 'The militants'],
    ['The separatists have shelled villages they claim are held by Freedonian troops.', 'are held', 'The separatists'],
    ['The protesters have blocked roads they say are used by the army.', 'are used', 'The protesters'],
  ])('%s', (text, words, speaker) => {
    expect(credit([BEFORE, text], words)).toEqual({ speaker, government: null });
  });

  it.each([
    // One person: "he" means them, as before.
    ['The spokesman has visited ports he says are held by the rebels.', 'are held', { speaker: 'The spokesman', government: null }],
    // "The ministry" refers back to the ministry that spoke.
    ['The ministry has closed ports it says are used by smugglers.', 'are used', { speaker: 'The Freedonian Defence Ministry', government: 'freedonia' }],
    // A pronoun opening the sentence goes on with the speaker before.
    ['They say the ships are linked to Sylvania.', 'the ships', { speaker: 'The Freedonian Defence Ministry', government: 'freedonia' }],
    // "it" cannot mean a group of people: the body that spoke before.
    ['The rebels have attacked ports it says are linked to Sylvania.', 'are linked', { speaker: 'The Freedonian Defence Ministry', government: 'freedonia' }],
  ])('not the group: %s', (text, words, expected) => {
    expect(credit([BEFORE, text], words)).toEqual(expected);
  });
});
