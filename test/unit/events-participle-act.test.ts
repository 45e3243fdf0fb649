import { describe, expect, it } from 'vitest';
import { assembleEvents } from '../../src/lib/assemble/events.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';

const lexicon = createActorLexicon([
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
  { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: [], demonyms: ['Sylvanian'] },
]);

/** The events of one paragraph in a paper of Friday 2025-03-14, as date words and summary. */
function eventsOf(text: string) {
  const source = { id: 's', title: 't', publisher: null, published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text }] };
  return assembleEvents(analyseSource(source, lexicon, []), lexicon).candidates.map((e) => [e.date.text, e.summary]);
}

describe('a noun with a participle of an act after the main date tells a happening of its own', () => {
  it.each([
    ['About 300 Freedonian sailors were sent to Marsh City in December against Sylvania’s incursion launched last August.', ['last August', 'Sylvania’s incursion launched last August.']],
    ['Freedonia sent aid to Sylvania in January under the truce signed in May 2024.', ['May 2024', 'truce signed in May 2024.']],
    ['The Freedonian ministers met on Monday to review the blockade imposed in February.', ['February', 'blockade imposed in February.']],
  ])('%j', (text, expected) => {
    expect(eventsOf(text)).toContainEqual(expected);
  });

  it.each([
    // Near misses: a participle of no act, a date restated after a comma (one happening, dated by the
    // restatement), and a second predicate joined by "and" (its own reading).
    ['Freedonia sent aid to Sylvania in January for the people displaced in May.', 'people displaced in May.'],
    ['Freedonia sent aid to Sylvania in January against the incursion launched six months ago, on 6 August.', 'incursion launched six months ago'],
    ['Freedonia sent aid to Sylvania in January and signed a truce in May 2024.', 'truce signed in May 2024.'],
  ])('%j', (text, summary) => {
    expect(eventsOf(text).map(([, s]) => s)).not.toContain(summary);
  });
});
