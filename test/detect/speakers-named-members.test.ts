import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import type { Actor } from '../../src/schemas/actor.ts';

const actors: Actor[] = [
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
  { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: [], demonyms: ['Sylvanian'] },
  { id: 'freedonia-assembly', name: 'Freedonian Assembly', kind: 'body', government: 'freedonia', aliases: [], demonyms: [] },
  { id: 'karl-weiss', name: 'Karl Weiss', kind: 'person', government: 'freedonia', body: 'freedonia-assembly', role: 'lawmaker, Green Party', aliases: ['Weiss'], demonyms: [] },
  { id: 'lena-kowal', name: 'Lena Kowal', kind: 'person', government: 'freedonia', body: 'freedonia-assembly', role: 'lawmaker, intelligence committee', aliases: ['Kowal'], demonyms: [] },
  { id: 'max-ober', name: 'Max Ober', kind: 'person', government: 'freedonia', role: 'lawmaker, Fredonburg city council', aliases: ['Ober'], demonyms: [] },
  { id: 'mira-holt', name: 'Mira Holt', kind: 'person', government: 'sylvania', role: 'lawmaker, Sylvanian parliament', aliases: ['Holt'], demonyms: [] },
];
const lexicon = createActorLexicon(actors);

/** The actor and government of the last statement of the paragraphs. */
function lastCredit(paragraphs: string[]) {
  const found = findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), lexicon);
  const last = found.at(-1);
  return [last?.speaker.actor ?? null, last?.government ?? null];
}

describe('a role in the plural refers back to the people of that role the article named', () => {
  it.each([
    [['Karl Weiss and Lena Kowal met reporters on Monday.', 'The lawmakers said the boats had left.'], ['freedonia-assembly', 'freedonia']],
    [['Karl Weiss and Lena Kowal met reporters on Monday.', 'The boats had left, lawmakers said.'], ['freedonia-assembly', 'freedonia']],
    [['Karl Weiss told reporters the port was closed.', 'Lena Kowal said the talks were over.', 'The two lawmakers said the boats had left.'], ['freedonia-assembly', 'freedonia']],
    // Members of different bodies of one side speak for that side.
    [['Karl Weiss and Max Ober met reporters on Monday.', 'The lawmakers said the boats had left.'], [null, 'freedonia']],
  ])('%j', (paragraphs, credit) => {
    expect(lastCredit(paragraphs)).toEqual(credit);
  });
});

describe('a role in the plural stays no one’s when the article named no two people of it on one side', () => {
  it.each([
    // One lawmaker is no antecedent of "the lawmakers".
    [['Karl Weiss met reporters on Monday.', 'The lawmakers said the boats had left.']],
    // Lawmakers of two sides.
    [['Karl Weiss and Mira Holt met reporters on Monday.', 'The lawmakers said the boats had left.']],
    // Another role.
    [['Karl Weiss and Lena Kowal met reporters on Monday.', 'The ministers said the boats had left.']],
    // No one named.
    [['The lawmakers said the boats had left.']],
  ])('%j', (paragraphs) => {
    expect(lastCredit(paragraphs)).toEqual([null, null]);
  });
});
