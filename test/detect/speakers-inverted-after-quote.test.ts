import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { ActorsFileSchema } from '../../src/schemas/actor.ts';

const lexicon = createActorLexicon(
  ActorsFileSchema.parse([
    { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
    { id: 'ostmark-agency', name: 'Ostmark Agency', kind: 'body', government: 'freedonia', aliases: ['the Ostmark agency'] },
  ]),
);

/** The statements of one paragraph: their kind, words (first four) and actor. */
function statementsOf(text: string): { kind: string; words: string; actor: string | null }[] {
  return findStatements([{ n: 1, text }], lexicon).map((s) => ({
    kind: s.kind,
    words: (s.quote ?? s.reported ?? '').split(/\s+/).slice(0, 4).join(' '),
    actor: s.speaker.actor,
  }));
}

describe('a speech verb before its speaker after a quotation', () => {
  it.each([
    '“The plan also covers the winter months,” underlines the Ostmark Agency.',
    '“The port stays open to all ships,” underscores the Ostmark Agency.',
    '“The ship’s destination is Marsh City,” confirmed the Ostmark Agency.',
    '“The port stays open to all ships,” stresses the Ostmark Agency.',
    '“The port stays open to all ships,” assured the Ostmark Agency.',
    '“The talks will go on next week,” announced the Ostmark Agency.',
  ])('%s', (text) => {
    expect(statementsOf(text).map((s) => s.actor)).toEqual(['ostmark-agency']);
  });
});

describe('near misses: the same verbs with a subject before them, or of a thing', () => {
  it.each([
    // A thing that underlines or underscores says nothing.
    'The return of the sailors underlines the deepening ties between Freedonia and Marsh City.',
    'The attack underscores the risk to ships in the strait.',
    'The drill underscores that the fleet is ready for the winter.',
    'The flotilla’s arrival underlines how far the port has come.',
  ])('no statement: %s', (text) => {
    expect(statementsOf(text)).toEqual([]);
  });

  it.each([
    // A quotation with no one after it stays no one's.
    '“The port stays open to all ships,” underlines a banner at the gate in Marsh City.',
    '“The port stays open,” confirmed by nobody, was the rumour of the week.',
  ])('no actor: %s', (text) => {
    expect(statementsOf(text).every((s) => s.actor === null)).toBe(true);
  });
});
