import { describe, expect, it } from 'vitest';
import { assembleEvents } from '../../src/lib/assemble/events.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';

const lexicon = createActorLexicon([
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
  { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: [], demonyms: ['Sylvanian'] },
]);

/** Each event of one paragraph in a paper of Friday 2025-03-14, as [its words, start, end]. */
function eventsOf(text: string) {
  const source = { id: 's', title: 't', publisher: null, published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text }] };
  return assembleEvents(analyseSource(source, lexicon, []), lexicon).candidates.map((e) => [e.summary, e.date.start, e.date.end]);
}

/**
 * A date's possessive before a noun of a happening ("last night’s explosion", "last week’s Sylvanian
 * offensive") dates the happening: an event, whatever the sentence's own predicate says; after
 * "since", an event of its own beside the state since then.
 */
describe('a happening named with a date’s possessive', () => {
  it.each<[string, string, (string | null)[][]]>([
    [
      'in a sentence that tells no happening of its own',
      'The cause of last night’s explosion at the depot is still unclear.',
      [['The cause of last night’s explosion at the depot is still unclear.', '2025-03-13', '2025-03-14']],
    ],
    [
      'with describing words before the noun',
      'Nobody knows who ordered last week’s Sylvanian drone attacks.',
      [['Nobody knows who ordered last week’s Sylvanian drone attacks.', '2025-03-03', '2025-03-09']],
    ],
    [
      'after "since": the happening on its date, and the state since then',
      'Some 13,000 people have crossed into Freedonia since last week’s Sylvanian military offensive.',
      [
        ['Some 13,000 people have crossed into Freedonia since last week’s Sylvanian military offensive.', '2025-03-03', null],
        ['last week’s Sylvanian military offensive', '2025-03-03', '2025-03-09'],
      ],
    ],
    // Near misses: no happening after the possessive, a date to come, "since" before no possessive.
    ['a noun of no happening', 'The cause of last year’s budget gap is still unclear.', []],
    ['a date to come', 'The agenda of next week’s summit is still unclear.', []],
    [
      '"since" before a date with no possessive: the state alone',
      'Some 13,000 people have crossed into Freedonia since last week.',
      [['Some 13,000 people have crossed into Freedonia since last week.', '2025-03-03', null]],
    ],
  ])('%s', (_label, text, expected) => {
    expect(eventsOf(text)).toEqual(expected);
  });
});
