import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** Test categories, built here so the tests do not depend on one briefing's topic data. */
const CATEGORIES: FigureCategory[] = [
  { id: 'personnel', label: 'Personnel deployed', units: ['troops', 'soldiers', 'marines', 'officers'], cues: ['sent', 'deployed'] },
  { id: 'losses', label: 'Losses', units: ['casualties', 'deaths', 'dead', 'wounded'], cues: ['killed', 'wounded'] },
  { id: 'ordnance', label: 'Ordnance supplied', units: ['shells', 'rounds', 'missiles', 'jets', 'systems'], cues: ['shipped'] },
];

/** The texts of the mentions found, for compact assertions. */
function texts(input: string, categories: FigureCategory[] = CATEGORIES): string[] {
  return findFigures(input, categories).map((m) => m.text);
}

describe('findFigures: things that are not figures', () => {
  it.each([
    // names every JavaScript object inherits are not number words
    ['an inherited name', 'The constructor sent troops to the border.'],
    ['inherited names in a number-like run', 'Officials said toString hundred and valueOf soldiers were deployed.'],
    // ordinals
    ['ordinal digits', 'The 41st brigade and the 2nd battalion of soldiers moved.'],
    ['ordinal words', 'It was the third wave of soldiers to arrive.'],
    // ages and durations
    ['a mixed-fraction age', 'Losses mounted in the 3 1/2 year old conflict.'],
    ['a hyphenated age', 'A 27-year-old soldier was detained.'],
    ['hyphenated ages of a unit noun', 'Most were 19-year-old soldiers.'],
    ['a hyphenated duration', 'The talks began a four-day visit by officers.'],
    ['days', 'The soldiers marched for five days.'],
    ['weeks', 'Two weeks later the troops left.'],
    ['many years', 'The troops have been there for 120 years.'],
    ['many days', 'The siege of the port lasted 300 days.'],
    ['many hours', 'The shelling went on for 150 hours.'],
    ['years old', 'The 250 years old fort held troops.'],
    // years
    ['a year after "in"', 'In 2019 soldiers were sent to the border.'],
    ['a year after "since"', 'The troops have stayed since 2021.'],
    ['a year before a noun', 'The 2026 elections will decide the mission.'],
    ['a year before a verb in the singular', '2023 was the year troops were sent to the border.'],
    ['a year after a label and a colon', 'Update: 2024 saw troops sent to the border.'],
    // dates and times
    ['an abbreviated month and day', 'The soldiers arrived on Nov. 14.'],
    ['a month, day and year', 'The soldiers arrived on November 14, 2023.'],
    ['a day before a month', 'The soldiers arrived on 14 November.'],
    ['a clock time', 'The missiles were fired at 04:15 local time.'],
    ['a day of the month before a unit noun', 'On Nov. 14 soldiers crossed the river.'],
    ['a day after a month name before a unit noun', 'By October 3 troops had left.'],
    ['a time of day before a unit noun', 'At 6 a.m. soldiers opened fire.'],
    ['a time of day', 'The shelling began at 6 p.m. on Sunday.'],
    // labels
    ['a resolution number', 'The council adopted resolution 2397 on troops.'],
    ['a resolution number before a plural noun', 'The council renewed resolution 2231 sanctions.'],
    ['a label before a unit noun', 'The plan sets out Phase 2 troops and Article 5 duties.'],
    ['a numbered resolution', 'It breaches Resolution No. 2270, officials said.'],
    ['a numbered resolution before a plural noun', 'It enforces the Resolution No. 2397 sanctions.'],
    ['a number sign', 'Crews at gate #300 shells were unloaded.'],
    ['an article number', 'Members invoked Article 51 to send troops.'],
    ['a model number after a name', 'The air force flies Sukhoi 57 jets.'],
    ['a hyphenated designation', 'It delivered F-16 jets and S-400 systems.'],
    // percentages and money
    ['a percentage sign', 'Casualties rose 40% in a month.'],
    ['percent', 'About 12 percent of the troops were new.'],
    ['a dollar amount', 'The package is worth $3 billion in missiles.'],
    ['a euro amount', 'Europe pledged €400 million for shells.'],
    ['an amount after a currency code', 'Europe pledged EUR 400 million for shells.'],
    ['money in words', 'It costs 900 million dollars a year.'],
    // phone numbers
    ['a phone number', 'Call +1 202 555 0143 for details.'],
    ['a phone number with area code', 'The hotline is (202) 555-0143.'],
    ['a phone number before a plural noun', 'Families can call 202-555-0143 weekdays.'],
    // pronouns and small uncategorised counts
    ['"one of the"', 'One of the soldiers said the unit was tired.'],
    ['"one" as a pronoun before a noun', 'One diplomat said the talks failed.'],
    ['a small count of allies', 'The two allies disagree.'],
    ['a small count of countries', 'The two countries signed a pact.'],
    ['a small count of places', 'They train at three Chinese ports.'],
    ['a small count of units', 'Fredonburg named two units with no figures.'],
    // measures
    ['a distance', 'The troops moved 300 miles east.'],
    ['a weight', 'The depot stored 500 tonnes of fuel.'],
    // bare numbers
    ['a bare number', 'The vote was 120 in favour.'],
    // ratios
    ['a ratio in digits', 'Nearly 1 in 5 soldiers was wounded.'],
    ['a ratio in words', 'One in every four soldiers deserted.'],
  ])('skips %s', (_label, input) => {
    expect(texts(input)).toEqual([]);
  });

  it.each([
    ['Marines in one incident sank three jets.', ['three jets']],
    ['In one case, a jet crashed.', []],
    ['On one occasion, 40 soldiers were wounded.', ['40 soldiers']],
    // Counted, not singled out: "one" with its own verb, or after another word.
    ['Only one incident was reported.', ['one incident']],
  ])('reads "in one incident", "on one occasion" as an example, not a count of one: %j', (input, expected) => {
    const incidents: FigureCategory[] = [...CATEGORIES, { id: 'incidents', label: 'Incidents', units: ['incidents', 'incident', 'cases', 'case'], cues: [] }];
    expect(texts(input, incidents)).toEqual(expected);
  });

  it.each([
    // A name's number is plain digits.
    ['The air force flies Sukhoi 57 jets.', []],
    ['The frigate joined Task Force 150 patrols with marines.', []],
    // A count after a place name: in words, a vague amount, or grouped thousands.
    ['Jets have struck depots in Sylvania eight times, and marines were deployed.', ['eight times']],
    ['Freedonia has sent to Sylvania 11,000 troops.', ['11,000 troops']],
    ['The ministry said in Marsh City thousands of soldiers were deployed.', ['thousands of soldiers']],
    ['Commanders moved to the Eastern Front two marines and 300 soldiers.', ['two marines', '300 soldiers']],
  ])('reads a number after a capitalised word as a label only when it is plain digits: %j', (input, expected) => {
    const depots: FigureCategory[] = [...CATEGORIES, { id: 'raids', label: 'Raids', units: ['depots'], cues: ['struck'] }];
    expect(texts(input, depots)).toEqual(expected);
  });

  it.each([
    // A code in capitals with its digits, alone in brackets, designates a ship or a unit.
    ['The frigate Marsh (FFG 58) responded to the distress calls and the soldiers were wounded.', []],
    ['The carrier (CVN 69) and the destroyer (DDG 107) deployed soldiers.', []],
    // Must not fire: a count in brackets, or a code with more in its brackets, or after the brackets close.
    ['Attacks on the soldiers (at least 27) wounded many.', ['at least 27']],
    ['The soldiers (58) were wounded.', ['58']],
    ['The frigate (FFG 58 and 59) carried 40 soldiers.', ['40 soldiers']],
  ])('reads a bracketed code in capitals and its digits as a designation: %j', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('finds the real figure next to a date, a year and a label', () => {
    expect(texts('On Oct. 12, 2025, under resolution 1540, about 3,000 troops left.')).toEqual(['about 3,000 troops']);
  });

  it('keeps a money amount when a category counts that currency', () => {
    const aid: FigureCategory[] = [{ id: 'aid', label: 'Aid', units: ['dollars'], cues: [] }];
    expect(findFigures('The package is worth $3 billion.', aid)).toEqual([
      { value: 3000000000, vague: null, qualifier: null, unit: 'dollars', category: 'aid', text: '$3 billion', index: 21 },
    ]);
  });

  it('reads a currency code before the amount as its unit', () => {
    const aid: FigureCategory[] = [{ id: 'aid', label: 'Aid', units: ['euros'], cues: [] }];
    expect(findFigures('The Council added EUR 10.45 million in aid.', aid)).toEqual([
      { value: 10450000, vague: null, qualifier: null, unit: 'euros', category: 'aid', text: 'EUR 10.45 million', index: 18 },
    ]);
  });

  it('reads a scale abbreviated after a currency sign ("€10m", "$2.6bn"), and "m" after no sign as no scale', () => {
    const aid: FigureCategory[] = [{ id: 'aid', label: 'Aid', units: ['dollars', 'euros'], cues: [] }];
    const read = (text: string) => findFigures(text, aid).map((f) => [f.text, f.value, f.unit]);
    expect(read('Freedonia pledged €10m in aid.')).toEqual([['€10m', 10_000_000, 'euros']]);
    expect(read('Sylvania has spent $2.6bn and $40k on relief.')).toEqual([
      ['$2.6bn', 2_600_000_000, 'dollars'],
      ['$40k', 40_000, 'dollars'],
    ]);
    expect(read('A 10m wall stands at the border.')).toEqual([]);
  });

  it('keeps an amount of money in its own category whatever the clause says happened to the people it helps', () => {
    const aid: FigureCategory[] = [
      { id: 'displaced', label: 'Displaced', units: ['refugees'], cues: ['fled', 'helped'] },
      { id: 'aid', label: 'Aid', units: ['dollars'], cues: ['pledged'] },
    ];
    const read = (text: string) => findFigures(text, aid).map((f) => [f.text, f.category]);
    expect(read('The Relief Agency said it needed $12 million to help 100,000 refugees.')).toEqual([
      ['$12 million', 'aid'],
      ['100,000 refugees', 'displaced'],
    ]);
  });

  it('keeps a percentage when a category counts percent', () => {
    const share: FigureCategory[] = [{ id: 'share', label: 'Share', units: ['percent'], cues: [] }];
    expect(findFigures('Turnout was about 62 percent.', share)).toEqual([
      { value: 62, vague: null, qualifier: 'about', unit: 'percent', category: 'share', text: 'about 62 percent', index: 12 },
    ]);
  });

  it('does not give a bare number without a qualifier the unit of the figure before it', () => {
    expect(texts('Some 3,000 soldiers arrived and 200 left.')).toEqual(['Some 3,000 soldiers']);
  });

  it('does not read a day before a month as a figure borrowing a unit', () => {
    expect(texts('Some 2,000 troops left around 23 October.')).toEqual(['Some 2,000 troops']);
  });

  it('does not borrow a unit for "one"', () => {
    expect(texts('About 3,000 soldiers crossed, and at least one was hurt.')).toEqual(['About 3,000 soldiers']);
  });

  it('does not read "tanks and troops" as a count of troops', () => {
    expect(findFigures('They sent 150 tanks and troops.', CATEGORIES).map((m) => [m.text, m.category])).toEqual([['150 tanks', null]]);
  });

  it.each([
    ['The 2024 strikes targeted the port.', []],
    ['The 2023 attacks forced ships to divert.', []],
    ["Freedonia's 2015 airstrikes were condemned.", []],
    // A qualifier, no determiner, or a noun of people or things: a count after all.
    ['About 2024 strikes were carried out.', ['About 2024 strikes']],
    ['The rebels have carried out 2024 attacks since May.', ['2024 attacks']],
    ['The 2000 troops were sent to the border.', ['2000 troops']],
  ])('reads four digits of a recent year after "the" or a possessive before a plural noun of happenings as a year: %j', (input, expected) => {
    const WITH_STRIKES: FigureCategory[] = [...CATEGORIES, { id: 'strikes', label: 'Strikes', units: ['strikes', 'airstrikes', 'attacks'], cues: ['carried out'] }];
    expect(texts(input, WITH_STRIKES)).toEqual(expected);
  });

  it.each([
    // A measure right after the number sizes what follows, even a unit a category lists.
    ['The 15,000 TEU container ship was attacked off Marsh City.', []],
    ['An 80,000 dwt tanker and a 300 metre cargo ship were struck.', []],
    ['Three 19,000 teu vessels were hit.', []],
    ['The 40 tonne missiles were shipped.', []],
    // A count with no measure between, a measure the category counts, or a measure after the unit: counted.
    ['The rebels struck 15 container ships and 3 tankers.', ['15 container ships', '3 tankers']],
    ['Sylvania shipped 40 tonnes of aid.', ['40 tonnes']],
    ['The rebels attacked 12 ships of 15,000 teu.', ['12 ships']],
    ['They fired 20 missiles at 12 ships in 30 days.', ['20 missiles', '12 ships']],
  ])('reads a measure between the number and its unit ("the 15,000 TEU container ship") as a size, not a count: %j', (input, expected) => {
    const SHIPPING: FigureCategory[] = [
      ...CATEGORIES,
      { id: 'ship-attacks', label: 'Ships attacked', units: ['ships', 'ship', 'container ships', 'container ship', 'cargo ship', 'tankers', 'tanker', 'vessels'], cues: ['attacked', 'struck', 'hit'] },
      { id: 'aid', label: 'Aid', units: ['tonnes of aid', 'tonnes'], cues: ['shipped'] },
    ];
    expect(texts(input, SHIPPING)).toEqual(expected);
  });

  it.each([
    // The size of a fleet, in a sentence with no cue of what befell the ships: no count of them.
    ['Sylvania pledged to build a multinational fleet of 100 surface vessels.', []],
    ['The Marlin is one of three frigates in the navy’s fleet.', []],
    ['Freedonia has a flotilla of about 12 tankers in the port.', []],
    // Ships of a fleet that were attacked or diverted, or a fleet that was: counted.
    ['A fleet of about 40 tankers was attacked off Marsh City.', ['about 40 tankers']],
    ['The rebels attacked 30 ships in the Freedonian fleet.', ['30 ships']],
    ['Twelve ships of the fleet were hit.', ['Twelve ships']],
    ['The fleet of ships attacked 12 tankers.', ['12 tankers']],
  ])('reads the size of a fleet as no count of ships attacked: %j', (input, expected) => {
    const SHIPS: FigureCategory[] = [...CATEGORIES, { id: 'ship-attacks', label: 'Ships attacked', units: ['ships', 'frigates', 'tankers', 'surface vessels', 'vessels'], cues: ['attacked', 'hit'] }];
    expect(texts(input, SHIPS)).toEqual(expected);
  });

  it('does not count the first of two coordinated modifiers of a plural noun ("25 missile and drone launch sites")', () => {
    expect(texts('The jets hit over 25 missile and radar sites.')).toEqual([]);
    // A phrase that ends in no plural noun still counts its first conjunct.
    expect(findFigures('There were 400 dead and captured.', CATEGORIES).map((m) => [m.text, m.category])).toEqual([['400 dead', 'losses']]);
  });
});

describe('findFigures: a community counted only by its descent', () => {
  const PEOPLE: FigureCategory[] = [
    { id: 'fled', label: 'Fled', units: ['people', 'persons', 'refugees'], cues: ['fled'] },
    { id: 'losses', label: 'Losses', units: ['people', 'dead'], cues: ['killed'] },
  ];
  it.each([
    ['Between 400,000 and 600,000 persons in France are of Fredonian descent, a sizeable lobby.', []],
    ['About two million people are of Sylvanian origin.', []],
    ['Some 3,000 Fredonians living abroad are of Sylvanian ancestry.', []],
    // A role, or a verb telling what happened, still counts.
    ['Nearly 2,000 refugees are of Fredonian origin.', ['Nearly 2,000 refugees']],
    ['About 120,000 people, mostly of Fredonian descent, fled to Sylvania.', ['About 120,000 people']],
    ['About 120,000 people who are of Fredonian descent fled.', ['About 120,000 people']],
  ])('%s', (input, expected) => {
    expect(texts(input, PEOPLE)).toEqual(expected);
  });
});

describe('findFigures: a capacity someone stands ready to cope with is no count', () => {
  it.each([
    ['“We are ready to cope with up to 12,000 soldiers,” Anna Berg said.', []],
    ['The Ostmark hospitals are equipped to handle 300 wounded a day.', []],
    ['Fredonburg said it was prepared to deal with as many as 5,000 casualties.', []],
    // Near misses: people already coped with, a readiness with no number after it, and a plain past.
    ['Marsh City coped with 12,000 soldiers last winter.', ['12,000 soldiers']],
    ['Freedonia has sent 3,000 troops and is ready to cope with more.', ['3,000 troops']],
    ['We are ready to cope with the 12,000 soldiers who were sent.', ['12,000 soldiers']],
  ])('%s', (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });
});

describe('findFigures: whom a plan or an appeal means to reach is no count', () => {
  const REFUGEES: FigureCategory[] = [
    { id: 'fled', label: 'Fled', units: ['people', 'refugees', 'children', 'members'], cues: ['fled', 'arrived'] },
  ];
  it.each([
    ['The aim is to provide assistance to some 23,000 people, namely 13,000 refugees and 10,000 members of host families.', []],
    ['The Ostmark strategy is focused on assisting approximately 9,000 refugees, including 4,000 children.', []],
    ['The appeal seeks to help up to 40,000 refugees in Marsh City.', []],
    ['The relief plan aims to reach 12,000 refugees before winter.', []],
    // Near misses: people already helped, a plan with no verb of help, and a count told before the aim.
    ['The Ostmark agency has helped 5,000 refugees who fled Marsh City.', ['5,000 refugees']],
    ['Some 9,000 refugees have arrived, and the plan aims to help them.', ['Some 9,000 refugees']],
    ['The relief plan aims to register 12,000 refugees before winter.', ['12,000 refugees']],
    ['Aid reached 12,000 refugees, the agency said, and it aims to do more.', ['12,000 refugees']],
  ])('%s', (input, expected) => {
    expect(texts(input, REFUGEES)).toEqual(expected);
  });
});
