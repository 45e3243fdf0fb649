import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/schemas/actor.ts';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';

/** A state whose names end in "government" and "authorities", and a rebel side the topic data names as such. */
const actors: Actor[] = [
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: ['Fredonburg', 'Freedonian government', 'Freedonian authorities'], demonyms: ['Freedonian'] },
  { id: 'marsh-rebels', name: 'Marsh Rebels', kind: 'government', aliases: ['Marsh separatists', 'Marsh authorities'], demonyms: [] },
  { id: 'ostmark-front', name: 'Ostmark Front', kind: 'government', aliases: ['Front group'], demonyms: [] },
];
const lexicon = createActorLexicon(actors);

/** The speaker description and government of the statement whose words start with "the port". */
function credit(paragraphs: string[]): { speaker: string; government: string | null } | undefined {
  const found = findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), lexicon).find((s) => (s.reported ?? '').startsWith('the port'));
  return found ? { speaker: found.speaker.description, government: found.government } : undefined;
}

const STATE_FIRST = 'The Freedonian government said on Monday that aid had been sent.';
const REBELS_FIRST = 'Marsh separatists said on Monday that aid had run out.';

describe('a description with a word that sets an authority apart is not the state named before', () => {
  it.each([
    'The separatist government said the port was shelled.',
    'The rebel authorities said the port was shelled.',
    'The exiled government said the port was shelled.',
    'The de facto authorities said the port was shelled.',
    'The breakaway government said the port was shelled.',
  ])('no government after the state spoke: %s', (text) => {
    expect(credit([STATE_FIRST, text])?.government).toBeNull();
  });

  it.each([
    // The same words with the side the topic data names with them.
    ['The separatist authorities said the port was shelled.', REBELS_FIRST, 'marsh-rebels'],
    // No such word: the state named before, as a reader takes it.
    ['The government said the port was shelled.', STATE_FIRST, 'freedonia'],
    ['The new government said the port was shelled.', STATE_FIRST, 'freedonia'],
    ['The Freedonian authorities said the port was shelled.', STATE_FIRST, 'freedonia'],
    ['The central government said the port was shelled.', STATE_FIRST, 'freedonia'],
    // A group is no state: "the rebel group" is the group named before, whatever its names.
    ['The rebel group said the port was shelled.', 'Ostmark Front said on Monday that aid had run out.', 'ostmark-front'],
  ])('still resolved: %s', (text, before, government) => {
    expect(credit([before, text])?.government).toBe(government);
  });
});
