import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { actors } from './quotes.fixture.ts';

/** The fixture's topic, a government the topic data also calls "the Sylvanian government", and Freedonia's offices. */
const lexicon = createActorLexicon([
  ...actors.map((actor) => (actor.id === 'sylvania' ? { ...actor, aliases: [...actor.aliases, 'the Sylvanian government'] } : actor)),
  { id: 'karl-weiss', name: 'Karl Weiss', kind: 'person', government: 'freedonia', role: 'President of Freedonia', aliases: ['Weiss'], demonyms: [] },
  { id: 'olaf-moss', name: 'Olaf Moss', kind: 'person', government: 'freedonia', role: 'Prime Minister of Freedonia', aliases: ['Moss'], demonyms: [] },
]);

/** The actor and government of the statements in the last paragraph, whose speaker is a head of something. */
function lastHead(paragraphs: string[]): [string | null, string | null] | undefined {
  const last = findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), lexicon).filter((s) => s.paragraph === paragraphs.length);
  return last.length === 0 ? undefined : [last[0]?.speaker.actor ?? null, last[0]?.government ?? null];
}

/** Only Sylvania is named, as a government; Freedonia's prime minister speaks. */
const SIDES = 'Rebels hide in cellars despite the truce signed with Sylvania.';

describe('"the head of government" is the prime minister, not the one government named before', () => {
  it.each([
    [[SIDES, 'Freedonian Prime Minister Olaf Moss said the situation remained “tense”.', '“There is hope,” added the head of government.']],
    [[SIDES, 'Freedonian Prime Minister Olaf Moss said the situation remained “tense”.', 'But “there is hope”, added the head of government for whom the truce between the rebels and Marsh City holds.']],
    [[SIDES, 'Olaf Moss said the port would reopen.', 'The head of the government said the boats had left.']],
    // Named, though not yet a speaker: the one prime minister named.
    [['Karl Weiss called Prime Minister Olaf Moss on Monday.', 'The head of government said the port would reopen.']],
  ])('%j', (paragraphs) => {
    expect(lastHead(paragraphs)).toEqual(['olaf-moss', 'freedonia']);
  });

  it.each([
    // A defence minister is no head of government.
    [['Tomas Ruhl said the port would reopen.', 'The head of government stressed that the boats had left.']],
    // A president is no head of government.
    [[SIDES, 'Karl Weiss said the port would reopen.', 'The head of government stressed that the boats had left.']],
    // Another side was told of since the prime minister spoke: either side's may be meant.
    [['Olaf Moss said the port would reopen.', 'Sylvania disagreed.', 'The head of government stressed that the boats had left.']],
    // "The head of state" is the president, whom no one here is.
    [['Olaf Moss said the port would reopen.', 'The head of state stressed that the boats had left.']],
  ])('%j is not the prime minister', (paragraphs) => {
    expect(lastHead(paragraphs)).toBeDefined();
    expect(lastHead(paragraphs)?.[0]).not.toBe('olaf-moss');
    expect(lastHead(paragraphs)?.[0]).not.toBe('tomas-ruhl');
  });
});
