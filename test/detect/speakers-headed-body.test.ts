import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { actors } from './quotes.fixture.ts';

// The fixture's topic, with a foreign minister of each side whose ministry the topic data lists.
const lexicon = createActorLexicon([
  ...actors,
  { id: 'freedonia-foreign-ministry', name: 'Freedonian Foreign Ministry', kind: 'body', government: 'freedonia', aliases: [], demonyms: [] },
  { id: 'sylvania-foreign-ministry', name: 'Sylvanian Foreign Ministry', kind: 'body', government: 'sylvania', aliases: [], demonyms: [] },
  { id: 'lena-weiss', name: 'Lena Weiss', kind: 'person', government: 'freedonia', body: 'freedonia-foreign-ministry', role: 'Foreign Minister', aliases: ['Weiss'], demonyms: [] },
  { id: 'karl-lind', name: 'Karl Lind', kind: 'person', government: 'sylvania', body: 'sylvania-foreign-ministry', role: 'Foreign Minister', aliases: ['Lind'], demonyms: [] },
]);

const credit = (paragraphs: string[]) =>
  findStatements(
    paragraphs.map((text, i) => ({ n: i + 1, text })),
    lexicon,
  ).map((s) => [s.speaker.actor, s.government]);

describe('"the foreign ministry" with no such body named: the one a person named before belongs to', () => {
  it.each([
    [['Foreign Minister Lena Weiss had a call with a Ruritanian envoy on Monday.', 'The foreign ministry said the port would reopen.'], 'freedonia-foreign-ministry'],
    [['Karl Lind met the Ruritanian ambassador in Marsh City.', '“The talks were useful,” the foreign ministry said.'], 'sylvania-foreign-ministry'],
    [['Lena Weiss arrived in Marsh City on Monday.', 'The ministry said the visit would last two days.'], 'freedonia-foreign-ministry'],
  ])('%j → %s', (paragraphs, body) => {
    expect(credit(paragraphs).at(-1)).toEqual([body, body.split('-')[0]]);
  });

  it.each([
    // A foreign minister of each side named: a reader cannot tell whose ministry.
    [['Lena Weiss met Karl Lind in Marsh City on Monday.', 'The foreign ministry said the talks were useful.']],
    // A person whose body has another name ("State Bureau"), or a person with no body listed.
    [['Anna Berg left the port on Monday.', 'The foreign ministry said the boats would return.']],
    [['Tomas Ruhl left the port on Monday.', 'The foreign ministry said the boats would return.']],
    // No person named at all.
    [['Boats left the port on Monday.', 'The foreign ministry said they would return.']],
  ])('gives no actor and no government: %j', (paragraphs) => {
    expect(credit(paragraphs).at(-1)).toEqual([null, null]);
  });
});
