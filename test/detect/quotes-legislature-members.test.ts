import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/schemas/actor.ts';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { actors } from './quotes.fixture.ts';

/** The fixture's topic with two legislatures, as an editor would list them. */
const legislatures: Actor[] = [
  { id: 'sylvanian-assembly', name: 'National Assembly of Sylvania', kind: 'body', government: 'sylvania', aliases: ['Sylvanian parliament', 'the Sylvanian parliament'], demonyms: [] },
  { id: 'freedonian-house', name: 'House of Representatives of Freedonia', kind: 'body', government: 'freedonia', aliases: ['Freedonian parliament', 'the Freedonian parliament'], demonyms: [] },
];
const lexicon = createActorLexicon([...actors, ...legislatures]);

/** Speaker actor and government of the statement in the last paragraph. */
function lastCredit(paragraphs: string[]): [string | null, string | null] {
  const found = findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), lexicon).find((s) => s.paragraph === paragraphs.length);
  return [found?.speaker.actor ?? null, found?.government ?? null];
}

describe('members named by a bare plural ("Lawmakers called on …") speak for the one legislature named before', () => {
  it.each([
    [['The Sylvanian parliament adopted a resolution on the war.', 'Lawmakers called on the president to recall the envoy.'], ['sylvanian-assembly', 'sylvania']],
    [['The Freedonian parliament voted on Monday.', 'Members considered that the blockade was unlawful.'], ['freedonian-house', 'freedonia']],
    // One named before; the other, first named in the members' own paragraph, is one they speak of.
    [['The Sylvanian parliament adopted a resolution on the war.', 'Lawmakers called on the Freedonian parliament to act at once.'], ['sylvanian-assembly', 'sylvania']],
  ])('%j', (paragraphs, expected) => {
    expect(lastCredit(paragraphs)).toEqual(expected);
  });

  it.each([
    // Two legislatures named before: either's members may be meant.
    [['The Sylvanian parliament and the Freedonian parliament met in Marsh City.', 'Lawmakers called on the president to recall the envoy.']],
    // No legislature named: members of what, a reader cannot tell.
    [['The talks in Marsh City ended on Monday.', 'Lawmakers called on the president to recall the envoy.']],
    // Members of something the phrase names are not the legislature's.
    [['The Sylvanian parliament adopted a resolution on the war.', 'Members of the crew said that the ship had been hit.']],
    // Another side's legislature told of in words the topic data does not list: whose members, a reader cannot tell.
    [['The Sylvanian parliament adopted a resolution on the war.', 'Freedonia’s parliament rejected it.', 'Lawmakers said that the vote was unlawful.']],
    // Not a members' noun.
    [['The Sylvanian parliament adopted a resolution on the war.', 'Residents said that the ship had been hit.']],
  ])('no legislature: %j', (paragraphs) => {
    expect(lastCredit(paragraphs)).toEqual([null, null]);
  });
});
