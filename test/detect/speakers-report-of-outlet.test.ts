import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import type { Actor } from '../../src/schemas/actor.ts';

const actors: Actor[] = [
  { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: [], demonyms: ['Sylvanian'] },
  { id: 'marsh-news-agency', name: 'Marsh News Agency', kind: 'body', government: 'sylvania', aliases: ['MNA'], demonyms: [] },
  { id: 'sylvania-ports-bureau', name: 'Bureau of Ports', kind: 'body', government: 'sylvania', aliases: [], demonyms: [] },
  { id: 'daily-courier', name: 'Daily Courier', kind: 'media', aliases: ['the Courier'], demonyms: [] },
  { id: 'ostmark-times', name: 'Ostmark Times', kind: 'media', aliases: [], demonyms: [] },
];
const lexicon = createActorLexicon(actors);

/** The actor and government of the statement whose speaker is written "The report". */
function report(paragraphs: string[]) {
  return findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), lexicon)
    .filter((m) => /^the report$/i.test(m.speaker.description))
    .map((m) => [m.speaker.actor, m.government]);
}

describe('“the report” after a sentence about one outlet’s news is that outlet’s', () => {
  it.each([
    [['While the Marsh News Agency did not say when, it stated that the crews would return. The report did not specify the date.'], [['marsh-news-agency', 'sylvania']]],
    [['On Monday, MNA broke the news by praising the crews. The report described the sailors as “heroes”.'], [['marsh-news-agency', 'sylvania']]],
    [['The Daily Courier broke the news on Monday.', 'The report said the boats were old.'], [['daily-courier', null]]],
  ])('%j', (paragraphs, credit) => {
    expect(report(paragraphs)).toEqual(credit);
  });
});

describe('“the report” stays no one’s when the sentence before names no one outlet', () => {
  it.each([
    // Two outlets.
    [['The Daily Courier and the Ostmark Times broke the news on Monday. The report said the boats were old.']],
    // A body that is no press.
    [['The Bureau of Ports closed the harbour on Monday. The report said the boats were old.']],
    // No one named.
    [['The harbour closed on Monday. The report said the boats were old.']],
    // A report the sentence before introduces, which the outlet may only carry.
    [['The Daily Courier ran a report on the strikes. The report said the boats were old.']],
    // The outlet two sentences back.
    [['The Daily Courier broke the news on Monday. Fog lay over the bay. The report said the boats were old.']],
  ])('%j', (paragraphs) => {
    expect(report(paragraphs)).toEqual([[null, null]]);
  });
});
