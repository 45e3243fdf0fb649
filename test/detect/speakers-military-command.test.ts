import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { actors } from './quotes.fixture.ts';

const lexicon = createActorLexicon([
  ...actors,
  { id: 'freedonia-military', name: 'Freedonian Armed Forces', kind: 'body', government: 'freedonia', aliases: ['the Freedonian military', 'Freedonian military'], demonyms: [] },
  { id: 'northern-command', name: 'Northern Command', kind: 'body', government: 'freedonia', aliases: ['NORTHCOM'], demonyms: [] },
  { id: 'western-command', name: 'Western Command', kind: 'body', government: 'freedonia', aliases: [], demonyms: [] },
  { id: 'sylvania-southern-command', name: 'Southern Command', kind: 'body', government: 'sylvania', aliases: [], demonyms: [] },
]);

/** The actor of each statement's speaker, in order. */
const actorsOf = (paragraphs: string[]) => findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), lexicon).map((m) => m.speaker.actor);

describe('a side’s whole military speaks through the one command of that side named in its sentence or the next', () => {
  it.each([
    // The next sentence, in the paragraph or the next one; the same sentence.
    [['The Freedonian military said it shot down two drones. Hours later, the boats turned back, Northern Command said.'], ['northern-command', 'northern-command']],
    [['The Freedonian military said it shot down two drones.', 'Northern Command said in a statement that no ship was hit.'], ['northern-command', 'northern-command']],
    [['The Freedonian military reported that Northern Command forces struck the launch sites.'], ['northern-command']],
  ])('%j', (paragraphs, expected) => {
    expect(actorsOf(paragraphs)).toEqual(expected);
  });

  it.each([
    // No command named near it, two commands, or another side's command: the topic data's mapping.
    [['The Freedonian military said it shot down two drones.', 'The boats turned back.', 'Northern Command said that no ship was hit.'], ['freedonia-military', 'northern-command']],
    [['The Freedonian military said Northern Command and Western Command forces struck the sites.'], ['freedonia-military']],
    [['The Freedonian military said it shot down two drones. Southern Command said that no ship was hit.'], ['freedonia-military', 'sylvania-southern-command']],
  ])('keeps the mapping: %j', (paragraphs, expected) => {
    expect(actorsOf(paragraphs)).toEqual(expected);
  });
});
