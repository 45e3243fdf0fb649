import { describe, expect, it } from 'vitest';
import { assembleEvents } from '../../src/lib/assemble/events.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';

const lexicon = createActorLexicon([
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
  { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: [], demonyms: ['Sylvanian'] },
]);

/** The date words of the events of one paragraph in a paper of Friday 2025-03-14. */
function datesOf(text: string) {
  const source = { id: 's', title: 't', publisher: null, published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text }] };
  return assembleEvents(analyseSource(source, lexicon, []), lexicon).candidates.map((e) => e.date.text);
}

describe('a happening told by a noun its date follows is an event, with no named doer and no verb of its own', () => {
  it.each([
    ['A blast on March 10 at the grain silo near Marsh City has shut the harbour road.', 'March 10'],
    ['Investigators still ask what caused the explosion near the harbour on Monday evening.', 'on Monday'],
    ['The toll from a blast at the fish market in the old town earlier on Tuesday stands at 40.', 'on Tuesday'],
    ['Rocket attacks last month on the port of Fredonburg have forced shippers to reroute.', 'last month'],
    ['The funeral on Saturday in Marsh City drew thousands of mourners.', 'on Saturday'],
  ])('%j', (text, date) => {
    expect(datesOf(text)).toContain(date);
  });

  it.each([
    // Near misses: a state since a date, a noun denied, a noun of a document or a figure, a date to
    // come, a date of another clause after a comma.
    'Attacks on the port since Monday keep the harbour shut.',
    'The harbour is calm, with no attacks on its ships in January.',
    'The budget of the harbour in March stays unchanged.',
    'Fuel prices at the depot near Marsh City in March stay high.',
    'Another attack on the harbour next week would close the strait.',
    'The blast is a warning to the harbour, and shipping in January stays thin.',
  ])('%j', (text) => {
    expect(datesOf(text)).toEqual([]);
  });
});
