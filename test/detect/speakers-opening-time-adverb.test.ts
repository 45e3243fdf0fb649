import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { ActorsFileSchema } from '../../src/schemas/actor.ts';

const lexicon = createActorLexicon(
  ActorsFileSchema.parse([
    { id: 'anna-berg', name: 'Anna Berg', kind: 'person', government: 'freedonia', aliases: ['Berg'] },
    { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
    { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: [], demonyms: ['Sylvanian'] },
  ]),
);

/** The actors credited with any words of one sentence. */
function creditsOf(text: string): (string | null)[] {
  return findStatements([{ n: 1, text }], lexicon).map((s) => s.speaker.actor);
}

describe('an opening adverb of time without a comma is no part of the subject', () => {
  it.each([
    ['Then Berg made a reservation and added that the port was closed.', 'anna-berg'],
    ['Earlier Berg came out with a statement, noting that the port was closed.', 'anna-berg'],
    ['Later Berg toured the docks and added that the port would reopen.', 'anna-berg'],
    ['Subsequently Sylvania made a reservation and added that the port was closed.', 'sylvania'],
  ])('%s → %s', (text, actor) => {
    expect(creditsOf(text)).toEqual([actor]);
  });

  it.each([
    // The adverb's subject is no speaker, or the word is an adjective of the subject.
    'Later the port reopened and added that the queue was long.',
    'Earlier talks had failed, noting that the port was closed.',
    'Then Freedonian ships sailed on, noting that the port was closed.',
    'Later reports added that the port was closed.',
  ])('no actor: %s', (text) => {
    expect(creditsOf(text).every((actor) => actor === null)).toBe(true);
  });
});
