import { describe, expect, it } from 'vitest';
import { assembleEvents } from '../../src/lib/assemble/events.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';

const lexicon = createActorLexicon([{ id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] }]);

/** The date words of the events of one paragraph in a paper of 2023-10-15. */
function datesOf(text: string) {
  const source = { id: 's', title: 't', publisher: null, published: '2023-10-15', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text }] };
  return assembleEvents(analyseSource(source, lexicon, []), lexicon).candidates.map((e) => e.date.text);
}

describe('a war fought or gone to is a happening, with no named party', () => {
  it.each([
    ['The two peoples went to war over the marshes in the 1990s and in 2016.', ['the 1990s', '2016']],
    ['The two peoples fought over the valley in the early 1990s.', ['the early 1990s']],
    ['Rebels and soldiers fought in the hills near Marsh City in 2016.', ['2016']],
  ])('%j', (text, dates) => {
    expect(datesOf(text)).toEqual(dates);
  });

  it.each([
    // Near misses: a compound adjective, a war denied, a war to come.
    'A hard-fought peace in 2021 is now at risk.',
    'The two peoples have not fought since 2020.',
    'The neighbours could go to war over the valley in 2024.',
  ])('%j', (text) => {
    expect(datesOf(text)).toEqual([]);
  });
});

describe('ground taken and an act achieved are happenings: "retook", "took control", "managed to liberate"', () => {
  it.each([
    ['In the autumn of 2020, the Freedonian army took back seven districts.', ['the autumn of 2020']],
    ['The Freedonian army retook the valley in the spring of 2021.', ['the spring of 2021']],
    ['In September 2020, the Freedonian army managed to liberate the hills.', ['September 2020']],
    ['In late September 2020, Freedonia succeeded in pushing back the rebels.', ['late September 2020']],
  ])('%j', (text, dates) => {
    expect(datesOf(text)).toEqual(dates);
  });

  it.each([
    // Near misses: an attempt that failed, a hope, an act still to come.
    'The Freedonian army never managed to retake the hills in 2020.',
    'The rebels hope the army will take back the valley in 2024.',
    'The army did not take control of the valley in 2020.',
  ])('%j', (text) => {
    expect(datesOf(text)).toEqual([]);
  });
});
