import { describe, expect, it } from 'vitest';
import { assembleEvents } from '../../src/lib/assemble/events.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';

const lexicon = createActorLexicon([
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
  { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: [], demonyms: ['Sylvanian'] },
  { id: 'anna-berg', name: 'Anna Berg', kind: 'person', government: 'freedonia', aliases: ['Berg'], demonyms: [] },
]);

/** The events of one paragraph in a paper of Friday 2025-03-14, as date words, start and end. */
function eventsOf(text: string) {
  const source = { id: 's', title: 't', publisher: null, published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text }] };
  return assembleEvents(analyseSource(source, lexicon, []), lexicon).candidates.map((e) => [e.date.text, e.date.start, e.date.end]);
}

const STATE_AND_HAPPENING = [
  ['since the war broke out on March 3', '2025-03-03', null],
  ['March 3', '2025-03-03', '2025-03-03'],
];

describe('"since <clause> <date>" is the state since and the happening, also when credited or done by someone', () => {
  it.each([
    // "according to" may credit only a figure of the sentence; the state since is still told.
    ['Sylvanian boats have attacked ships since the war broke out on March 3, killing 40 sailors, according to Freedonian figures.', STATE_AND_HAPPENING],
    // A participle of things done, with its agent, holds since the date like a perfect.
    ['The raid is the latest in a series of strikes launched by Sylvania since the war broke out on March 3.', STATE_AND_HAPPENING],
    ['The port was hit by attacks carried out since the war broke out on March 3.', STATE_AND_HAPPENING],
    // Near misses: a claim reported with a verb of saying is the speaker's, and its happening alone is
    // the event; a participle of what is awaited holds no happenings; "the first … since" is one happening.
    ['Anna Berg said that relations with Sylvania have grown since the war broke out on March 3.', [['March 3', '2025-03-03', '2025-03-03']]],
    ['Freedonia held the talks planned since the war broke out on March 3.', [['March 3', '2025-03-03', '2025-03-03']]],
    ['The raid was the first launched by Sylvania since the war broke out on March 3.', [['March 3', '2025-03-03', '2025-03-03']]],
  ])('%j', (text, expected) => {
    expect(eventsOf(text)).toEqual(expected);
  });
});
