import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import type { Actor } from '../../src/schemas/actor.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';

/** A body the topic data calls an agency only in an alias, as editors list "Seoul's spy agency". */
const actors: Actor[] = [
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: ['Fredonburg'], demonyms: ['Freedonian'] },
  { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: [], demonyms: ['Sylvanian'] },
  { id: 'freedonia-security-service', name: 'Security Service', kind: 'body', government: 'freedonia', aliases: ['FSS', "Freedonia's spy agency"], demonyms: [] },
  { id: 'freedonia-defence-ministry', name: 'Defence Ministry', kind: 'body', government: 'freedonia', aliases: [], demonyms: [] },
  { id: 'sylvania-port-authority', name: 'Port Authority', kind: 'body', government: 'sylvania', aliases: [], demonyms: [] },
  { id: 'daily-courier', name: 'Daily Courier', kind: 'media', aliases: ['the Courier'], demonyms: [] },
];
const lexicon = createActorLexicon(actors);

/** The last statement's speaker actor, government and reported words. */
function last(paragraphs: string[]) {
  const found = findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), lexicon).at(-1);
  return found ? [found.speaker.actor, found.government, found.reported] : null;
}

describe('"according to the agency’s estimates": a record kept by a body named before', () => {
  const cases: [string, string[], unknown][] = [
    [
      'a ministry that spoke before keeps "the ministry’s figures"',
      ['The Defence Ministry said the port was shut.', 'According to the ministry’s figures, 40 boats were lost.'],
      ['freedonia-defence-ministry', 'freedonia', '40 boats were lost'],
    ],
    [
      'a body the topic data calls an agency is "the agency", though a news agency was described as one before it',
      ['The Daily Courier, a news agency, reported that boats had left.', 'The FSS said that the boats had returned.', 'According to the agency’s estimates, 300 sailors died.'],
      ['freedonia-security-service', 'freedonia', '300 sailors died'],
    ],
    [
      'an authority of another side keeps "the authority’s count"',
      ['The Port Authority said ships were waiting.', 'According to the authority’s count, 12 ships were diverted.'],
      ['sylvania-port-authority', 'sylvania', '12 ships were diverted'],
    ],
    // Nobody so described before: the keeper is not guessed.
    ['no agency named before', ['According to the agency’s estimates, 300 sailors died.'], [null, null, '300 sailors died']],
  ];
  it.each(cases)('%s', (_, paragraphs, expected) => {
    expect(last(paragraphs)).toEqual(expected);
  });

  it('reads no keeper in a record of a record ("the report’s findings") nor in a place ("the country’s data")', () => {
    const reported = (paragraphs: string[]) => findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), lexicon).map((s) => s.reported);
    expect(reported(['The Defence Ministry said the port was shut.', 'According to the report’s findings, 40 boats were lost.'])).toEqual(['the port was shut']);
    expect(reported(['According to the country’s data, 40 boats were lost.'])).toEqual([]);
  });
});
