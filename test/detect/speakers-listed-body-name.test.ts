import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/schemas/actor.ts';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { actors } from './quotes.fixture.ts';

/** Commentators of no government: bodies by their name or role, and persons whose role says so. */
const commentators: Actor[] = [
  { id: 'marsh-institute', name: 'Marsh Institute for Naval Studies', kind: 'commentator', aliases: ['MINS'], demonyms: [] },
  { id: 'policy-forum', name: 'Ostmark Policy Forum', kind: 'commentator', role: 'Fredonburg-based think tank', aliases: ['OPF'], demonyms: [] },
  { id: 'port-owners', name: 'Port Owners’ Association', kind: 'commentator', aliases: [], demonyms: [] },
  { id: 'shipping-committee', name: 'Joint Shipping Committee', kind: 'commentator', aliases: [], demonyms: [] },
  { id: 'karl-guard', name: 'Karl Guard', kind: 'commentator', role: 'security analyst', aliases: ['Guard'], demonyms: [] },
  { id: 'rita-bank', name: 'Rita Bank', kind: 'commentator', role: 'economist', aliases: [], demonyms: [] },
  { id: 'ben-carrier', name: 'Ben Carrier', kind: 'commentator', role: 'ship captain, Rover Lines', aliases: [], demonyms: [] },
  { id: 'lena-weiss', name: 'Lena Weiss', kind: 'commentator', role: 'senior fellow at a Fredonburg think tank', aliases: ['Weiss'], demonyms: [] },
];
const lexicon = createActorLexicon([...actors, ...commentators]);

/** Actor and government of the statement of the last paragraph. */
const last = (paragraphs: string[]) =>
  findStatements(paragraphs.map((text, n) => ({ n: n + 1, text })), lexicon)
    .filter((s) => s.paragraph === paragraphs.length)
    .map((s) => [s.speaker.actor, s.government]);

/** A government that spoke first, then the commentator, then "… added". */
const told = (commentator: string, pronoun: string) => [
  'Sylvania has announced plans to send workers abroad.',
  `${commentator} said Freedonia was breaking the port rules.`,
  `${pronoun} added that Sylvania might try to get around them.`,
];

describe('"The Marsh Institute said …. ¶ It added …": a listed commentator whose name or role is a body’s is an "it"', () => {
  it.each([
    ['The Marsh Institute for Naval Studies', 'marsh-institute'],
    ['The MINS', 'marsh-institute'],
    ['The OPF', 'policy-forum'],
    ['The Port Owners’ Association', 'port-owners'],
    ['The Joint Shipping Committee', 'shipping-committee'],
  ])('%s goes on as "it"', (commentator, actor) => {
    expect(last(told(commentator, 'It'))).toEqual([[actor, null]]);
  });

  it.each([
    // A person whose surname is an institution's noun stays a person, whom "he" goes on with.
    ['Karl Guard', 'He', 'karl-guard'],
    ['Rita Bank', 'She', 'rita-bank'],
    ['Ben Carrier', 'He', 'ben-carrier'],
    // A person at a think tank is a person: the role's head is "fellow".
    ['Lena Weiss', 'She', 'lena-weiss'],
    ['Weiss', 'She', 'lena-weiss'],
    ['Max Ober', 'He', 'max-ober'],
  ])('%s stays a person ("%s added")', (commentator, pronoun, actor) => {
    expect(last(told(commentator, pronoun))).toEqual([[actor, null]]);
  });
});
