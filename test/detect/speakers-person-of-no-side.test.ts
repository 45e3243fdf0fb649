import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The last statement's speaker name and government. */
function lastSpeaker(paragraphs: string[]): [string | null, string | null] | null {
  const found = statements(paragraphs).at(-1);
  return found ? [found.speaker.name, found.government] : null;
}

describe('"he said" after a paragraph about a person of no side: the person told of, not the official before', () => {
  const cases: [string, string[], [string | null, string | null]][] = [
    [
      'a named person introduced between the minister and the pronoun',
      ['“The port is closed,” Ruhl said.', 'Karl Weiss was a nurse at the port.', '“It was loud all night,” he tells me.'],
      ['Karl Weiss', null],
    ],
    [
      'the person after an opening date',
      ['Anna Berg said the talks were over.', 'Until this week, Lena Ost was a teacher in a village school.', '“We hid in the cellar,” she said.'],
      ['Lena Ost', null],
    ],
    [
      'the person named in an appositive after "the second captive"',
      ['Tomas Ruhl said the talks were over.', 'The second captive, 20-year-old rifleman Pell, was conscripted at 17.', '“Being captured is shameful,” he said.'],
      ['Pell', null],
    ],
    [
      'a lone name introduced by a trade',
      ['Berg said the port was closed.', 'Mira was a medic in a field hospital.', '“There were many wounded,” she tells me.'],
      ['Mira', null],
    ],
    [
      'a lone name introduced by a trade after an opening date',
      ['Berg said the port was closed.', 'Until May, Mira was a volunteer nurse in the city.', '“We worked without sleep,” she said.'],
      ['Mira', null],
    ],
    [
      'a private person of a side’s people is still of no side',
      ['“We will respond,” Berg said.', 'Lena Ost, a Sylvanian refugee, arrived on Monday.', '“It was scary,” she said.'],
      ['Lena Ost', null],
    ],
    [
      'a paragraph naming a side between the person and the pronoun',
      ['One senior official told me the port would stay open.', 'Until May, Mira was a medic in a field hospital.', 'When Sylvania launched its offensive, Mira treated wounded fighters.', '“There were many wounded,” she tells me.'],
      ['Mira', null],
    ],
    [
      'a lone name introduced by an age between commas',
      ['“The port is closed,” Ruhl said.', 'Marek, 58, arrived with his grandchildren on Tuesday.', '“Where is everyone?” he asked.'],
      ['Marek', null],
    ],
    [
      'a neighbour named in an appositive',
      ['“The port is closed,” Ruhl said.', 'His neighbour, Marek Nowak, lost his house.', '“Where is everyone?” he asked.'],
      ['Marek Nowak', null],
    ],
    [
      'a person named after a dateline',
      ['“The port is closed,” Ruhl said.', 'MARSH CITY, Sylvania — Lena Ost was a nurse at the port.', '“It was loud all night,” she said.'],
      ['Lena Ost', null],
    ],
    [
      'a person named after a dateline with an agency, before anyone spoke',
      ['Marsh City, Sylvania (Courier) – Lena Ost was full of fear as she left.', 'The shelling began on Monday.', '“I was born there,” she said.'],
      ['Lena Ost', null],
    ],
    // Near misses: nobody of no side was told of, or "added" goes on with the speaker.
    ['"he added" goes on with the speaker', ['“The port is closed,” Ruhl said.', 'Karl Weiss was a nurse at the port.', '“It was loud all night,” he added.'], ['Tomas Ruhl', 'sylvania']],
    ['a weekday introduced like a person', ['Anna Berg said the talks were over.', 'Tuesday was a day of mourning for the soldiers.', '“It was a hard day,” she said.'], ['Anna Berg', 'freedonia']],
    ['a place the topic data lists', ['Anna Berg said the talks were over.', 'Fredonburg was a town of soldiers.', '“It was a hard day,” she said.'], ['Anna Berg', 'freedonia']],
    ['a lone capitalised word with no trade', ['Anna Berg said the talks were over.', 'Ostmark was a quiet market town.', '“It was a hard day,” she said.'], ['Anna Berg', 'freedonia']],
    ['a date opening a sentence about the speaker herself', ['Anna Berg said the talks were over.', 'On Tuesday, Berg visited the port.', '“It was a hard day,” she said.'], ['Anna Berg', 'freedonia']],
    ['a named general of the speaker’s own side', ['“We will respond,” Berg said.', 'Karl Weiss, a Freedonian general, visited the crews on Monday.', '“They were brave,” he said.'], ['Anna Berg', 'freedonia']],
    ['a named general of another side: neither', ['“We will respond,” Berg said.', 'Karl Weiss, a Sylvanian general, visited the crews on Monday.', '“They were brave,” he said.'], [null, null]],
    ['someone’s kin told of by no name', ['“The port is closed,” Ruhl said.', 'His brother was killed in May.', '“We will win,” he said.'], [null, null]],
    ['an aide named in an appositive stays with the speaker', ['“The port is closed,” Ruhl said.', 'His aide, Karl Weiss, visited the port.', '“We will win,” he said.'], ['Tomas Ruhl', 'sylvania']],
    ['a number after a side’s name is no age', ['“The port is closed,” Ruhl said.', 'Freedonia, 12, was hit again.', '“We will win,” he said.'], ['Tomas Ruhl', 'sylvania']],
    ['a dateline before a sentence about no one', ['“The port is closed,” Ruhl said.', 'MARSH CITY, Sylvania — The shelling went on all night.', '“It was loud,” he said.'], ['Tomas Ruhl', 'sylvania']],
  ];
  it.each(cases)('%s', (_, paragraphs, expected) => {
    expect(lastSpeaker(paragraphs)).toEqual(expected);
  });
});

describe('a paragraph that is only a quotation, after a paragraph that ends telling of another voice: no one, not the speaker before', () => {
  const cases: [string, string[], [string | null, string | null]][] = [
    ['a soldier told of after the minister', ['“The town has fallen,” Ruhl said. A soldier in the town disagreed.', '“We are still here.”'], [null, null]],
    ['a named nurse told of after the minister', ['“The town has fallen,” Ruhl said. Lena Ost, a nurse in the town, disagreed.', '“We are still here.”'], [null, null]],
    ['residents named as the agents of a passive', ['“The town has fallen,” Ruhl said. The claim was disputed by residents.', '“We are still here.”'], [null, null]],
    ['analysts told of after the minister', ['“The town has fallen,” Ruhl said. Analysts were sceptical.', '“We will not give up.”'], [null, null]],
    ['a person of another side told of after the minister', ['“The town has fallen,” Ruhl said. Berg disagreed.', '“We are still here.”'], [null, null]],
    // Near misses: nobody else, the speaker himself, or people of his own side told of.
    ['a sentence about no one', ['“The town has fallen,” Ruhl said. The talks lasted two hours.', '“We will not give up.”'], ['Tomas Ruhl', 'sylvania']],
    ['a sentence about the speaker', ['“The town has fallen,” Ruhl said. He spoke after a visit to the front.', '“We will not give up.”'], ['Tomas Ruhl', 'sylvania']],
    ['officers of the speaker’s own side', ['“The town has fallen,” Ruhl said. Sylvanian officers agreed.', '“We will not give up.”'], ['Tomas Ruhl', 'sylvania']],
  ];
  it.each(cases)('%s', (_, paragraphs, expected) => {
    expect(lastSpeaker(paragraphs)).toEqual(expected);
  });
});

describe('"Among the arrivals was 58-year-old Marek": a person an introduction told backwards names is whom a later "he said" means', () => {
  const cases: [string, string, [string | null, string | null]][] = [
    ['a name after "Among … was"', 'Among those who fled was Lena Ost, a teacher from Marsh City.', ['Lena Ost', null]],
    ['an age before the name', 'Among the new arrivals was 58-year-old Marek, a former security guard.', ['Marek', null]],
    ['"One of them was"', 'One of them was Lena Ost, a teacher.', ['Lena Ost', null]],
    ['"Also waiting was"', 'Also waiting was Marek Nowak.', ['Marek Nowak', null]],
    ['a commentator the topic data lists', 'Among the guests was Max Ober.', ['Max Ober', null]],
    // Near misses: a place, a place after other words, an unnamed officer, another side's official.
    ['a place the topic data lists', 'Among the targets was Fredonburg.', ['Tomas Ruhl', 'sylvania']],
    ['a place after other words', 'There was little left of Ostmark.', ['Tomas Ruhl', 'sylvania']],
    ['an unnamed officer of another side', 'Among the dead was a Freedonian officer.', ['Tomas Ruhl', 'sylvania']],
    ['an official of another side: neither', 'Among those present was Berg.', [null, null]],
  ];
  it.each(cases)('%s', (_, between, expected) => {
    const pronoun = /Lena/.test(between) ? 'she' : 'he';
    expect(lastSpeaker(['“We will respond,” Ruhl said.', between, `“Where is everyone?” ${pronoun} asked.`])).toEqual(expected);
  });
});

describe('a paragraph that is only a quotation, after a paragraph about a person of no side in which no one spoke: that person’s', () => {
  const cases: [string, string[], [string | null, string | null]][] = [
    ['a named person still shaken', ['“We will respond,” Ruhl said.', 'Lena Ost is still shaken by what she left behind.', '“We ran into a cellar. Then to a basement.”'], ['Lena Ost', null]],
    ['a lone name with an age', ['“We will respond,” Ruhl said.', 'Marek, 58, lost his house in the shelling.', '“The whole street burned.”'], ['Marek', null]],
    ['the first paragraph about them', ['Lena Ost does not think she will see her home again.', '“No one is going back.”'], ['Lena Ost', null]],
    // Near misses: the person is not the last told of, is of a side, spoke only in reported words, or
    // the quotation's paragraph names someone else.
    ['a sentence about the town after the person', ['Lena Ost arrived on Tuesday. The town was shelled.', '“We ran into a cellar.”'], [null, null]],
    ['a general of a side', ['“We will respond,” Ruhl said.', 'Karl Weiss, a Freedonian general, arrived on Tuesday.', '“We will win.”'], [null, null]],
    ['reported words of no one named before', ['A woman in the queue said she was scared.', '“We ran into a cellar.”'], [null, null]],
    ['the quotation’s paragraph names the minister after it', ['Lena Ost is still shaken by what she left behind.', '“We ran into a cellar.” Ruhl later denied that the town was shelled.'], [null, null]],
  ];
  it.each(cases)('%s', (_, paragraphs, expected) => {
    const quote = statements(paragraphs).find((s) => s.kind === 'quote' && s.paragraph === paragraphs.length);
    expect(quote ? [quote.speaker.name, quote.government] : null).toEqual(expected);
  });
});

describe('"“…,” said one. ¶ “…,” he added.": after someone unnamed was quoted, "he added" is no longer the official before', () => {
  const cases: [string, string[], [string | null, string | null]][] = [
    ['"said one"', ['“We will strike again,” Ruhl said.', 'Residents of the port described the strikes.', '“The whole city shook,” said one.', '“We are afraid,” he added.'], [null, null]],
    ['"one said"', ['“We will strike again,” Ruhl said.', 'Residents of the port described the strikes.', '“The whole city shook,” one said.', '“We are afraid,” he added.'], [null, null]],
    ['"another added" in the same paragraph', ['“We will strike again,” Ruhl said.', '“The whole city shook,” another added. “We are afraid,” he said.'], [null, null]],
    ['the quotation "another" added is not the speaker’s before it', ['“We will strike again,” Ruhl said.', '“The whole city shook,” another added.'], [null, null]],
    ['nor is one "said one" in the speaker’s paragraph', ['“We will strike again,” Ruhl said. “The whole city shook,” said one.'], [null, null]],
    // Near misses: no one unnamed spoke in between, or the words between were only a phrase in quotation marks.
    ['the speaker goes on', ['“We will strike again,” Ruhl said. “It is over,” he added.'], ['Tomas Ruhl', 'sylvania']],
    ['a phrase in quotation marks between', ['“We will strike again,” Ruhl said.', 'The so-called “special operation” went on.', '“It is over,” he added.'], ['Tomas Ruhl', 'sylvania']],
  ];
  it.each(cases)('%s', (_, paragraphs, expected) => {
    expect(lastSpeaker(paragraphs)).toEqual(expected);
  });
});
