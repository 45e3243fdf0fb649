import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/schemas/actor.ts';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';

/** States and bodies whose names end in words a second mention repeats alone. */
const actors: Actor[] = [
  { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: [], demonyms: ['Sylvanian'] },
  { id: 'sylvania-house', name: 'House of Delegates of Sylvania', kind: 'body', government: 'sylvania', aliases: ['Sylvanian House of Delegates', 'Sylvanian assembly'], demonyms: [] },
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
  { id: 'freedonia-parliament', name: 'Freedonian Parliament', kind: 'body', government: 'freedonia', aliases: [], demonyms: [] },
  { id: 'ostmark', name: 'Ostmark', kind: 'government', aliases: [], demonyms: [] },
  { id: 'ostmark-ports', name: 'Ostmark Ministry of Ports', kind: 'body', government: 'ostmark', aliases: [], demonyms: [] },
  { id: 'ruritania', name: 'Ruritania', kind: 'government', aliases: [], demonyms: ['Ruritanian'] },
  { id: 'ruritania-council', name: 'Ruritanian Security Council', kind: 'body', government: 'ruritania', aliases: [], demonyms: [] },
];
const lexicon = createActorLexicon(actors);

/** The speaker's actor and government of the statement whose words start with "the port". */
function credit(paragraphs: string[]): { actor: string | null; government: string | null } | undefined {
  const found = findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), lexicon).find((s) => (s.reported ?? '').startsWith('the port'));
  return found ? { actor: found.speaker.actor, government: found.government } : undefined;
}

describe('a body named again by the last words of its name', () => {
  it.each([
    // Capitalised words joined by the small words of a name ("of").
    ['The Sylvanian assembly adopted a resolution on Monday.', 'In the resolution, the House of Delegates denounces the port blockade.', 'sylvania-house'],
    ['The Sylvanian House of Delegates voted on Monday.', 'The House of Delegates said the port was shelled.', 'sylvania-house'],
    ['The Ostmark Ministry of Ports met on Monday.', 'The Ministry of Ports said the port was closed.', 'ostmark-ports'],
    // An institution's noun used as its name, without "the".
    ['The Freedonian Parliament voted on Thursday.', 'Parliament condemned the port blockade.', 'freedonia-parliament'],
    ['The Freedonian Parliament voted on Thursday.', 'Parliament said the port was shelled.', 'freedonia-parliament'],
    ['The Ruritanian Security Council met on Friday.', 'Council said the port was shelled.', 'ruritania-council'],
  ])('%s / %s', (before, text, actor) => {
    expect(credit([before, text])?.actor).toBe(actor);
  });

  it.each([
    // No body so called was named before.
    ['Sylvania held a vote on Monday.', 'Parliament said the port was shelled.', 'freedonia-parliament'],
    ['The Ruritanian Security Council met on Friday.', 'Parliament said the port was shelled.', 'ruritania-council'],
    // Another name of the same kind: its last words differ.
    ['The Sylvanian House of Delegates voted on Monday.', 'The House of Lords said the port was shelled.', 'sylvania-house'],
    ['The Ostmark Ministry of Ports met on Monday.', 'The Ministry of Mines said the port was closed.', 'ostmark-ports'],
    // A noun every side has means no one body named before, even in capitals.
    ['The Ruritanian Security Council met on Friday.', 'Government said the port was shelled.', 'ruritania-council'],
    // A lower-case noun is no name.
    // ("Lawmakers" after it are its members: quotes-legislature-members.test.ts.)
    ['The Freedonian Parliament voted on Thursday.', 'Officials said the port was shelled.', 'freedonia-parliament'],
  ])('not the body named before: %s / %s', (before, text, actor) => {
    const found = credit([before, text]);
    expect(found).toBeDefined();
    expect(found?.actor).not.toBe(actor);
  });
});
