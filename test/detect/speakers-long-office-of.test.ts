import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/schemas/actor.ts';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';

/** Two ministers and a spokesperson whose offices the topic data words otherwise than the articles do. */
const actors: Actor[] = [
  { id: 'anna-berg', name: 'Anna Berg', kind: 'person', government: 'freedonia', role: 'Minister for Trade and Foreign Affairs, Freedonia', aliases: ['Berg'] },
  { id: 'lena-weiss', name: 'Lena Weiss', kind: 'person', government: 'freedonia', role: 'spokesperson for the Prime Minister of Freedonia', aliases: ['Weiss'] },
  { id: 'karl-ruhl', name: 'Karl Ruhl', kind: 'person', government: 'sylvania', role: 'Minister of Defence, Sylvania', aliases: ['Ruhl'] },
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: ['Fredonburg'], demonyms: ['Freedonian'] },
  { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: [], demonyms: ['Sylvanian'] },
] as Actor[];
const lexicon = createActorLexicon(actors);

/** The actor credited with the words of the last paragraph that start with "the port" or "a spirit". */
function creditOfLast(paragraphs: string[]): string | null | undefined {
  const last = paragraphs.length;
  const found = findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), lexicon).find(
    (s) => s.paragraph === last && /^(?:that\s+)?(?:the port|a spirit)/.test(s.quote ?? s.reported ?? ''),
  );
  return found ? found.speaker.actor : undefined;
}

describe('a post with a long of-phrase refers back to the person who holds it', () => {
  it.each([
    [['The head of Freedonian diplomacy, Anna Berg, said the talks had gone well.', 'The Minister of Foreign Affairs assured that the port would reopen.'], 'anna-berg'],
    [['Berg said the talks had gone well.', 'The Minister of Foreign Affairs did not name the weapons, but assured that Fredonburg would act with “a spirit of calm”.'], 'anna-berg'],
    [['Lena Weiss said the school year had begun.', 'The press secretary of the Prime Minister reminded that the port has reopened.'], 'lena-weiss'],
    // Named before, not yet a speaker: the one person named who holds the office.
    [['Berg arrived in Marsh City on Tuesday.', 'The Minister of Trade and Foreign Affairs said that the port has reopened.'], 'anna-berg'],
  ])('%j → %s', (paragraphs, actor) => {
    expect(creditOfLast(paragraphs)).toBe(actor);
  });
});

describe('near misses: a long office that no one named holds is no one named', () => {
  it.each([
    // The office of another post, or of another side.
    [['Berg said the talks had gone well.', 'The Minister of Defence of Sylvania said that the port has reopened.']],
    [['Berg said the talks had gone well.', 'The Minister of Internal Affairs said that the port has reopened.']],
    // A spokesperson is no minister, a minister no press secretary.
    [['Lena Weiss said the school year had begun.', 'The Minister of Foreign Affairs said that the port has reopened.']],
    [['Berg said the talks had gone well.', 'The press secretary of the Prime Minister said that the port has reopened.']],
  ])('%j', (paragraphs) => {
    expect(creditOfLast(paragraphs)).toBeNull();
  });
});
