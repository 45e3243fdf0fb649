import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { ActorsFileSchema } from '../../src/schemas/actor.ts';

/** Two sides, a body, a prime minister, a body's press secretary and a president's adviser. */
const lexicon = createActorLexicon(
  ActorsFileSchema.parse([
    { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
    { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: [], demonyms: ['Sylvanian'] },
    { id: 'ostmark-agency', name: 'Ostmark Agency', kind: 'body', government: 'freedonia', aliases: [] },
    { id: 'state-bureau', name: 'State Bureau', kind: 'body', government: 'freedonia', aliases: [] },
    { id: 'karl-weiss', name: 'Karl Weiss', kind: 'person', government: 'sylvania', role: 'Prime Minister of Sylvania', aliases: ['Weiss'] },
    { id: 'lena-kowal', name: 'Lena Kowal', kind: 'person', government: 'freedonia', body: 'ostmark-agency', role: 'press secretary, Ostmark Agency', aliases: ['Kowal'] },
    { id: 'jan-ruhl', name: 'Jan Ruhl', kind: 'person', government: 'freedonia', role: 'foreign policy adviser to the President of Freedonia', aliases: ['Ruhl'] },
  ]),
);

/** The actor and government credited with the statement whose words start with "The talks go on". */
function creditOf(paragraphs: string[]): [string | null, string | null] | undefined {
  const found = findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), lexicon).find((s) => (s.quote ?? s.reported ?? '').startsWith('The talks go on'));
  return found ? [found.speaker.actor, found.government] : undefined;
}

describe('an office called by another word for the same post is the person the article names who holds it', () => {
  it.each([
    // A premier is a prime minister: a side's office, named before or after its holder.
    [['Karl Weiss met the envoy on Monday.', '“The talks go on,” Sylvania’s premier said.'], ['karl-weiss', 'sylvania']],
    [['Karl Weiss met the envoy on Monday.', '“The talks go on,” the Sylvanian premier said.'], ['karl-weiss', 'sylvania']],
    [['“The talks go on,” the Sylvanian premier said.', 'Weiss arrived in the capital later.'], ['karl-weiss', 'sylvania']],
    // Referring back with no side: the one person named who holds it.
    [['Karl Weiss said the port was closed.', '“The talks go on,” the premier added.'], ['karl-weiss', 'sylvania']],
    // A body's spokesperson is its press secretary, by the body's name or the last word of it.
    [['Lena Kowal spoke on Sunday.', '“The talks go on,” the Ostmark Agency spokesperson said.'], ['lena-kowal', 'freedonia']],
    [['Lena Kowal spoke on Sunday.', '“The talks go on,” the agency spokesman said.'], ['lena-kowal', 'freedonia']],
    // An advisor is an adviser, whatever the article called him first.
    [['Jan Ruhl, Assistant to the President, said the port was closed.', '“The talks go on,” the advisor added.'], ['jan-ruhl', 'freedonia']],
  ])('%j → %j', (paragraphs, expected) => {
    expect(creditOf(paragraphs)).toEqual(expected);
  });
});

describe('another post, another side or no holder named leaves the office as it was', () => {
  it.each([
    // Another side's premier, and a premier no one named holds.
    [['Karl Weiss met the envoy on Monday.', '“The talks go on,” the Freedonian premier said.'], null],
    [['Lena Kowal met the envoy on Monday.', '“The talks go on,” the Sylvanian premier said.'], null],
    // Another minister of the side: "minister" alone is not "prime minister".
    [['Karl Weiss met the envoy on Monday.', '“The talks go on,” the Sylvanian foreign minister said.'], null],
    // Another body's spokesperson: the body speaks.
    [['Lena Kowal spoke on Sunday.', '“The talks go on,” the State Bureau spokesperson said.'], 'state-bureau'],
    // "secretary" or "press officer" alone is not the press secretary.
    [['Lena Kowal spoke on Sunday.', '“The talks go on,” the Ostmark Agency secretary said.'], 'ostmark-agency'],
    [['Lena Kowal spoke on Sunday.', '“The talks go on,” the Ostmark Agency press officer said.'], 'ostmark-agency'],
    // No adviser named.
    [['Karl Weiss said the port was closed.', '“The talks go on,” the advisor added.'], null],
  ])('%j → %s', (paragraphs, actor) => {
    expect(creditOf(paragraphs)?.[0]).toBe(actor);
  });
});
