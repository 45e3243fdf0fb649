import { describe, expect, it } from 'vitest';
import { assembleEvents } from '../../src/lib/assemble/events.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';

const lexicon = createActorLexicon([
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
  { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: [], demonyms: ['Sylvanian'] },
]);

/** The events of some paragraphs in a paper of Friday 2025-03-14, as date words, start, end and precision. */
function eventsOf(...paragraphs: string[]) {
  const source = { id: 's', title: 't', publisher: null, published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: paragraphs.map((text, i) => ({ n: i + 1, text })) };
  return assembleEvents(analyseSource(source, lexicon, []), lexicon).candidates.map((e) => [e.date.text, e.date.start, e.date.end, e.date.precision]);
}

describe('a happening dated by another happening the article dates', () => {
  it.each([
    // "Since X": from X's start, open end, whether X was told before or after.
    [['Sylvanian forces seized the valley last week.', 'Since the seizure, 3,000 families have moved to Freedonia.'], ['Since the seizure', '2025-03-03', null, 'range']],
    [['Sylvanian forces began shelling Marsh City on Monday.', 'Since Sylvania’s offensive, Freedonia has sheltered 900 families.'], ['Since Sylvania’s offensive', '2025-03-10', null, 'range']],
    [['The ferry has been moored in Marsh City harbour since an attack by Sylvanian boats.', 'Sylvanian boats struck the ferry in an attack on Sunday.'], ['since an attack', '2025-03-09', null, 'range']],
    // "After" a clause whose verb tells a capture, an invasion, a visit: X's date at X's precision.
    [['Families left Fredonburg after the city was recaptured by Sylvania.', 'Sylvania recaptured the city last week.'], ['after the city was recaptured', '2025-03-03', '2025-03-09', 'week']],
    [['Sylvania invaded the valley on Monday.', 'Freedonia recalled its envoy after Sylvania invaded the valley.'], ['after Sylvania invaded', '2025-03-10', '2025-03-10', 'day']],
    [['Minister Berg visited Marsh City in January.', 'Freedonia opened an office there after Berg visited the city.'], ['after Berg visited', '2025-01-01', '2025-01-31', 'month']],
  ])('dates the clause by the happening it names: %j', (paragraphs, expected) => {
    expect(eventsOf(...paragraphs)).toContainEqual(expected);
  });

  it.each([
    // The article does not date the happening: no date, and never the publication day.
    [['Sylvanian forces seized the valley.', 'Since the seizure, 3,000 families have moved to Freedonia.'], /seizure/],
    // A happening of another kind is dated: the explosion does not date the seizure.
    [['Twenty people died in an explosion at a depot on Monday.', 'Since the seizure, 3,000 families have moved to Freedonia.'], /seizure/],
    // A definite phrase points back: a seizure told only later is another one.
    [['Since the seizure, 3,000 families have moved to Freedonia.', 'Sylvania seized two more villages on Monday.'], /seizure/],
    // Time counted from the happening is another day; another happening of the kind is another day too.
    [['Sylvania recaptured the city last week.', 'Freedonia sent aid two days after the city was recaptured.'], /recaptured/],
    [['Sylvanian forces seized the valley last week.', 'Since a second seizure, 3,000 families have moved to Freedonia.'], /seizure/],
    // The date dates the saying, not the seizure said; an act of force after "after" is left alone.
    [['Freedonia said on Monday that Sylvania had seized the valley.', 'Since the seizure, 3,000 families have moved to Freedonia.'], /seizure/],
    [['Sylvanian drones struck the ship on Sunday.', 'The Freedonian crew left the ship after it was struck by a second drone.'], /struck/],
  ])('leaves the clause undated: %j', (paragraphs, words) => {
    expect(eventsOf(...paragraphs).filter(([text]) => words.test(String(text)))).toEqual([]);
  });

  it.each([
    // "… after the talks", "… following the meeting" within a sentence: what came after a meeting the article dates takes its day
    // (a sentence that opens with one is dated by the meeting opening's rule of the date detector).
    [['Berg and Weiss held talks in Marsh City on Tuesday.', 'Berg told reporters after the talks that Freedonia would reopen its embassy.'], ['after the talks', '2025-03-11', '2025-03-11', 'day']],
    [['Freedonian and Sylvanian envoys met in Fredonburg on Monday.', 'Sylvania released twelve prisoners following the meeting in Fredonburg.'], ['following the meeting', '2025-03-10', '2025-03-10', 'day']],
    [['A summit of the two governments opened in Marsh City on 3 March.', 'Freedonia recalled its envoy after the summit.'], ['after the summit', '2025-03-03', '2025-03-03', 'day']],
    [['Freedonia and Sylvania held two-day talks in Marsh City last week.', 'Freedonia lifted the blockade after the two-day talks.'], ['after the two-day talks', '2025-03-03', '2025-03-09', 'week']],
  ])('dates what came after a dated meeting by it: %j', (paragraphs, expected) => {
    expect(eventsOf(...paragraphs)).toContainEqual(expected);
  });

  it.each([
    // The article does not date the meeting.
    [['Freedonian and Sylvanian envoys met in Fredonburg.', 'Berg told reporters after the meeting that Freedonia would reopen its embassy.'], /meeting/],
    // The phrase names another meeting than the one dated: by a place, by a word of its own.
    [['Freedonian and Sylvanian envoys met in Fredonburg on Monday.', 'Sylvania released twelve prisoners after the meeting in Marsh City.'], /meeting/],
    [['Berg and Weiss held talks in Marsh City on Tuesday.', 'Sylvania released twelve prisoners after the military talks.'], /talks/],
    // During or before the meeting; an indefinite or bare meeting; time counted from it.
    [['Berg and Weiss held talks in Marsh City on Tuesday.', 'Freedonia offered to lift the blockade during the talks.'], /talks/],
    [['Freedonian and Sylvanian envoys met in Fredonburg on Monday.', 'Sylvania released twelve prisoners before the meeting.'], /meeting/],
    [['Berg and Weiss held talks in Marsh City on Tuesday.', 'Freedonia lifted the blockade after a meeting with Weiss.'], /meeting/],
    [['Berg and Weiss held talks in Marsh City on Tuesday.', 'Freedonia lifted the blockade after years of talks.'], /talks/],
    [['Berg and Weiss held talks in Marsh City on Tuesday.', 'Freedonia lifted the blockade two days after the talks.'], /after the talks/],
  ])('leaves a clause after a meeting undated: %j', (paragraphs, words) => {
    expect(eventsOf(...paragraphs).filter(([text]) => words.test(String(text)))).toEqual([]);
  });

  it.each([
    // "After N hours of …," opening a sentence is counted from the day told before: the day itself, not a range to publication.
    [['The offensive began on 10 March.', 'After 24 hours of shelling, Sylvania withdrew its garrison.'], ['After 24 hours of shelling', '2025-03-11', '2025-03-11', 'day']],
    [['Freedonian sailors boarded the tanker on 10 March.', 'After six hours of pumping water, Freedonia withdrew its sailors.'], ['After six hours of pumping', '2025-03-10', '2025-03-11', 'range']],
  ])('dates a sentence opened by hours of an activity from the day before it: %j', (paragraphs, expected) => {
    expect(eventsOf(paragraphs.join(' '))).toContainEqual(expected);
  });
});
