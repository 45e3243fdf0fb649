import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import type { Actor } from '../../src/schemas/actor.ts';

const actors: Actor[] = [
  { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: [], demonyms: ['Sylvanian'] },
  { id: 'ostmark-agency', name: 'Ostmark Agency', kind: 'media', aliases: [], demonyms: [] },
  { id: 'anna-berg', name: 'Anna Berg', kind: 'person', government: 'sylvania', role: 'Foreign Minister, Sylvania', aliases: ['Berg'], demonyms: [] },
  { id: 'karl-ruhl', name: 'Karl Ruhl', kind: 'person', government: 'sylvania', role: 'President of Sylvania', aliases: ['Ruhl'], demonyms: [] },
];
const lexicon = createActorLexicon(actors);

/** The actor of the statement that holds the quoted words, or null when none holds them. */
function quoteCredit(paragraphs: string[], words: string) {
  const found = findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), lexicon);
  const one = found.find((s) => s.kind === 'quote' && (s.quote ?? '').includes(words));
  return one ? one.speaker.actor : null;
}

describe('a participle after “was quoted as” is the subject’s speech, whatever the verb', () => {
  it.each([
    [['Karl Ruhl was quoted as ordering the troops to “hold the line at the river.”'], 'hold the line', 'karl-ruhl'],
    [['Anna Berg said the talks were “a turning point.”', 'She was quoted as restating Sylvania’s support for a “policy of open borders.”'], 'policy of open borders', 'anna-berg'],
    [['Ruhl was quoted by the Ostmark Agency as instructing the army to “stand ready.”'], 'stand ready', 'karl-ruhl'],
    [['In a report published Monday by the Ostmark Agency, Karl Ruhl was quoted as reassuring the farmers that “the harvest is safe.”'], 'the harvest is safe', 'karl-ruhl'],
  ])('%j', (paragraphs, words, actor) => {
    expect(quoteCredit(paragraphs, words)).toBe(actor);
  });
});

describe('a participle that no “was quoted as” introduces is no one’s speech', () => {
  it.each([
    // A price quoted, not a person.
    [['The grain was quoted as trading at “record highs.”'], 'record highs'],
    // "seen as", not "quoted as".
    [['Karl Ruhl was seen as ordering the troops to “hold the line at the river.”'], 'hold the line'],
    // No form of "be" before "quoted".
    [['A memo quoted as ordering the troops to “hold the line at the river” circulated.'], 'hold the line'],
    // "as" with no "quoted".
    [['Karl Ruhl left as ordering the troops to “hold the line at the river” became routine.'], 'hold the line'],
  ])('%j', (paragraphs, words) => {
    expect(quoteCredit(paragraphs, words)).toBeNull();
  });
});
