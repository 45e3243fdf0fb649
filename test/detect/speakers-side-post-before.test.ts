import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { ActorsFileSchema } from '../../src/schemas/actor.ts';

/** Two sides, a relief council, a bureau, and one listed president; everyone else named only by the article. */
const lexicon = createActorLexicon(
  ActorsFileSchema.parse([
    { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: ['Fredonburg'], demonyms: ['Freedonian'] },
    { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: ['Marsh City'], demonyms: ['Sylvanian'] },
    { id: 'relief-council', name: 'Relief Council', kind: 'intergovernmental', aliases: ['RC'] },
    { id: 'marsh-bureau', name: 'Marsh Bureau', kind: 'body', government: 'freedonia', aliases: [] },
    { id: 'tomas-ruhl', name: 'Tomas Ruhl', kind: 'person', government: 'sylvania', role: 'President of Sylvania', aliases: ['Ruhl'] },
  ]),
);

/** Who is credited with the words starting "The port" (quoted or reported): the actor, else the name or description, and the government. */
function creditOf(paragraphs: string[]): string {
  const found = findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), lexicon).find((s) => /^(?:that\s+)?the port/i.test(s.quote ?? s.reported ?? ''));
  if (!found) return 'none';
  return `${found.speaker.actor ?? found.speaker.name ?? found.speaker.description} / ${found.government ?? 'none'}`;
}

describe("a side's post stands for the person who spoke in it before", () => {
  it.each([
    // The post repeated in lower case, the side by its demonym.
    [['Freedonian Deputy Foreign Minister Karl Berg said on Friday that the mission had left.', '“The port was spared,” the Freedonian deputy foreign minister pointed out.'], 'Karl Berg / freedonia'],
    [['Sylvanian Deputy Defence Minister Lena Weiss said the troops were withdrawn.', 'The Sylvanian deputy defence minister added that the port was safe.'], 'Lena Weiss / sylvania'],
    // "official" for any post of that side; the side by its name.
    [['“The city is empty,” said Jan Kowal, Relief Council head of rapid deployment.', 'The Relief Council official reported that the port had reopened.'], 'Jan Kowal / relief-council'],
    [['Freedonian Army spokesman Karl Berg said the shelling had stopped.', '“The port is calm,” the Freedonian official said.'], 'Karl Berg / freedonia'],
  ])('%j → %s', (paragraphs, credit) => {
    expect(creditOf(paragraphs)).toBe(credit);
  });

  it.each([
    // Another post of the side: a foreign minister is no deputy foreign minister, a defence minister no foreign one.
    [['Freedonian Foreign Minister Karl Berg said the mission had left.', '“The port was spared,” the Freedonian deputy foreign minister said.'], 'the Freedonian deputy foreign minister / freedonia'],
    [['Freedonian Defence Minister Karl Berg said the troops had left.', 'The Freedonian foreign minister said that the port was open.'], 'The Freedonian foreign minister / freedonia'],
    // Another side's post.
    [['Freedonian Deputy Foreign Minister Karl Berg said the mission had left.', '“The port was spared,” the Sylvanian deputy foreign minister said.'], 'the Sylvanian deputy foreign minister / sylvania'],
    // The side's person who spoke is no official of it: a resident named with the side.
    [['“We left everything,” said Anna Kowal, a Sylvanian teacher.', 'The Sylvanian official said that the port was closed.'], 'The Sylvanian official / sylvania'],
    // A body of the side named: the side's foreign ministry spokesman is not the bureau's.
    [['Freedonian Foreign Ministry spokesman Karl Berg said the talks went on.', '“The port is shut,” the Marsh Bureau spokesman said.'], 'marsh-bureau / freedonia'],
    // A post the person who spoke does not hold.
    [['Sylvanian Defence Minister Lena Weiss said the troops were withdrawn.', '“The port is ours,” the Sylvanian president said.'], 'the Sylvanian president / sylvania'],
  ])('near miss: %j → %s', (paragraphs, credit) => {
    expect(creditOf(paragraphs)).toBe(credit);
  });
});
