import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/schemas/actor.ts';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { roleNamesABody } from '../../src/lib/detect/quotes/listed-firms.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { actors } from './quotes.fixture.ts';

/** The fixture's topic with voices of no government listed as commentators, each with its role. */
const lexicon = createActorLexicon([
  ...actors,
  { id: 'rover-lines', name: 'Rover Lines', kind: 'commentator', role: 'shipping company (owner of the Osprey)', aliases: [], demonyms: [] },
  { id: 'harbour-league', name: 'Harbour League', kind: 'commentator', role: 'association of Sylvanian shipowners', aliases: [], demonyms: [] },
  { id: 'keel-guard', name: 'Keel Guard', kind: 'commentator', role: 'maritime security firm, guards of the Osprey', aliases: [], demonyms: [] },
  { id: 'lena-ost', name: 'Lena Ost', kind: 'commentator', role: 'senior analyst at the Marsh Institute', aliases: ['Ost'], demonyms: [] },
  { id: 'karl-weiss', name: 'Karl Weiss', kind: 'commentator', role: 'chief executive, Rover Lines', aliases: ['Weiss'], demonyms: [] },
  { id: 'osprey-owner', name: 'Marek Pell', kind: 'commentator', role: 'owner of the tanker Osprey', aliases: ['Pell'], demonyms: [] },
] satisfies Actor[]);

/** The actor and government of the last statement of the paragraphs. */
function lastSpeaker(paragraphs: string[]): [string | null, string | null] | null {
  const found = findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), lexicon).at(-1);
  return found ? [found.speaker.actor, found.government] : null;
}

describe('"it said" after a firm the topic data lists by a body’s role: the firm, not a body of a side before it', () => {
  const ministry = 'The Defence Ministry said in a statement that its jets had struck the port.';
  const cases: [string, string[], [string | null, string | null]][] = [
    ['a shipping company', [ministry, 'Rover Lines said its ship was undamaged.', '“The attacks are alarming,” it wrote in the statement.'], ['rover-lines', null]],
    ['a shipping company, "it added"', [ministry, 'Rover Lines said its ship was undamaged.', '“We will keep sailing,” it added.'], ['rover-lines', null]],
    ['an association of shipowners', [ministry, 'Harbour League said the ports were closing.', '“Insurers are leaving,” it said.'], ['harbour-league', null]],
    ['a security firm named with a comma in its role', [ministry, 'Keel Guard said the guards had fired warning shots.', '“The boats turned away,” it said.'], ['keel-guard', null]],
    // Near misses: a listed person's role, or one of the firm's people, whom "it" cannot mean.
    ['an analyst listed with an institute', [ministry, 'Lena Ost said the ports were closing.', '“Insurers are leaving,” it said.'], ['freedonia-defence-ministry', 'freedonia']],
    ['a chief executive listed with his firm', [ministry, 'Karl Weiss said the ship was undamaged.', '“We will keep sailing,” it said.'], ['freedonia-defence-ministry', 'freedonia']],
    ['an owner listed by the ship he owns', [ministry, 'Marek Pell said the ship was undamaged.', '“We will keep sailing,” it said.'], ['freedonia-defence-ministry', 'freedonia']],
    ['a spokesperson of the firm, then "she said"', [ministry, 'A Rover Lines spokeswoman said the ship was undamaged.', '“We will keep sailing,” she said.'], ['rover-lines', null]],
  ];
  it.each(cases)('%s', (_, paragraphs, expected) => {
    expect(lastSpeaker(paragraphs)).toEqual(expected);
  });
});

describe('roleNamesABody: the head noun of a listed role, before a comma, a parenthesis or "of"/"at"/"for"', () => {
  const cases: [string | undefined, boolean][] = [
    ['shipping company', true],
    ['oil company', true],
    ['maritime consultancy (publishes an index)', true],
    ['association of ports', true],
    ["shipowners' association", true],
    ['ship-tracking and commodities data firm', true],
    ['senior analyst at the Marsh Institute', false],
    ['chief executive, Rover Lines', false],
    ['owner of the tanker Osprey', false],
    ['head of the Harbour League, a defector', false],
    ['journalist', false],
    [undefined, false],
  ];
  it.each(cases)('%s', (role, expected) => {
    expect(roleNamesABody(role)).toBe(expected);
  });
});
