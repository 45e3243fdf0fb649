import { describe, expect, it } from 'vitest';
import { assembleEvents } from '../../src/lib/assemble/events.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';

const lexicon = createActorLexicon([
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
  { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: [], demonyms: [] },
  { id: 'anna-berg', name: 'Anna Berg', kind: 'person', government: 'freedonia', aliases: ['Berg'], demonyms: [] },
  { id: 'max-ober', name: 'Max Ober', kind: 'commentator', aliases: ['Ober'], demonyms: [] },
  { id: 'daily-courier', name: 'Daily Courier', kind: 'media', aliases: [], demonyms: [] },
]);

function eventsOf(...paragraphs: string[]) {
  const source = { id: 's', title: 't', publisher: null, published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: paragraphs.map((text, i) => ({ n: i + 1, text })) };
  return assembleEvents(analyseSource(source, lexicon, []), lexicon);
}

describe('assembleEvents', () => {
  it.each([
    ['Anna Berg is headed to Sylvania this week and is expected to announce a new naval mission.', 'is expected to announce a new naval mission.', '2025-03-15', true],
    ['Freedonia closed the border on Tuesday and recalled its envoy.', 'recalled its envoy.', '2025-03-11', false],
  ])('dates the second of two predicates by a date after the first: %j', (text, summary, start, expected) => {
    const { candidates } = eventsOf(text);
    expect(candidates.map((e) => [e.summary, e.date.start, e.expected])).toContainEqual([summary, start, expected]);
  });

  it.each([
    // What follows a saying is what was said; a later date dates the second predicate itself.
    ['Freedonia said on Tuesday that Sylvania closed the border and attacked the port.', 'attacked the port.'],
    ['Freedonia praised the troops on Tuesday and awarded them medals on Thursday.', 'awarded them medals on Thursday.'],
  ])('leaves the second predicate to its own reading: %j', (text, summary) => {
    const { candidates } = eventsOf(text);
    expect(candidates.filter((e) => e.summary === summary && e.date.start === '2025-03-11')).toEqual([]);
  });

  it('makes a second saying after ", and" a happening of the fronted date, and leaves what was said alone', () => {
    const said = eventsOf('On Tuesday, Freedonia said it would close the border with Sylvania, and warned shipping companies against dealing with Sylvanian ports.');
    expect(said.candidates.map((e) => [e.summary, e.date.start])).toContainEqual(['warned shipping companies against dealing with Sylvanian ports.', '2025-03-11']);
    // "and attacked" inside what was said is no happening of the saying's day.
    const inside = eventsOf('On Tuesday, Freedonia said Sylvania had closed the border, and attacked the port.');
    expect(inside.candidates.map((e) => e.summary)).not.toContain('attacked the port.');
  });

  it.each([
    // A happening a weekday named by its possessive dates a later sentence that names it again.
    [['Freedonia said 30 people were missing after Monday’s explosion at a depot.', '68 people died in the explosion.'], ['68 people died in the explosion.', '2025-03-10']],
    [['Sylvania condemned Saturday night’s attack on the port.', 'Two sailors were wounded during the attack, Freedonia said.'], ['Two sailors were wounded during the attack, Freedonia said.', '2025-03-08']],
  ])('dates a sentence naming a happening dated before by that day: %j', (paragraphs, expected) => {
    const { candidates } = eventsOf(...paragraphs);
    expect(candidates.map((e) => [e.summary, e.date.start])).toContainEqual(expected);
  });

  it.each([
    // No happening of that noun was dated before.
    [['Freedonia said 30 people were missing after the storm.', '68 people died in the explosion.']],
    // Another happening than the one named ("the attack on the convoy"), or not a happening noun.
    [['Sylvania condemned Monday’s attack on the port.', 'Two sailors were wounded in the attack on the convoy.']],
    [['Freedonia welcomed Monday’s agreement.', 'Sylvania took part in the agreement.']],
  ])('leaves a sentence with no date of its own undated otherwise: %j', (paragraphs) => {
    const { candidates } = eventsOf(...paragraphs);
    expect(candidates.filter((e) => e.citations[0]?.paragraph === 2)).toEqual([]);
  });

  it('makes one event of a dated sentence naming a party, summarised by the sentence', () => {
    const { candidates } = eventsOf('Freedonia closed its border with Sylvania on Tuesday. The weather was fine.');
    expect(candidates.map((e) => [e.summary, e.date.start, e.governments, e.expected])).toEqual([
      ['Freedonia closed its border with Sylvania on Tuesday.', '2025-03-11', ['freedonia', 'sylvania'], false],
    ]);
  });

  it('dates "earlier in the day" by the day the story tells of, past a day of the background told in between', () => {
    const { candidates } = eventsOf(
      'Freedonia will end its operation if the rebels disarm. Anna Berg said this on Wednesday.',
      'Berg called the vote in Sylvania on March 2 a provocation.',
      'Earlier in the day, Sylvania called on Freedonia to halt the operation.',
    );
    expect(candidates.map((e) => [e.date.text, e.date.start])).toContainEqual(['Earlier in the day', '2025-03-12']);
  });

  it.each([
    ['Freedonia fired missiles at Sylvania on Tuesday in its largest attack since the conflict erupted in November.', 'the conflict erupted in November.', '2024-11-01'],
    ['Freedonia fired missiles at Sylvania on Tuesday in its largest attack since the truce of 2022.', null, null],
    ['Freedonia fired missiles at Sylvania on Tuesday in its largest attack since May.', null, null],
  ])('makes the clause after "since" a happening of its own, dated by the date that ends it: %j', (text, summary, start) => {
    const { candidates } = eventsOf(text);
    const inner = candidates.filter((e) => e.summary !== text);
    expect(inner.map((e) => [e.summary, e.date.start])).toEqual(summary === null ? [] : [[summary, start]]);
  });

  it('dates what a named commentator said, but not an outlet’s report', () => {
    const { candidates } = eventsOf('Max Ober said on Wednesday the delays would last months.', 'The Daily Courier reported the delays on Thursday.');
    expect(candidates.map((e) => [e.date.text, e.actors])).toEqual([['on Wednesday', ['max-ober']]]);
  });

  it('dates what followed "After the strikes on Tuesday, …" from that day to publication', () => {
    const { candidates } = eventsOf('After the strikes on Tuesday, Freedonia vowed to close its ports.', 'After Anna Berg visited Sylvania on Monday, talks resumed.');
    expect(candidates.map((e) => [e.date.text, e.date.start, e.date.end, e.date.precision])).toEqual([
      ['After the strikes on Tuesday', '2025-03-11', '2025-03-14', 'range'],
      ['on Monday', '2025-03-10', '2025-03-10', 'day'],
      // The visit the opening tells with a verb of its own is a happening of its own that day.
      ['on Monday', '2025-03-10', '2025-03-10', 'day'],
    ]);
  });

  it.each([
    ['After the Daily Courier reported on Monday that the boats had left, Sylvania closed its ports.', 'on Monday', 'day'],
    ['After Anna Berg announced on Monday that talks would resume, Sylvania closed its ports.', 'on Monday', 'day'],
    // A participle before a noun opens no clause: what followed is dated from that day to publication.
    ['After the reported strikes on Monday, Sylvania closed its ports.', 'After the reported strikes on Monday', 'range'],
  ])('dates a saying that opens "After …, …" by its own day: %s', (text, dateText, precision) => {
    const { candidates } = eventsOf(text);
    expect(candidates.map((e) => [e.date.text, e.date.precision])).toContainEqual([dateText, precision]);
  });

  it('dates nothing by a past period of no stated length ("in recent weeks"), but keeps "until this morning"', () => {
    const { candidates } = eventsOf('In recent weeks, Freedonia has stepped up its patrols.', 'Sylvania shelled the port over the past several months.', 'Up until this morning, Anna Berg expected the talks to go ahead.');
    expect(candidates.map((e) => e.date.text)).toEqual(['until this morning']);
  });

  it('makes no event to come of what will not happen', () => {
    const { candidates } = eventsOf(
      'Anna Berg will not attend the summit in Sylvania tomorrow.',
      '“I have made the decision not to attend the summit in Sylvania tomorrow,” Anna Berg said on Wednesday.',
      'Anna Berg will attend the talks in Sylvania tomorrow.',
    );
    expect(candidates.map((e) => [e.date.text, e.expected])).toEqual([
      ['on Wednesday', false],
      ['tomorrow', true],
    ]);
  });

  it.each([
    // A further date of a clause told as not having happened dates nothing; the main date still does.
    ['Freedonia shelled the port on Monday, but Sylvania did not respond on Tuesday.', ['on Monday']],
    ['Reports emerged in October that Freedonian boats were in the strait, though neither Freedonia nor Sylvania confirmed them on Tuesday.', ['October']],
    ['Neither Freedonia nor Sylvania confirmed the talks on Tuesday.', []],
    // A negation before an earlier date denies nothing of a later one.
    ['Freedonia did not confirm until late February that it had sent boats under a treaty signed by Anna Berg last year.', ['until late February', 'last year']],
    // Two sides that both did something: a happening.
    ['Both Freedonia and Sylvania confirmed the talks on Tuesday.', ['on Tuesday']],
    ['Freedonia shelled the port on Monday, and Sylvania responded in kind on Tuesday.', ['on Monday', 'on Tuesday']],
  ])('dates no happening told as not having happened, in a further clause too: %j', (text, dated) => {
    expect(eventsOf(text).candidates.map((e) => e.date.text)).toEqual(dated);
  });

  it.each([
    ['In 2020, Freedonia sent support to Sylvania when its forces regained control of the valley.', [['2020', 'In 2020, Freedonia sent support to Sylvania when its forces regained control of the valley.'], ['2020', 'when its forces regained control of the valley.']]],
    ['On Monday, Freedonia shelled the port when Sylvanian boats approached the coast.', [['On Monday', 'On Monday, Freedonia shelled the port when Sylvanian boats approached the coast.'], ['On Monday', 'when Sylvanian boats approached the coast.']]],
    // A question, a date that does not open the sentence, a state, or speech: one event.
    ['In 2020, Anna Berg asked when the Sylvanian troops crossed the border.', [['2020', 'In 2020, Anna Berg asked when the Sylvanian troops crossed the border.']]],
    ['Freedonia sent support to Sylvania in 2020 when its forces regained the valley.', [['2020', 'Freedonia sent support to Sylvania in 2020 when its forces regained the valley.']]],
    ['In 2020, Anna Berg said Freedonia sent support when its forces regained the valley.', [['2020', 'In 2020, Anna Berg said Freedonia sent support when its forces regained the valley.']]],
  ])('makes the "when" clause of a sentence its date opens a happening of its own: %j', (text, expected) => {
    expect(eventsOf(text).candidates.map((e) => [e.date.text, e.summary])).toEqual(expected);
  });

  it('makes no event of what is told as not having happened, but keeps the saying and a late happening', () => {
    const { candidates } = eventsOf(
      'An official of Freedonia said, "No Freedonian strike occurred today".',
      'Sylvania did not attack the port on Monday.',
      'Anna Berg said on Monday that no strike had occurred.',
      'No one was hurt in the Sylvanian attack on Tuesday.',
      'Freedonia did not confirm the deployment until late February.',
    );
    expect(candidates.map((e) => e.summary)).toEqual([
      'Anna Berg said on Monday that no strike had occurred.',
      'No one was hurt in the Sylvanian attack on Tuesday.',
      'Freedonia did not confirm the deployment until late February.',
    ]);
  });

  it.each([
    // A date next to the act's medium, or before an adverb and the verb, dates the saying of a speaker the topic does not list.
    ['The envoy in a statement Monday also highlighted the need to protect civilians.', [['Monday', '2025-03-10']]],
    ['The envoy said in a statement Monday that civilians must be protected.', [['Monday', '2025-03-10']]],
    ['The envoy said in a televised address Monday that the talks would go on.', [['Monday', '2025-03-10']]],
    // Nothing about the saying: a date that dates no saying is read as before.
    ['The envoy said in a statement that civilians must be protected, citing a report from Monday.', []],
  ])('dates the saying of an unlisted speaker by a date after "in a statement": %j', (text, expected) => {
    expect(eventsOf(text).candidates.map((e) => [e.date.text, e.date.start])).toEqual(expected);
  });

  it.each([
    // A negated "since" tells only what has not happened since (corpus README, twenty-ninth batch).
    ['Sylvania has not fought since mid-January.', []],
    ['Anna Berg reported that Freedonian troops have not taken part in the fighting since mid-January.', []],
    ['Anna Berg said on Monday that Freedonian troops have not fought since January.', [['on Monday', '2025-03-10']]],
    // The happening a "since" clause names still happened; a state held since is still one.
    ['Sylvania has not fought since the truce was signed in May.', [['May', '2024-05-01']]],
    ['Freedonia has kept its embassy closed since May.', [['since May', '2024-05-01']]],
    ['Anna Berg said on Monday that Freedonian troops have fought in the valley since January.', [['on Monday', '2025-03-10'], ['since January', '2025-01-01']]],
  ])('makes no event of a negated state "since" a date: %j', (text, expected) => {
    expect(eventsOf(text).candidates.map((e) => [e.date.text, e.date.start])).toEqual(expected);
  });

  it.each([
    // What might have been and was not: no event.
    ['“Sylvania could have got a year ago what is in the deal now,” Anna Berg said.', []],
    ['Freedonia should have sent its reply on Monday.', []],
    ['Sylvania would have signed the treaty last year.', []],
    // What could not be done was not done.
    ['The Freedonian daily quoted Anna Berg as saying, “I thought of the families who could not be present today.”', []],
    ['Sylvanian boats were unable to leave the port on Monday, Anna Berg said.', []],
    // A saying dated on its own stays one.
    ['Anna Berg said on Monday that the boats could not leave.', ['on Monday']],
    // What may have happened, or could have been done, is still told as a happening; a saying stays one.
    ['Sylvania may have moved boats to the port on Monday.', ['on Monday']],
    ['The missile could have been fired by Sylvania on Monday.', ['on Monday']],
    ['Anna Berg said on Monday that Sylvania could have signed.', ['on Monday']],
  ])('makes no event of what might have been: %j', (text, expected) => {
    expect(eventsOf(text).candidates.map((e) => e.date.text)).toEqual(expected);
  });

  it('adds an expected event for a date that looks ahead, summarised by its clause', () => {
    const { candidates } = eventsOf('Anna Berg said on Wednesday that 300 boats had left, with more expected by June.');
    expect(candidates.map((e) => [e.summary, e.expected])).toEqual([
      ['Anna Berg said on Wednesday that 300 boats had left, with more expected by June.', false],
      ['with more expected by June.', true],
    ]);
  });

  it('counts "the previous day" from the day of publication when the article has told no day before', () => {
    const { candidates } = eventsOf('Freedonia said the previous day that it would reopen its border.');
    expect(candidates.map((e) => [e.date.text, e.date.start])).toEqual([['the previous day', '2025-03-13']]);
  });

  it('makes an event of each further past date in a clause of its own', () => {
    const { candidates } = eventsOf('Freedonia closed its border on Tuesday, after Sylvania had massed boats along the coast in February.');
    expect(candidates.map((e) => [e.date.text, e.summary])).toEqual([
      ['on Tuesday', 'Freedonia closed its border on Tuesday, after Sylvania had massed boats along the coast in February.'],
      // The connective's happening, in its own words.
      ['February', 'Sylvania had massed boats along the coast in February'],
    ]);
    expect(eventsOf('Freedonia closed its border on Tuesday, while Sylvania had massed boats along the coast in February.').candidates.map((e) => [e.date.text, e.summary])).toEqual([
      ['on Tuesday', 'Freedonia closed its border on Tuesday, while Sylvania had massed boats along the coast in February.'],
      ['February', 'while Sylvania had massed boats along the coast in February.'],
    ]);
  });

  it('makes an event of a date inside what was reported, apart from the day of the report', () => {
    const { candidates } = eventsOf('The Courier reported on Tuesday that Ruhl visited the port the previous day with senior officers.');
    expect(candidates.map((e) => [e.date.text, e.date.start, e.summary])).toEqual([
      ['on Tuesday', '2025-03-11', 'The Courier reported on Tuesday that Ruhl visited the port the previous day with senior officers.'],
      ['the previous day', '2025-03-10', 'that Ruhl visited the port the previous day with senior officers'],
    ]);
  });

  it('dates a happening told with a finite verb even when it names no party', () => {
    const { candidates } = eventsOf(
      'The treaty was ratified in November.',
      'The weather in November was fine.',
      'The militia targeted two boats on 15 November.',
      'The rebels surrendered on 20 November.',
      'In February, the troops were "withdrawn", according to an official.',
      'By Monday, the troops had almost entirely withdrawn from the border.',
      'The previous call between the two presidents took place in mid-February.',
      'The crew of a cargo ship that was seriously damaged in a missile attack on 18 November has abandoned it, officials say.',
      'The weather was usually fine in November.',
      'Three boats were sunk on 21 November.',
    );
    expect(candidates.map((e) => [e.summary, e.date.start])).toEqual([
      ['The treaty was ratified in November.', '2024-11-01'],
      ['The militia targeted two boats on 15 November.', '2024-11-15'],
      ['The rebels surrendered on 20 November.', '2024-11-20'],
      ['In February, the troops were "withdrawn", according to an official.', '2025-02-01'],
      ['By Monday, the troops had almost entirely withdrawn from the border.', null],
      ['The previous call between the two presidents took place in mid-February.', '2025-02-11'],
      ['The crew of a cargo ship that was seriously damaged in a missile attack on 18 November has abandoned it, officials say.', '2024-11-18'],
      ['Three boats were sunk on 21 November.', '2024-11-21'],
    ]);
  });

  it('dates what is expected to happen even when it names no party', () => {
    const { candidates } = eventsOf('The designation is expected to be announced on Wednesday, the Courier said.');
    expect(candidates.map((e) => [e.date.start, e.expected])).toEqual([['2025-03-19', true]]);
  });

  it('makes a clause joined by "and" after the dated one a happening of its own on that day, but not in reported speech', () => {
    const { candidates } = eventsOf(
      'Sylvania struck three vessels on Sunday, and a Freedonian warship shot down three drones.',
      'Anna Berg said on Monday that troops had left and the border was reopened.',
      'Freedonia closed the border on Monday and Sylvania protested on Tuesday.',
    );
    expect(candidates.map((e) => [e.summary, e.date.start])).toContainEqual(['a Freedonian warship shot down three drones.', '2025-03-09']);
    expect(candidates.filter((e) => e.date.start === '2025-03-09')).toHaveLength(2);
    expect(candidates.filter((e) => e.date.start === '2025-03-10')).toHaveLength(2);
  });

  it.each([
    // "while" joins a second happening of the same day as "and" does; a subject may take an appositive.
    ['Sylvania hit three ships with missiles Sunday while the FNS Valour, a Freedonian destroyer, shot down three drones, the Freedonian navy said.', 'the FNS Valour, a Freedonian destroyer, shot down three drones, the Freedonian navy said.'],
    // A place between the date and the comma; a saying well before the date dates nothing.
    ['Anna Berg said Freedonian forces shot down two drones late Sunday over the northern strait, while a third drone crashed into the sea.', 'a third drone crashed into the sea.'],
    ['Sylvania struck three vessels on Sunday in the northern strait, and a Freedonian warship shot down three drones.', 'a Freedonian warship shot down three drones.'],
  ])('makes a clause joined by "and" or "while" a happening of the date before it: %j', (text, joined) => {
    const { candidates } = eventsOf(text);
    expect(candidates.map((e) => [e.summary, e.date.start])).toContainEqual([joined, '2025-03-09']);
  });

  it.each([
    // The date dates the saying: what follows is what was said.
    'Anna Berg said Sunday that Sylvania struck three ships, while a Freedonian warship shot down three drones.',
    'On Sunday, Anna Berg said Sylvania struck three ships, and a Freedonian warship shot down three drones.',
    // "while" with no subject and past verb of its own joins nothing.
    'Sylvania struck three ships on Sunday while sailing through the strait.',
    // A place phrase with no comma after it may be a list: "and" there joins no clause.
    'Sylvania struck targets on Sunday in the port and the harbour wall collapsed.',
  ])('joins no happening to the date: %j', (text) => {
    const { candidates } = eventsOf(text);
    expect(candidates.filter((e) => e.summary !== text && e.date.start === '2025-03-09')).toEqual([]);
  });

  it.each([
    ['This updated figure, provided in a briefing to a lawmaker on Tuesday, marks a sharp rise.', '2025-03-11'],
    ['The report, published on Monday, runs to forty pages.', '2025-03-10'],
  ])('keeps a sentence with no named party whose participle aside tells a dated act: %j', (text, start) => {
    const { candidates } = eventsOf(text);
    expect(candidates.map((e) => [e.summary, e.date.start])).toEqual([[text, start]]);
  });

  it.each([
    // A participle of a state or relation tells no act.
    'The old town, located in the north, is calm again on Monday.',
    'The estimate, based on new intelligence, stood at 2,000 on Monday.',
  ])('keeps no sentence whose only participle aside tells a state: %j', (text) => {
    expect(eventsOf(text).candidates).toEqual([]);
  });

  it.each([
    ['The port is part of a wider region, which has been a focal point of the fighting since 2014.', '2014-01-01'],
    ['The old town has been under siege since March.', '2025-03-01'],
  ])('makes a state held since a date an event with an open end, whoever holds it: %j', (text, start) => {
    const { candidates } = eventsOf(text);
    expect(candidates.map((e) => [e.summary, e.date.start, e.date.end])).toEqual([[text, start, null]]);
  });

  it.each([
    // No date after "since", or no state in the perfect: nothing the text dates.
    'The old town has been under siege for years.',
    'The old town is a focal point of the fighting, as it was in 2014.',
    // A state that has not held since the date is no happening.
    'The old port has not been used since March.',
  ])('makes no event of a state with no date after "since": %j', (text) => {
    expect(eventsOf(text).candidates).toEqual([]);
  });

  it('makes a clause joined by "and" after the main clause of a sentence its date opens a happening of its own on that day', () => {
    const { candidates } = eventsOf('On Sunday, Sylvania received support from Fredonburg, and Freedonia offered mediation.');
    expect(candidates.map((e) => [e.summary, e.date.start])).toEqual([
      ['On Sunday, Sylvania received support from Fredonburg, and Freedonia offered mediation.', '2025-03-09'],
      ['Freedonia offered mediation.', '2025-03-09'],
    ]);
  });

  it.each([
    ['Sunday evening, at about 9 p.m., Sylvania received support from Fredonburg, and a Freedonian drone crashed.', 'a Freedonian drone crashed.'],
    ['On Sunday morning, Sylvania received support from Fredonburg, and Freedonia offered mediation.', 'Freedonia offered mediation.'],
    // A word after the date that is no part of the day: the sentence is not one the date opens.
    ['On Sunday two Sylvanian towns received support, and Freedonia offered mediation.', null],
  ])('reads a part of the day after a date that opens its sentence as part of that opening: %j', (text, joined) => {
    const { candidates } = eventsOf(text);
    expect(candidates.filter((e) => e.summary !== text).map((e) => [e.summary, e.date.start])).toEqual(joined === null ? [] : [[joined, '2025-03-09']]);
  });

  it('dates a second predicate by the main date when the later date is a relative clause’s ("… on Thursday and awarded medals to soldiers who returned this week")', () => {
    const { candidates } = eventsOf('Anna Berg praised the troops on Thursday and awarded medals to the soldiers who returned this week.');
    expect(candidates.map((e) => [e.summary, e.date.start, e.date.precision])).toEqual([
      ['Anna Berg praised the troops on Thursday and awarded medals to the soldiers who returned this week.', '2025-03-13', 'day'],
      ['awarded medals to the soldiers', '2025-03-13', 'day'],
      ['who returned this week.', '2025-03-10', 'range'],
    ]);
    // With no relative clause, the later date dates the second predicate.
    const { candidates: stepped } = eventsOf('Anna Berg led the government during the 2020 war and stepped down in early March.');
    expect(stepped.map((e) => [e.summary, e.date.text])).toContainEqual(['stepped down in early March.', 'early March']);
  });

  it('makes an event to come of what an unlisted speaker says is coming, dated in the words reported', () => {
    const { candidates } = eventsOf(
      'The leader of the breakaway republic has announced that it will cease to exist in the new year.',
      'A shipping executive said the port was calm last month.',
    );
    expect(candidates.map((e) => [e.date.text, e.date.start, e.expected])).toEqual([['in the new year', '2026-01-01', true]]);
  });

  it('dates a saying told in a short clause after a sentence dated otherwise ("…, an activist said Friday.")', () => {
    const { candidates } = eventsOf('Two prisoners held by Sylvania since early 2025 have asked to be taken to Freedonia, an activist said Friday.');
    expect(candidates.map((e) => [e.date.text, e.date.start])).toEqual([
      ['since early 2025', '2025-01-01'],
      ['Friday', '2025-03-14'],
    ]);
  });

  it.each([
    // Counted back from a day known only to its month: no event for the range.
    ['In January, Freedonia said it had sent 300 sailors in the past three months.', [['January', '2025-01-01']]],
    ['In January, Anna Berg said Sylvania had attacked the port last week.', [['January', '2025-01-01']]],
    // A month or year named is placed as well from publication; a saying dated to the day places the range.
    ['Last year, Freedonia said it had sent 300 sailors in June.', [['Last year', '2024-01-01'], ['June', '2024-06-01']]],
    ['Freedonia said on Monday it had sent 300 sailors in the past three months.', [['on Monday', '2025-03-10']]],
    // A date next to the verb dates the saying itself, whatever date comes before it.
    ['Anna Berg, who led Freedonia in the 2020 war, said last week that Sylvania had attacked.', [['the 2020', '2020-01-01'], ['last week', '2025-03-03']]],
  ])('leaves out a relative range said on a day known only to a month: %j', (text, expected) => {
    expect(eventsOf(text).candidates.map((e) => [e.date.text, e.date.start])).toEqual(expected);
  });

  it.each([
    // An act of force told before, dated by the day its words lead up to (not a later day of the sentence).
    [['Sylvanian drones struck two ships on Tuesday, as Freedonia confirmed on Wednesday.', 'Following the attack, Freedonia advised ships to keep away.'], ['Following the attack', '2025-03-11']],
    [['On Monday, Freedonian jets struck the port.', 'After the strikes, Sylvania recalled its envoy.'], ['After the strikes', '2025-03-10']],
    // The same words closing a clause later in the sentence.
    [['Twenty people were killed in an explosion at a depot in Sylvania on Monday.', 'Freedonia took 290 patients to four hospitals after the blast, Anna Berg said.'], ['after the blast', '2025-03-10']],
    // Words before the act's noun, an engagement told during it, and the act named again by "that".
    [['A Freedonian ship was struck by a missile on Monday.', 'Following the initial missile attack, Sylvanian boats launched another assault.'], ['Following the initial missile attack', '2025-03-10']],
    [['On Monday, Sylvanian boats attacked a Freedonian ship.', 'During the engagement, three of the boats were sunk by helicopters.'], ['During the engagement', '2025-03-10']],
    [['On Monday, Sylvania carried out a massive attack against ships.', 'Freedonian jets shot down 18 drones in that attack.'], ['in that attack', '2025-03-10']],
  ])('dates a sentence that follows an act of force told before ("After the strikes, …", "… after the blast, …") by its day: %j', (paragraphs, expected) => {
    expect(eventsOf(...paragraphs).candidates.map((e) => [e.date.text, e.date.start])).toContainEqual(expected);
  });

  it.each([
    // No act of force dated before, or the opening names no act of force: nothing to follow.
    [['Sylvania struck two ships.', 'Following the attack, Freedonia advised ships to keep away.']],
    [['Anna Berg met Sylvanian envoys on Tuesday.', 'Following the attack, Freedonia advised ships to keep away.']],
    [['Sylvanian drones struck two ships on Tuesday.', 'Following the decision, Freedonia advised ships to keep away.']],
    [['Anna Berg met Sylvanian envoys on Tuesday.', 'During the engagement, three boats were sunk by helicopters.']],
    [['Sylvania struck two ships.', 'Freedonian jets shot down 18 drones in that attack.']],
  ])('leaves undated an opening with no dated act of force before it: %j', (paragraphs) => {
    expect(eventsOf(...paragraphs).candidates.filter((e) => /^(?:Following|During)|in that attack/.test(e.summary))).toEqual([]);
  });

  it.each([
    // Time counted from the act is another day; words that name which act may name another.
    [['Twenty people were killed in an explosion at a depot in Sylvania on Monday.', 'Freedonia sent doctors to Sylvania two days after the blast.']],
    [['Twenty people were killed in an explosion at a depot in Sylvania on Monday.', 'Freedonia sent doctors to Sylvania after the attack on the port.']],
  ])('does not date a later clause by an act of force told before when the words count from it or name another: %j', (paragraphs) => {
    expect(eventsOf(...paragraphs).candidates.filter((e) => /after the/.test(e.date.text))).toEqual([]);
  });

  it.each([
    // A duty or aim "today", or a state of mind "today": no happening.
    ['“Our primary duty today is to receive the refugees forcibly displaced from the valley,” Anna Berg said.', []],
    ['“Today, Freedonia is fully committed to peace,” Anna Berg said.', []],
    // A happening, a saying, or an arrangement "today" stays.
    ['Freedonia attacked the port today and is ready to do it again.', [['today', '2025-03-14']]],
    ['Anna Berg said today that Freedonia is ready to talk.', [['today', '2025-03-14']]],
    ['Anna Berg is to visit Sylvania today.', [['today', '2025-03-14']]],
  ])('reads a state "today" as no happening: %j', (text, expected) => {
    expect(eventsOf(text).candidates.map((e) => [e.date.text, e.date.start])).toEqual(expected);
  });

  it('dates what an unlisted speaker or a listed outlet said on a day, when the day stands next to the reporting verb', () => {
    const { candidates } = eventsOf(
      'Two prisoners asked to be taken to the capital, an activist said Friday.',
      'Local media reported, on Monday, that over 200 people were injured.',
      'Gulf countries on Friday, March 7, expressed their concern about the strikes.',
      'A spokesman said the border was calm on Monday.',
      'The Daily Courier reported on Thursday that the port is quiet.',
    );
    expect(candidates.map((e) => [e.date.text, e.date.start])).toEqual([
      ['Friday', '2025-03-14'],
      ['on Monday', '2025-03-10'],
      ['Friday, March 7', '2025-03-07'],
      // An outlet's report is its act, as the corpus gold lists "Reuters reported on Wednesday".
      ['on Thursday', '2025-03-13'],
    ]);
  });

  it('takes no date from years in parentheses that give a term: “…,” said Berg, a former minister (from 2010 to 2016)', () => {
    const { candidates } = eventsOf(
      '“Since we last acted ten days ago, there have been twelve attacks,” said Anna Berg, a former minister (from 2010 to 2016).',
      'Freedonia signed the treaty (in 2019) with Sylvania.',
    );
    expect(candidates.map((e) => [e.date.text, e.date.start])).toEqual([
      ['ten days ago', '2025-03-04'],
      ['2019', '2019-01-01'],
    ]);
  });

  it('makes an event of each date of a list, but not of a second name of the same day', () => {
    const { candidates } = eventsOf(
      'Sylvania attempted to target two Freedonian ships on 15 February and on 3 March.',
      'Freedonia said two soldiers were killed the day before yesterday, Wednesday.',
    );
    expect(candidates.map((e) => [e.date.text, e.date.start])).toEqual([
      ['15 February', '2025-02-15'],
      ['3 March', '2025-03-03'],
      ['the day before yesterday', '2025-03-12'],
    ]);
  });

  it('makes two events of "till tomorrow, when …": the stay until then, and what is to come that day', () => {
    const { candidates } = eventsOf(
      'Anna Berg’s visit to Sylvania will last till tomorrow, when she is set to fly home.',
      'Freedonia will hold the port until Monday, when Sylvania takes it over.',
    );
    expect(candidates.map((e) => [e.date.text, e.date.start, e.date.end, e.expected])).toEqual([
      ['till tomorrow', null, '2025-03-15', true],
      ['tomorrow', '2025-03-15', '2025-03-15', true],
      // "Monday" alone is the last one, not the Monday ahead the deadline names: no second event.
      ['until Monday', null, '2025-03-17', true],
    ]);
  });

  it('makes the happening a connective names before a date ("after X took the valley last week") an event of its own', () => {
    const read = (text: string) => eventsOf(text).candidates.map((e) => [e.date.text, e.summary]);
    // Published Friday 14 March 2025: last week is 3–9 March.
    expect(read('Freedonian officials arrived in Sylvania on Wednesday, after Sylvania took back the valley in a swift offensive last week.')).toEqual([
      ['on Wednesday', 'Freedonian officials arrived in Sylvania on Wednesday, after Sylvania took back the valley in a swift offensive last week.'],
      ['last week', 'Sylvania took back the valley in a swift offensive last week'],
    ]);
    expect(read('Freedonia agreed to disarm following a one-day Sylvanian offensive last week.')).toEqual([
      ['last week', 'Freedonia agreed to disarm following a one-day Sylvanian offensive last week.'],
      ['last week', 'a one-day Sylvanian offensive last week'],
    ]);
    // The date inside the words, a duration after the connective, or time counted from the happening: no second event here.
    expect(read('Freedonia left the valley after the March 4 Sylvanian attack.').map(([date]) => date)).toEqual(['March 4']);
    expect(read('Freedonia took the valley after three decades in a swift operation on Tuesday.').map(([date]) => date)).toEqual(['on Tuesday']);
  });

  it('makes two events of "tense since 1991, when …": the state since then, and the happening of that year', () => {
    const { candidates } = eventsOf('Relations between Freedonia and Sylvania have been tense since 1991, when the Freedonian army occupied the valley, a territory Sylvania claims.');
    expect(candidates.map((e) => [e.date.text, e.date.start, e.date.end, e.summary])).toEqual([
      ['since 1991', '1991-01-01', null, 'Relations between Freedonia and Sylvania have been tense since 1991, when the Freedonian army occupied the valley, a territory Sylvania claims.'],
      ['1991', '1991-01-01', '1991-12-31', '1991, when the Freedonian army occupied the valley'],
    ]);
    // Without a "when" clause, "since" is one state.
    expect(eventsOf('Freedonia has held the valley since 1991.').candidates.map((e) => e.date.text)).toEqual(['since 1991']);
  });

  it.each([
    ['Sylvania has kept troops in the valley since the 2020 war, when Freedonia lost the port.', 'the 2020 war, when Freedonia lost the port.', '2020'],
    ['Freedonia has held a majority since the 2014 election, when Sylvania lost its seats.', 'the 2014 election, when Sylvania lost its seats.', '2014'],
  ])('dates the "when" clause on a happening a year names by the year: %j', (text, summary, year) => {
    const { candidates } = eventsOf(text);
    expect(candidates.map((e) => [e.summary, e.date.start, e.date.end, e.date.precision])).toContainEqual([summary, `${year}-01-01`, `${year}-12-31`, 'year']);
    // The state since then stays open at the end.
    expect(candidates.map((e) => [e.date.start, e.date.end])).toContainEqual([`${year}-01-01`, null]);
  });

  it.each([
    [
      'Freedonia has stepped up its patrols since the war in Sylvania began on Tuesday.',
      [
        ['since the war in Sylvania began on Tuesday', '2025-03-11', null, 'range', 'Freedonia has stepped up its patrols since the war in Sylvania began on Tuesday.'],
        ['on Tuesday', '2025-03-11', '2025-03-11', 'day', 'the war in Sylvania began on Tuesday'],
      ],
    ],
    [
      'At least 40 people have been killed since Freedonian troops crossed the border in early 2024.',
      [
        ['since Freedonian troops crossed the border in early 2024', '2024-01-01', null, 'range', 'At least 40 people have been killed since Freedonian troops crossed the border in early 2024.'],
        ['early 2024', '2024-01-01', '2024-04-30', 'range', 'Freedonian troops crossed the border in early 2024'],
      ],
    ],
    [
      'Sylvania has kept its embassy closed ever since the truce was signed in May.',
      [
        ['ever since the truce was signed in May', '2024-05-01', null, 'range', 'Sylvania has kept its embassy closed ever since the truce was signed in May.'],
        ['May', '2024-05-01', '2024-05-31', 'month', 'the truce was signed in May'],
      ],
    ],
    // A hold told in the present is dated from its start like a perfect.
    [
      'The Freedonian army controls much of the valley since the war erupted in late 2014.',
      [
        ['since the war erupted in late 2014', '2014-09-01', null, 'range', 'The Freedonian army controls much of the valley since the war erupted in late 2014.'],
        ['late 2014', '2014-09-01', '2014-12-31', 'range', 'the war erupted in late 2014'],
      ],
    ],
    // A present of another verb keeps "since" as a reason; a verb of holding after "to" is no hold.
    ['Freedonia takes the threat seriously since Sylvanian troops crossed the border in May.', [['May', '2024-05-01', '2024-05-31', 'month', 'Freedonia takes the threat seriously since Sylvanian troops crossed the border in May.']]],
    ['Freedonia failed to control the valley since Sylvanian troops crossed the border in May.', [['May', '2024-05-01', '2024-05-31', 'month', 'Freedonia failed to control the valley since Sylvanian troops crossed the border in May.']]],
    // "since" after a comma may give a reason: one happening, on its day.
    ['The vote matters to Freedonia, since the parliament approved the budget on Monday.', [['on Monday', '2025-03-10', '2025-03-10', 'day', 'The vote matters to Freedonia, since the parliament approved the budget on Monday.']]],
    // "since" right before the date is one state.
    ['Freedonia has held the valley since 1991.', [['since 1991', '1991-01-01', null, 'range', 'Freedonia has held the valley since 1991.']]],
    // No perfect, no state since: "the first … since" counts one happening from the date.
    [
      'It was the first Freedonian raid on the port since the two sides signed a truce in May.',
      [['May', '2024-05-01', '2024-05-31', 'month', 'It was the first Freedonian raid on the port since the two sides signed a truce in May.']],
    ],
    [
      'This is the first major attack that Sylvania has suffered since a ceasefire was reached in 2020.',
      [['2020', '2020-01-01', '2020-12-31', 'year', 'This is the first major attack that Sylvania has suffered since a ceasefire was reached in 2020.']],
    ],
    // "since" right before a date after a superlative counts from it: no state since, and no date for the happening.
    ['Freedonia sent thousands of troops to Sylvania, its first involvement in a war since 1962.', []],
    ['Freedonia sent thousands of troops to Sylvania, for its first major involvement in a war since the 1950s.', []],
    // "only" after an auxiliary is an adverb: the state since then stays.
    ['Freedonia has only strengthened its navy since 2020.', [['since 2020', '2020-01-01', null, 'range', 'Freedonia has only strengthened its navy since 2020.']]],
    // A perfect with a complement of its own after the superlative: "since" goes with it.
    [
      'It was the first reply of Freedonia to what has been a campaign of Sylvanian raids since the start of the war in October.',
      [
        ['since the start of the war in October', '2024-10-01', null, 'range', 'It was the first reply of Freedonia to what has been a campaign of Sylvanian raids since the start of the war in October.'],
        ['October', '2024-10-01', '2024-10-31', 'month', 'the start of the war in October'],
      ],
    ],
    // "since" before the beginning of a happening the date dates: the state since, and the beginning.
    [
      'Sylvanian boats have attacked ships since the outbreak of the war on Tuesday.',
      [
        ['since the outbreak of the war on Tuesday', '2025-03-11', null, 'range', 'Sylvanian boats have attacked ships since the outbreak of the war on Tuesday.'],
        ['on Tuesday', '2025-03-11', '2025-03-11', 'day', 'the outbreak of the war on Tuesday'],
      ],
    ],
    // "since" before a happening named by a noun that the date dates: the state since, and the happening.
    [
      'Thousands of Sylvanians have been fleeing the valley since a military offensive last week.',
      [
        ['since a military offensive last week', '2025-03-03', null, 'range', 'Thousands of Sylvanians have been fleeing the valley since a military offensive last week.'],
        ['last week', '2025-03-03', '2025-03-09', 'week', 'a military offensive last week'],
      ],
    ],
    // The happening may be the subject of the clause "since" opens: it runs on to the clause's end.
    [
      'Thousands of Sylvanians have been fleeing the valley since a military offensive last week brought it under Freedonian control.',
      [
        ['since a military offensive last week', '2025-03-03', null, 'range', 'Thousands of Sylvanians have been fleeing the valley since a military offensive last week brought it under Freedonian control.'],
        ['last week', '2025-03-03', '2025-03-09', 'week', 'a military offensive last week brought it under Freedonian control'],
      ],
    ],
    [
      'Freedonia has kept its ships in port since the attacks on Tuesday.',
      [
        ['since the attacks on Tuesday', '2025-03-11', null, 'range', 'Freedonia has kept its ships in port since the attacks on Tuesday.'],
        ['on Tuesday', '2025-03-11', '2025-03-11', 'day', 'the attacks on Tuesday'],
      ],
    ],
    // A noun of no happening is no happening: one event, as before.
    ['Freedonia has kept its ships in port since a meeting of the council on Tuesday.', [['on Tuesday', '2025-03-11', '2025-03-11', 'day', 'Freedonia has kept its ships in port since a meeting of the council on Tuesday.']]],
    // In what someone says, the state since is the speaker's claim; the signing is the event.
    [
      'Anna Berg said that relations with Sylvania have grown since the two countries signed a treaty in June last year.',
      [['June last year', '2024-06-01', '2024-06-30', 'month', 'Anna Berg said that relations with Sylvania have grown since the two countries signed a treaty in June last year.']],
    ],
    // "and" with a verb of its own after "since …" is a second predicate of the main subject.
    [
      'Anna Berg and the Sylvanian leader have met twice since the war began and signed a treaty last year.',
      [['last year', '2024-01-01', '2024-12-31', 'year', 'Anna Berg and the Sylvanian leader have met twice since the war began and signed a treaty last year.']],
    ],
  ])('makes two events of "since <clause> <date>": the state since then, and the happening on that date (%s)', (text, expected) => {
    expect(eventsOf(text).candidates.map((e) => [e.date.text, e.date.start, e.date.end, e.date.precision, e.summary])).toEqual(expected);
  });

  it.each([
    [
      'Sylvania closed its border in May and reopened it in July.',
      [
        ['May', 'Sylvania closed its border in May and reopened it in July.'],
        ['July', 'reopened it in July.'],
      ],
    ],
    [
      'Anna Berg led the Freedonian delegation during the 2020 war and resigned in early September, shortly before the vote.',
      [
        ['the 2020', 'Anna Berg led the Freedonian delegation during the 2020 war and resigned in early September, shortly before the vote.'],
        ['early September', 'resigned in early September'],
      ],
    ],
    // No date of its own: the second predicate shares the first's (corpus README, twenty-fifth batch).
    ['Anna Berg met the Sylvanian envoy in May and praised the talks.', [['May', 'Anna Berg met the Sylvanian envoy in May and praised the talks.'], ['May', 'praised the talks.']]],
    ['Freedonia sent troops in May and July.', [['May and July', 'Freedonia sent troops in May and July.']]],
  ])('makes a second predicate joined by "and" with a date of its own a happening of its own (%s)', (text, expected) => {
    expect(eventsOf(text).candidates.map((e) => [e.date.text, e.summary])).toEqual(expected);
  });

  it.each([
    ['Early on Monday, the agency reported that the crew abandoned the ship.', ['on Monday']],
    ['On Monday, a local official said the crew was safe.', ['On Monday']],
    // The date opens a phrase of its own, not the sentence: it dates the talks, not the saying.
    ['After talks on Monday, a local official said the ship would be salvaged.', []],
  ])('dates what an unlisted speaker said when the date opens the sentence before the subject (%s)', (text, expected) => {
    expect(eventsOf(text).candidates.map((e) => e.date.text)).toEqual(expected);
  });

  it('goes on with the party the paragraph before named when a paragraph opens with a pronoun', () => {
    const { candidates } = eventsOf('Freedonia had demanded that the rebels disarm.', 'It sent troops into the valley on Tuesday.', 'Its forces kept up the shelling on Wednesday.');
    expect(candidates.map((e) => [e.date.text, e.actors])).toEqual([
      ['on Tuesday', ['freedonia']],
      ['on Wednesday', ['freedonia']],
    ]);
  });

  it('dates a happening told by a finite verb though no party of the topic is named', () => {
    const { candidates } = eventsOf('The rebels agreed to disarm under a ceasefire reached on Wednesday.', 'By March, images emerged of troops at the border.', 'The rebels are tired on Wednesday.');
    expect(candidates.map((e) => e.date.text)).toEqual(['on Wednesday', 'By March']);
  });

  it('dates no happening by an embedded post’s attribution line', () => {
    const { candidates } = eventsOf('Freedonia shelled the port. — Anna Berg (@annaberg) March 12, 2025', 'Freedonia shelled the port on March 12, 2025.');
    expect(candidates.map((e) => [e.date.start, e.citations[0]?.paragraph])).toEqual([['2025-03-12', 2]]);
  });

  it('makes two events of "Berg met Ruhl, a day after Ruhl arrived", each citing its own words', () => {
    const { candidates } = eventsOf('Anna Berg visited Sylvania on Thursday.', 'Anna Berg met the Sylvanian envoy in the capital, a day after she arrived in the city.');
    expect(candidates.map((e) => [e.summary, e.date.start, e.citations[0]?.evidence])).toEqual([
      ['Anna Berg visited Sylvania on Thursday.', '2025-03-13', 'Anna Berg visited Sylvania on Thursday.'],
      ['Anna Berg met the Sylvanian envoy in the capital', '2025-03-13', 'Anna Berg met the Sylvanian envoy in the capital'],
      ['a day after she arrived in the city.', '2025-03-12', 'a day after she arrived in the city.'],
    ]);
  });

  it('takes a speaker named only by a pronoun as the one who acts: “…,” she said Friday', () => {
    const { candidates } = eventsOf('Anna Berg said the talks had failed.', '“We will stay,” she said Friday.');
    expect(candidates.map((e) => [e.date.start, e.actors])).toEqual([['2025-03-14', ['anna-berg']]]);
  });

  it('lets a sentence opening with a pronoun continue the parties of the one before', () => {
    const { candidates } = eventsOf('Freedonia and Sylvania signed a treaty in 2019. They met again in June to extend it.');
    expect(candidates.map((e) => [e.date.text, e.actors])).toEqual([
      ['2019', ['freedonia', 'sylvania']],
      ['June', ['freedonia', 'sylvania']],
    ]);
  });

  it('reports a happening without a date instead of guessing one, but not a quotation', () => {
    const { candidates, diagnostics } = eventsOf('Freedonia sent 300 boats to the strait.', '“We sent boats,” Berg said.');
    expect(candidates).toEqual([]);
    expect(diagnostics.map((d) => [d.rule, d.paragraph])).toEqual([['undated-event', 1]]);
  });

  it('reads a sentence-initial participle and a possessive opener as telling a happening', () => {
    const { candidates } = eventsOf('Captured in January, the sailor lost an arm.', 'Freedonia shelled the port. Its boats had shelled the coast again on Monday.');
    expect(candidates.map((e) => [e.date.text, e.actors])).toEqual([
      ['January', []],
      ['on Monday', ['freedonia']],
    ]);
  });

  it('never dates an event by the wire dateline that opens a paragraph', () => {
    const { candidates } = eventsOf('FREDONBURG, Freedonia, March 12. Freedonian boats have left the strait.');
    expect(candidates).toEqual([]);
  });
});

describe('assembleEvents: a relative clause that tells a happening of its own', () => {
  it.each([
    // A restrictive relative clause, its verb told as done, holds the second date: two happenings.
    ['Freedonia today counted 28,120 refugees who have arrived in the country since Sunday.', [['today', '2025-03-14'], ['since Sunday', '2025-03-09']]],
    ['Sylvania on Tuesday freed 20 sailors who were captured in January.', [['on Tuesday', '2025-03-11'], ['January', '2025-01-01']]],
    // A relative clause told in the present tells no happening of its own: one event.
    ['Freedonia on Tuesday honoured sailors who serve the fleet in Marsh City every January.', [['on Tuesday', '2025-03-11']]],
  ])('%j', (text, expected) => {
    const { candidates } = eventsOf(text);
    expect(candidates.map((e) => [e.date.text, e.date.start]).sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual(
      [...expected].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
  });
});

describe('assembleEvents: a weekday that names a happening told before ("Monday’s attack")', () => {
  it.each([
    // The attack was told on Tuesday before: its possessive weekday is the same happening again.
    [['Freedonia struck a Sylvanian ship on Tuesday.', 'Sylvania said Tuesday’s attack happened 110 miles off the coast.'], [['on Tuesday', 'Freedonia struck a Sylvanian ship on Tuesday.']]],
    [['Freedonia struck a Sylvanian ship on Tuesday.', "The Tuesday attack was first reported by Sylvania's navy."], [['on Tuesday', 'Freedonia struck a Sylvanian ship on Tuesday.']]],
    [['Freedonia struck a Sylvanian ship on Saturday.', 'Sylvania said Saturday night’s attack was the worst by Freedonia.'], [['on Saturday', 'Freedonia struck a Sylvanian ship on Saturday.']]],
    // No happening told on that day before: the weekday dates its sentence.
    [['Sylvania said Tuesday’s attack happened 110 miles off the coast.'], [['Tuesday', 'Sylvania said Tuesday’s attack happened 110 miles off the coast.']]],
    [['Freedonia struck a Sylvanian ship on Monday.', 'Sylvania said Tuesday’s attack happened 110 miles off the coast.'], [['on Monday', 'Freedonia struck a Sylvanian ship on Monday.'], ['Tuesday', 'Sylvania said Tuesday’s attack happened 110 miles off the coast.']]],
    // Another date of the sentence dates it instead.
    [['Freedonia struck a Sylvanian ship on Tuesday.', 'Sylvania said Tuesday’s attack was the 26th by Freedonia since Nov. 19.'], [['on Tuesday', 'Freedonia struck a Sylvanian ship on Tuesday.'], ['since Nov. 19', 'Sylvania said Tuesday’s attack was the 26th by Freedonia since Nov. 19.']]],
    // A weekday that is no possessive dates its sentence, whatever was told that day.
    [['Freedonia struck a Sylvanian ship on Tuesday.', 'Sylvania recalled its envoy on Tuesday.'], [['on Tuesday', 'Freedonia struck a Sylvanian ship on Tuesday.'], ['on Tuesday', 'Sylvania recalled its envoy on Tuesday.']]],
  ])('%j', (paragraphs, expected) => {
    const { candidates } = eventsOf(...paragraphs);
    expect(candidates.map((e) => [e.date.text, e.summary])).toEqual(expected);
  });
});

describe('assembleEvents: two predicates under one fronted date', () => {
  it.each([
    ['Last month, Freedonia re-designated the group as terrorist and closed its border with Sylvania.', [['Last month', 'Last month, Freedonia re-designated the group as terrorist and closed its border with Sylvania.'], ['Last month', 'closed its border with Sylvania.']]],
    ['Freedonia said that “On March 10, the rebels fired a missile at Sylvania and struck a tanker.”', [['March 10', 'Freedonia said that “On March 10, the rebels fired a missile at Sylvania and struck a tanker.”'], ['March 10', 'struck a tanker.”']]],
    // A date set off after the subject dates both predicates too.
    ['Anna Berg, on Monday, visited the port and praised the sailors.', [['on Monday', 'Anna Berg, on Monday, visited the port and praised the sailors.'], ['on Monday', 'praised the sailors.']]],
    // Not a date inside a relative clause of the subject.
    ['Anna Berg, who arrived on Monday, visited the port and praised the sailors.', [['on Monday', 'Anna Berg, who arrived on Monday, visited the port and praised the sailors.']]],
    // Participles joined to each other are one predicate.
    ['On Monday, Freedonia seized a Sylvanian-owned and operated tanker.', [['On Monday', 'On Monday, Freedonia seized a Sylvanian-owned and operated tanker.']]],
    // A date after the first predicate dates both (corpus README, twenty-fifth and twenty-sixth batches).
    ['Freedonia closed its border on Monday and recalled its envoy from Sylvania.', [['on Monday', 'Freedonia closed its border on Monday and recalled its envoy from Sylvania.'], ['on Monday', 'recalled its envoy from Sylvania.']]],
    // A period still running dates the state both predicates share: one event.
    ['Freedonia took the valley in January. Since then, Freedonia has closed its border and recalled its envoy from Sylvania.', [['January', 'Freedonia took the valley in January.'], ['Since then', 'Since then, Freedonia has closed its border and recalled its envoy from Sylvania.']]],
    // What follows a reporting verb is what was said, dated by the saying.
    ['On Monday, Freedonia said the rebels left and returned to Sylvania.', [['On Monday', 'On Monday, Freedonia said the rebels left and returned to Sylvania.']]],
  ])('%s', (text, expected) => {
    const { candidates } = eventsOf(text);
    expect(candidates.map((e) => [e.date.text, e.summary])).toEqual(expected);
  });
});

describe('assembleEvents: a forecast in words spoken on a day the text does not give', () => {
  it.each([
    // Counted from a day somewhere in February: no date can be given.
    ['In February, Freedonia said the decision would take effect within a month.', [['February', false]]],
    // Counted from a known day, or a date of its own: the forecast stays.
    ['On March 3, Freedonia said the decision would take effect within a month.', [['March 3', false], ['within a month', true]]],
    ['In February, Freedonia said the decision would take effect by December 2025.', [['February', false], ['by December 2025', true]]],
    // The month dates what was said, not the saying: the forecast counts from publication.
    ['According to Freedonia, the sailors could arrive in the coming months, joining those sent in February.', [['February', false], ['in the coming months', true]]],
  ])('%s', (text, expected) => {
    const { candidates } = eventsOf(text);
    expect(candidates.map((e) => [e.date.text, e.expected])).toEqual(expected);
  });
});

describe('assembleEvents: a pronoun after a fronted date goes on with the party of the sentence before', () => {
  it.each([
    ['Anna Berg is a banker. In May 2024, she renounced her Sylvanian passport.', [['May 2024', ['anna-berg']]]],
    ['Anna Berg is a banker. On Monday, she resigned from the board.', [['On Monday', ['anna-berg']]]],
    // No pronoun after the fronted date, or an impersonal "it": no party is carried over.
    ['Anna Berg is a banker. In May 2024, the bank renounced its licence.', []],
    ['Anna Berg is a banker. In May 2024, it rained on the harbour.', []],
  ])('%s', (text, expected) => {
    expect(eventsOf(text).candidates.map((e) => [e.date.text, e.actors])).toEqual(expected);
  });
});

describe('assembleEvents: a dated outbreak of fighting or tension is a happening', () => {
  it.each([
    ['On Tuesday, tensions flared up again in the valley.', [['On Tuesday', 'On Tuesday, tensions flared up again in the valley.']]],
    ['Fighting escalated in the valley in January.', [['January', 'Fighting escalated in the valley in January.']]],
    ['The shelling intensified on Tuesday.', [['on Tuesday', 'The shelling intensified on Tuesday.']]],
    // A state with no happening stays out.
    ['Tensions in the valley remain high this year.', []],
  ])('%s', (text, expected) => {
    expect(eventsOf(text).candidates.map((e) => [e.date.text, e.summary])).toEqual(expected);
  });
});

describe('assembleEvents: a dated saying whose date opens the sentence after "Already", or whose subject holds a quoted word', () => {
  it.each([
    ['Already on March 3, the authorities of the valley announced that they would cease fire.', [['March 3', '2025-03-03']]],
    ['Later on Monday, the authorities of the valley announced that they would cease fire.', [['on Monday', '2025-03-10']]],
    ['On March 3, the "authorities" of Marsh Valley announced that they would cease fire.', [['March 3', '2025-03-03']]],
    // A date inside what was said dates no saying.
    ['The authorities of the valley announced that they would cease fire, as they had on March 3.', []],
  ])('%s', (text, expected) => {
    expect(eventsOf(text).candidates.map((e) => [e.date.text, e.date.start])).toEqual(expected);
  });
});

describe('assembleEvents: an "after X <date>" clause after a main clause of what goes on', () => {
  it.each([
    // What goes on, or has gone on, since X: the sentence is told once, on X's date.
    ['Families are fleeing the valley after Sylvania defeated the rebels last week.', [['last week', 'Families are fleeing the valley after Sylvania defeated the rebels last week.']]],
    ['Freedonia has evacuated 300 people after Sylvania seized the port last week.', [['last week', 'Freedonia has evacuated 300 people after Sylvania seized the port last week.']]],
    // A happening of its own in the main clause: two events.
    [
      'Freedonia closed the border after Sylvania seized the port last week.',
      [['last week', 'Freedonia closed the border after Sylvania seized the port last week.'], ['last week', 'Sylvania seized the port last week']],
    ],
  ])('%s', (text, expected) => {
    expect(eventsOf(text).candidates.map((e) => [e.date.text, e.summary])).toEqual(expected);
  });
});
