import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';

/**
 * Topic data as the red-sea editors wrote theirs: one side's ministry keeps the bare name, the other's
 * is listed with its demonym only.
 */
const lexicon = createActorLexicon([
  { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: [], demonyms: ['Sylvanian'] },
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: ['Fredonburg'], demonyms: ['Freedonian'] },
  { id: 'sylvania-mod', name: 'Ministry of Defence', kind: 'body', government: 'sylvania', aliases: ['the Ministry of Defence', 'MoD', 'Sylvanian Ministry of Defence'], demonyms: [] },
  { id: 'freedonia-mod', name: 'Ministry of Defence (Freedonia)', kind: 'body', government: 'freedonia', aliases: ['Freedonian Ministry of Defence'], demonyms: [] },
]);

/** The actor and government of the statement whose reported words start with `words`. */
function speakerOf(paragraphs: string[], words: string): [string | null, string | null] | null {
  const found = findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), lexicon).find((s) => s.reported?.startsWith(words));
  return found ? [found.speaker.actor, found.government] : null;
}

describe('a bare body name in copy datelined in another side’s capital', () => {
  it.each([
    [['Fredonburg, Dec 26 The navy sent two destroyers to the gulf.', 'The Ministry of Defence said the tanker had been inspected.'], 'the tanker', ['freedonia-mod', 'freedonia']],
    [['Fredonburg, Dec 26 The navy sent two destroyers to the gulf.', 'The MoD said the crew were safe.'], 'the crew', ['freedonia-mod', 'freedonia']],
  ])('is the dateline side’s own body: %j', (paragraphs, words, expected) => {
    expect(speakerOf(paragraphs, words)).toEqual(expected);
  });

  it.each([
    // No dateline, or one of the body's own side: the name as the topic data lists it.
    [['The navy sent two destroyers to the gulf.', 'The Ministry of Defence said the tanker had been inspected.'], 'the tanker'],
    [['Marsh City, Dec 26 The navy sent two destroyers to the gulf.', 'The Ministry of Defence said the tanker had been inspected.'], 'the tanker'],
    // A side named in the phrase decides.
    [['Fredonburg, Dec 26 The navy sent two destroyers to the gulf.', 'The Sylvanian Ministry of Defence said the tanker had been inspected.'], 'the tanker'],
  ])('keeps the listed body: %j', (paragraphs, words) => {
    expect(speakerOf(paragraphs, words)).toEqual(['sylvania-mod', 'sylvania']);
  });
});
