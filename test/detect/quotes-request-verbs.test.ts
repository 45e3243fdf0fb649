import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Each report of one sentence: its speaker (actor id, else the description), verb and reported words. */
const read = (text: string) => statements([text]).map((m) => [m.speaker.actor ?? m.speaker.description, m.verb, m.reported]);

describe('a request told in the present or in progress: "requests …", "is requesting …"', () => {
  it.each([
    ['Ruhl requests the Council send observers to the border at once.', [['tomas-ruhl', 'requests', 'the Council send observers to the border at once']]],
    ['The Northern Council is requesting immediate financial assistance for the families in the camps.', [['northern-council', 'requesting', 'immediate financial assistance for the families in the camps']]],
    // A subject that ends in its acronym in parentheses, before a verb in progress as before one in the past.
    ['The Northern Council (NC) is requesting immediate financial assistance for the families in the camps.', [['northern-council', 'requesting', 'immediate financial assistance for the families in the camps']]],
    ['The Northern Council (NC) is demanding the immediate release of the crew held in Marsh City.', [['northern-council', 'demanding', 'the immediate release of the crew held in Marsh City']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // The plural noun, and a request no one makes in the sentence.
    ['Requests for aid rose sharply in the week after the blast.'],
    ['The ministry answered requests from families in the camps.'],
    ['The requests from the families in the camps went unanswered for weeks.'],
    // Words in parentheses that are no acronym of the subject.
    ['The Northern Council (in Fredonburg) is holding talks with the families in the camps.'],
  ])('no report: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});
