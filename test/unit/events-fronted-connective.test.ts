import { describe, expect, it } from 'vitest';
import { assembleEvents } from '../../src/lib/assemble/events.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';

const lexicon = createActorLexicon([
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
  { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: [], demonyms: ['Sylvanian'] },
]);

/** The events of one paragraph in a paper of Friday 2025-03-14, as date words, first and last day, and summary. */
function eventsOf(text: string) {
  const source = { id: 's', title: 't', publisher: null, published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text }] };
  return assembleEvents(analyseSource(source, lexicon, []), lexicon).candidates.map((e) => [e.date.text, e.date.start, e.date.end, e.summary]);
}

// "After tensions rose in late February, thousands fled": the opening tells a happening with a verb of
// its own, dated by the date that ends it; it is an event of its own, as a trailing "…, after X took the
// port last week" is, and the main clause takes its date (corpus README: "after X" takes X's date).
describe('a sentence opening with a connective and a dated clause of its own', () => {
  it.each([
    [
      'Following the Sylvanian offensive launched on March 3, Freedonian officials agreed to a truce.',
      ['March 3', '2025-03-03', '2025-03-03', 'the Sylvanian offensive launched on March 3'],
    ],
    [
      'After tensions increased in late February, over 9,000 people sought shelter in Freedonia.',
      ['late February', '2025-02-21', '2025-02-28', 'tensions increased in late February'],
    ],
    [
      'After Sylvania took the port on Monday, the Freedonian envoy left the capital.',
      ['on Monday', '2025-03-10', '2025-03-10', 'Sylvania took the port on Monday'],
    ],
    [
      'After the talks collapsed on Tuesday, Freedonia recalled its envoy.',
      ['on Tuesday', '2025-03-11', '2025-03-11', 'the talks collapsed on Tuesday'],
    ],
  ])('is an event of its own: %j', (text, expected) => {
    expect(eventsOf(text)).toContainEqual(expected);
  });

  it.each([
    ['After tensions increased in late February, over 9,000 people sought shelter in Freedonia.', '2025-02-21', '2025-02-28'],
    ['After Sylvania took the port on Monday, the Freedonian envoy left the capital.', '2025-03-10', '2025-03-10'],
  ])('dates the main clause by it, not by a range up to publication: %j', (text, start, end) => {
    expect(eventsOf(text)).toContainEqual([expect.any(String), start, end, text]);
  });

  // Near misses: a noun phrase alone points back to a happening told before ("After the attacks on
  // Friday, …"), which is no new event, and the main clause keeps the range from that day; a duration
  // after the connective, or time counted from the happening, is no happening either.
  it.each([
    ['After the attacks on Monday, Freedonia closed its airspace.', 1],
    ['Following a one-day operation in the valley last week, Sylvania declared victory.', 1],
    ['After the red alert on Monday, Freedonia closed its airspace.', 1],
    ['After the reported strikes on Monday, Freedonia closed its airspace.', 1],
    ['Following a long-planned raid on Monday, Freedonia closed its airspace.', 1],
    ['After three decades in the valley, Sylvania left on Monday.', 1],
    ['Two days after Sylvania took the port on Monday, Freedonia recalled its envoy.', 1],
  ])('is no event of its own: %j', (text, count) => {
    expect(eventsOf(text)).toHaveLength(count);
  });

  // Its date dates the main clause's second predicate too, as a fronted date does ("Last month, X
  // re-designated the group and said …").
  it('dates the second predicate of the main clause by it', () => {
    expect(eventsOf('Following the Sylvanian offensive launched on March 3, Freedonian officials agreed to a truce and signed a decree dissolving the assembly.')).toContainEqual([
      'March 3',
      '2025-03-03',
      '2025-03-03',
      'signed a decree dissolving the assembly.',
    ]);
  });

  // Near misses: an opening with a noun phrase alone, and a date inside the opening that names a thing
  // ("the March 3 attack") rather than ending its words.
  it.each([
    ['After the attacks on Monday, Sylvania vowed revenge and fired missiles at the port.', 'fired missiles at the port.'],
    ['After most residents had fled following the March 3 attack, Freedonian officials visited the valley and met the mayor.', 'met the mayor.'],
  ])('leaves the second predicate alone: %j', (text, summary) => {
    expect(eventsOf(text).filter(([, , , s]) => s === summary)).toEqual([]);
  });

  it('keeps the range from the day after an opening with no verb', () => {
    expect(eventsOf('After the attacks on Monday, Freedonia closed its airspace.')).toEqual([
      ['After the attacks on Monday', '2025-03-10', '2025-03-14', 'After the attacks on Monday, Freedonia closed its airspace.'],
    ]);
  });
});
