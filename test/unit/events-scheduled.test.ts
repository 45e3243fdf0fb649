import { describe, expect, it } from 'vitest';
import { assembleEvents } from '../../src/lib/assemble/events.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';

const lexicon = createActorLexicon([
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
  { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: [], demonyms: ['Sylvanian'] },
]);

/** The events of one paragraph in a paper of Friday 2025-03-14, as summary, first day and whether to come. */
function eventsOf(text: string) {
  const source = { id: 's', title: 't', publisher: null, published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text }] };
  return assembleEvents(analyseSource(source, lexicon, []), lexicon).candidates.map((e) => [e.summary, e.date.start, e.expected]);
}

describe('a happening told as scheduled is an event to come, even with no named party', () => {
  it.each([
    ['The leaders of both countries are scheduled to meet next month.', '2025-04-01'],
    ['Peace talks between the two sides are scheduled on Thursday in Marsh City.', '2025-03-20'],
    ['The next round of talks will take place on Tuesday.', '2025-03-18'],
  ])('%j', (text, start) => {
    expect(eventsOf(text)).toContainEqual([text, start, true]);
  });

  it.each([
    // Near misses with no named party: a forecast of an amount or a state, and a schedule told as past.
    'Prices are expected to rise next month.',
    'The weather will remain cold next week.',
    'The shelter was full on Thursday.',
  ])('%j', (text) => {
    expect(eventsOf(text)).toEqual([]);
  });
});

describe('a connective happening under a main clause that looks ahead is told once', () => {
  it.each([
    // The main clause is still to come, so the sentence told whole on the date is the connective's happening.
    ['Freedonia will send builders to the valley after an incursion that Sylvanian troops repelled last week, Berg said on Tuesday.'],
    ['Freedonia plans to rebuild the port after the storm that hit the coast last week.'],
  ])('%j', (text) => {
    const lastWeek = eventsOf(text).filter(([, start]) => start === '2025-03-03');
    expect(lastWeek).toHaveLength(1);
  });

  it.each([
    // Near misses: a main clause told as past is a happening of its own besides the connective's.
    ['Freedonia sent builders on Wednesday after Sylvanian troops repelled an incursion last week.', 2],
    ['Freedonia rebuilt the port on Tuesday after the storm that hit the coast last week.', 2],
  ])('%j', (text, count) => {
    expect(eventsOf(text)).toHaveLength(count);
  });
});
