import { describe, expect, it } from 'vitest';
import { assembleEvents } from '../../src/lib/assemble/events.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';

const lexicon = createActorLexicon([{ id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] }]);

/** The events of one paragraph in a paper of Friday 2025-03-14, as date words and start. */
function eventsOf(text: string) {
  const source = { id: 's', title: 't', publisher: null, published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text }] };
  return assembleEvents(analyseSource(source, lexicon, []), lexicon).candidates.map((e) => [e.date.text, e.date.start]);
}

describe('a dated clause with no named party tells a happening by a past verb of staying or perceiving', () => {
  it.each([
    ['About 700 people remained in the camp on Monday night.', [['on Monday', '2025-03-10']]],
    ['A reporter in Marsh City also heard aircraft over the port on Monday night.', [['on Monday', '2025-03-10']]],
    ['Hundreds of families stayed in the school on Tuesday.', [['on Tuesday', '2025-03-11']]],
    // Near misses: the same verbs with no date, or in a quotation that opens the sentence.
    ['About 700 people remained in the camp.', []],
    ['A reporter in Marsh City also heard aircraft over the port.', []],
    ['“We stayed in the school on Tuesday,” a mother said.', []],
  ])('%j', (text, expected) => {
    expect(eventsOf(text)).toEqual(expected);
  });
});
