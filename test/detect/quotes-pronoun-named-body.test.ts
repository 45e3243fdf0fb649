import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The speaker and government of the statement whose reported words start with `words`. */
function credit(paragraphs: string[], words: string): { speaker: string; government: string | null } | undefined {
  const found = statements(paragraphs).find((s) => (s.reported ?? s.quote ?? '').startsWith(words));
  return found ? { speaker: found.speaker.name ?? found.speaker.description, government: found.government } : undefined;
}

/** A paragraph where another side spoke last, so a pronoun that goes back would take its government. */
const BEFORE = 'The Freedonian Defence Ministry said the port was shelled overnight.';

describe('a pronoun inside a sentence whose subject is a body named after its title means that body', () => {
  it.each([
    ['The rebel group Marsh Rovers has been attacking ships it says are bound for Sylvania.', 'are bound', 'Marsh Rovers'],
    ['The shipping firm Rover Lines has rerouted vessels it says were threatened by mines.', 'were threatened', 'Rover Lines'],
    ['The militant movement Ansar Marsh, better known by the name of its founders, the Rovers, has been seizing boats it says are linked to Sylvania.', 'are linked', 'Ansar Marsh'],
    ['The relief charity Harbour Aid has sent boats to ports it says are short of food.', 'are short', 'Harbour Aid'],
  ])('%s', (text, words, speaker) => {
    expect(credit([BEFORE, text], words)).toEqual({ speaker, government: null });
  });

  it.each([
    // A person's title before the name: "he" or "she" still means the person.
    ['Defence Minister Ruhl has visited ports he says are held by the rebels.', 'are held', { speaker: 'Tomas Ruhl', government: 'sylvania' }],
    ['Spokesperson Anna Berg has toured ships she says are owned by Sylvania.', 'are owned', { speaker: 'Anna Berg', government: 'freedonia' }],
    // "head of the agency" is a person too, whom "it" cannot mean: the body that spoke before.
    ['Head of the agency Karl Lind has inspected ships it says are owned by Sylvania.', 'are owned', { speaker: 'The Freedonian Defence Ministry', government: 'freedonia' }],
    // A pronoun opening the sentence goes on with the speaker before.
    ['It says the ships were hit by mines.', 'the ships', { speaker: 'The Freedonian Defence Ministry', government: 'freedonia' }],
  ])('not the named body: %s', (text, words, expected) => {
    expect(credit([BEFORE, text], words)).toEqual(expected);
  });
});
