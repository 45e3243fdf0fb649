import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

const CATEGORIES: FigureCategory[] = [
  { id: 'attacks', label: 'Attacks on ships', units: ['attacks', 'attack', 'ships'], cues: ['attacked'] },
  { id: 'drones', label: 'Drones', units: ['drones', 'unmanned aerial vehicles', 'missiles'], cues: ['shot down', 'fired'] },
  { id: 'strikes', label: 'Strikes', units: ['targets', 'strikes'], cues: ['struck'] },
  { id: 'fled', label: 'Fled', units: ['civilians'], cues: ['left', 'fled'] },
  { id: 'losses', label: 'Losses', units: ['dead', 'killed', 'civilians'], cues: ['killed', 'dead'] },
  { id: 'crews', label: 'Crews', units: ['crew', 'crew members', 'sailors'], cues: ['rescued', 'safe', 'held'] },
];

const read = (text: string) => findFigures(text, CATEGORIES).map((f) => [f.text, f.category]);

describe('findFigures: the noun a count counts, and the group named around it', () => {
  it.each([
    ['The rebels claimed two of the Dec. 3 attacks.', [['two of the Dec. 3 attacks', 'attacks']]],
    ['The rebels claimed three of the March 14 attacks on shipping.', [['three of the March 14 attacks', 'attacks']]],
    // A number after the month that cannot be a day, or a whole with its own number, is no date.
    ['The rebels claimed two of the May 40 attacks.', []],
  ])('reads a date naming the group a number is part of as no number of the group: %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('reads a size given in a relative clause after its noun ("the strikes, which numbered 73")', () => {
    expect(read('The strikes, which numbered 73, hit the capital.')).toEqual([['73', 'strikes']]);
  });

  it('reads a number opening a parenthesis right after a plural unit as a count of it', () => {
    expect(read('Attacks on ships (at least 27 since November) have forced firms to act.')).toEqual([['at least 27', 'attacks']]);
    expect(read('The strikes (73 in all) hit the capital.')).toEqual([['73 in all', 'strikes']]);
    // A year in parentheses counts nothing.
    expect(read('The strikes (2024) hit the capital.')).toEqual([]);
  });

  it('reads a number alone in an aside between commas or dashes right after a plural unit as a count of it', () => {
    expect(read('The strikes, more than 60 in all, hit the capital.')).toEqual([['more than 60 in all', 'strikes']]);
    expect(read('The strikes — 73 in all — hit the capital.')).toEqual([['73 in all', 'strikes']]);
    // A clause after the comma is no aside: "20 were killed" is not a count of the attacks.
    expect(read('In the attacks, 20 were killed, Berg said.').map(([, category]) => category)).not.toContain('attacks');
    // A total may end the sentence instead; a noun aimed at may not be what it sizes.
    expect(read('The rebels fired a barrage of drones, 21 in total.')).toEqual([['21 in total', 'drones']]);
    expect(read('The rebels fired drones at ships, 21 in total.')).toEqual([]);
  });

  it.each([
    ['The drones — more than 20 so far — were shot down.', [['more than 20', 'drones']]],
    ['The strikes, 73 to date, hit the capital.', [['73', 'strikes']]],
    // Words after the running total make a clause, not an aside.
    ['The sailors, 18 so far this year, were taken to the port.', []],
  ])('reads a number with "so far" or "to date" alone in an aside after a plural unit as a count of it: %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['The civilians, about 70,000 of them, have been housed in hotels.', [['about 70,000', 'fled']]],
    ['The sailors, 18 of them Filipino, were taken to the port.', [['18', 'crews']]],
    ['The drones — 21 of them — were shot down.', [['21', 'drones']]],
    ['The strikes (73 of them) hit the capital.', [['73', 'strikes']]],
    // What befell the part is its own: the crew's size is not what the aside tells.
    ['The sailors, two of them injured, were taken to the port.', []],
    // Words that go on past a short description make a clause, not an aside.
    ['The sailors, 18 of them from the same small village, were taken to the port.', []],
    // A year in such an aside counts nothing.
    ['The strikes, 2024 of them, hit the capital.', []],
  ])('reads "N of them" alone in an aside after a plural unit as a count of it: %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('reads "a death toll of 200" as a count of deaths', () => {
    expect(read('The offensive, with a death toll of 200, ended in a day.')).toEqual([['200', 'losses']]);
    expect(read('The blast had a death toll of at least 68.')).toEqual([['at least 68', 'losses']]);
  });

  it('files a part after ", including" or ", among them" as the group before, when the group’s category lists its noun too', () => {
    // "left" cues the civilians who fled, but they are part of the dead.
    expect(read('The fighting left 200 dead, among them 10 civilians.')).toEqual([['200 dead', 'losses'], ['10 civilians', 'losses']]);
    expect(read('The fighting left 200 dead, including 10 civilians.')).toEqual([['200 dead', 'losses'], ['10 civilians', 'losses']]);
    // A bare number after ", among whom" is part of the figure before, as after ", of whom".
    expect(read('There are 10 civilians dead, among whom five are sailors.')).toEqual([['10 civilians dead', 'losses'], ['five', 'losses']]);
  });

  it.each([
    // The comma after a count's short predicate closes the group the part after ", including" is of.
    ['Freedonia said 300 sailors were rescued, including 30 reservists.', [['300 sailors', 'crews'], ['30 reservists', 'crews']]],
    ['Some 300 dead were counted, among them 40 medics.', [['Some 300 dead', 'losses'], ['40 medics', 'losses']]],
    ['Some 300 sailors have been held, including 120 cooks.', [['Some 300 sailors', 'crews'], ['120 cooks', 'crews']]],
    // Must not fire: more than a short predicate, or no finite verb, stands between the count and the comma.
    ['Some 300 sailors arrived after the port reopened, including 120 cooks.', [['Some 300 sailors', 'crews'], ['120 cooks', null]]],
    ['The port held 300 sailors for weeks, including 120 cooks.', [['300 sailors', 'crews'], ['120 cooks', null]]],
    ['Some 300 sailors were rescued from the burning hull of the ship, including 120 cooks.', [['Some 300 sailors', 'crews'], ['120 cooks', null]]],
  ])('files a part after ", including" as the group whose predicate the comma closes: %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('counts people no category lists as members of the group their clause names', () => {
    expect(read('The vessel, with a crew of 21 Sylvanians, was hit.')).toEqual([['21 Sylvanians', 'crews']]);
    expect(read('Nine Freedonians were among the crew.')).toEqual([['Nine Freedonians', 'crews']]);
    expect(read('The crew included two Sylvanians and three Freedonians.')).toEqual([['two Sylvanians', 'crews'], ['three Freedonians', 'crews']]);
    expect(read('The crew of 25, including 17 Freedonians, was safe.')).toEqual([['25', 'crews'], ['17 Freedonians', 'crews']]);
    expect(read('The crew of 23 includes 17 Freedonians.')).toEqual([['23', 'crews'], ['17 Freedonians', 'crews']]);
    expect(read('Among the 25 crew were 17 Freedonians.')).toEqual([['25 crew', 'crews'], ['17 Freedonians', 'crews']]);
    expect(read('The crew (17 Freedonians and eight Sylvanians) was safe.')).toEqual([['17 Freedonians', 'crews'], ['eight Sylvanians', 'crews']]);
    // Demonyms in "-is" and "-ese" are plurals of people too.
    expect(read('The crew of 25, including 17 Marshese and three Ruhlis, was safe.')).toEqual([['25', 'crews'], ['17 Marshese', 'crews'], ['three Ruhlis', 'crews']]);
    // Nothing names a group of the topic: a handful of people is no figure.
    expect(read('A team of five Freedonians met Anna Berg.')).toEqual([]);
  });

  it.each([
    ['The ship had 25 sailors of 12 nationalities aboard.', [['25 sailors', 'crews']]],
    ['The ship had 25 sailors of several nationalities aboard.', [['25 sailors', 'crews']]],
    ['The ship had sailors of several nationalities aboard.', []],
    // A unit not counted before the number: the number is its size.
    ['The ship had a crew of 25 aboard.', [['25', 'crews']]],
  ])('reads a number after a unit counted already, or a vague amount, as no size of that unit: %j', (input, expected) => {
    expect(read(input)).toEqual(expected);
  });

  it.each([
    ['The ship had 22 Freedonian and one Sylvanian crew members aboard.', [['22 Freedonian', 'crew members', 'crews'], ['one Sylvanian crew members', 'crew members', 'crews']]],
    ['The crew comprised 17 Freedonian and three Sylvanian sailors.', [['17 Freedonian', 'sailors', 'crews'], ['three Sylvanian sailors', 'sailors', 'crews']]],
    // Lowercase words before "and" are no modifiers the second count's noun completes.
    ['The rebels fired 12 large and two small drones.', [['two small drones', 'small drones', 'drones']]],
    // A people named by their nation alone, before a count naming its own people the same way, are of that noun.
    ['The tanker had 22 Freedonians and one Sylvanian crew member aboard.', [['22 Freedonians', 'Freedonians', 'crews'], ['one Sylvanian crew member', 'crew member', 'crews']]],
    ['The ship carried 17 Tarinos and two Sylvanian sailors.', [['17 Tarinos', 'Tarinos', 'crews'], ['two Sylvanian sailors', 'sailors', 'crews']]],
    // Not before a count of things, nor one whose people have no nation named.
    ['The navy seized 15 Freedonians and two Sylvanian drones.', [['two Sylvanian drones', 'drones', 'drones']]],
    ['The ship had 22 Freedonians and three injured sailors aboard.', [['three injured sailors', 'injured sailors', 'crews']]],
  ])('gives a count whose words are only capitalised modifiers the noun of the count joined to it by "and": %j', (input, expected) => {
    expect(findFigures(input, CATEGORIES).map((f) => [f.text, f.unit, f.category])).toEqual(expected);
  });

  it.each([
    ['None of the 22 Freedonian and one Sylvanian crew members were killed.', [['22 Freedonian', 'crews'], ['one Sylvanian crew members', 'crews']]],
    // Not after "none of": what happened to the noun they share files both.
    ['The 22 Freedonian and one Sylvanian crew members were killed.', [['22 Freedonian', 'losses'], ['one Sylvanian crew members', 'losses']]],
  ])('reads the second count of a whole "none of" opens as part of that whole, and both counts of a shared noun alike: %j', (input, expected) => {
    const CREWS: FigureCategory[] = [
      { id: 'crews', label: 'Crews', units: ['crew members'], cues: ['aboard'] },
      { id: 'losses', label: 'Losses', units: ['casualties'], cues: ['killed'] },
    ];
    expect(findFigures(input, CREWS).map((f) => [f.text, f.category])).toEqual(expected);
  });

  it('files people several categories list by the group their clause names, when that group lists them too', () => {
    const listedTwice: FigureCategory[] = [
      { id: 'fled', label: 'Fled', units: ['refugees', 'children'], cues: ['fled'] },
      { id: 'losses', label: 'Losses', units: ['victims', 'dead', 'children', 'sailors'], cues: ['killed'] },
      { id: 'crews', label: 'Crews', units: ['crew', 'sailors'], cues: ['rescued'] },
    ];
    const readTwice = (text: string) => findFigures(text, listedTwice).map((f) => [f.text, f.category]);
    expect(readTwice('The victims included 13 children.')).toEqual([['13 children', 'losses']]);
    expect(readTwice('The vessel had a crew of 25 sailors.')).toEqual([['25 sailors', 'crews']]);
    expect(readTwice('The crew included three sailors.')).toEqual([['three sailors', 'crews']]);
    // A group that does not list the noun leaves it to the topic's order.
    expect(readTwice('The crew included three children.')).toEqual([['three children', 'fled']]);
  });

  it('reads a vague amount "of" a group named by a unit as a part of it ("several of the drones")', () => {
    expect(read('Several of the drones were shot down.')).toEqual([['Several of the drones', 'drones']]);
    expect(read('Dozens of the ships were attacked.')).toEqual([['Dozens of the ships', 'attacks']]);
    expect(read('Several of them were shot down.')).toEqual([]);
  });

  it('reads a number after a unit and "of" as its size when the words after it are the clause’s verb', () => {
    expect(read('The crew of 24 comprises 22 Freedonians.')).toEqual([['24', 'crews'], ['22 Freedonians', 'crews']]);
    expect(read('The crew of 18 abandoned ship.')).toEqual([['18', 'crews']]);
    // People, or a unit the group's category counts, are still what the number counts.
    expect(read('The vessel had a crew of 25 sailors.')).toEqual([['25 sailors', 'crews']]);
  });

  it.each([
    ['The ship was the target of three attacks.', [['three attacks', 'attacks']]],
    ['The port has been the target of 20 drones since May.', [['20 drones', 'drones']]],
    ['The target of two missiles was a warship.', [['two missiles', 'drones']]],
    // A singular after a number above one is no count of it: the number sizes the unit before "of".
    ['The crew of 18 abandoned ship.', [['18', 'crews']]],
  ])('counts a plural unit of any category after a unit and "of", not the unit before it: %j', (input, expected) => {
    expect(read(input)).toEqual(expected);
  });

  it('files a count of arrivals or departures no category lists where the cues list its verb', () => {
    expect(read('Officials counted 8,400 departures on Monday.')).toEqual([['8,400 departures', 'fled']]);
    // No category cues "arrived": the count stays uncategorised.
    expect(read('Officials counted 8,400 arrivals.')).toEqual([['8,400 arrivals', null]]);
  });

  it.each([
    ['About 2,800 of the departures were children, officials said.', [['About 2,800 of the departures', 'fled']]],
    ['Officials said 280 of those departures had been registered.', [['280 of those departures', 'fled']]],
    // "one of" a group names a member; a share is no count; no cue of the movement leaves it uncategorised.
    ['One of the departures was a journalist.', []],
    ['About 10% of the departures were children.', []],
    ['About 2,800 of the arrivals were children.', [['About 2,800 of the arrivals', null]]],
  ])('counts a part of a group of arrivals or departures where the cues list its verb: %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['Departures climbed to 8,000 on Thursday.', [['8,000', 'fled']]],
    ['Departures have now passed 100,000, officials said.', [['100,000', 'fled']]],
    // No category cues "arrived"; a year after the noun is no count; a noun of movement no verb of growth follows sizes nothing.
    ['Arrivals climbed to 8,000 on Thursday.', []],
    ['Departures in 2023 rose sharply.', []],
    ['The departures began at 6 on Thursday.', []],
  ])('reads a noun of arrivals or departures that grows to a bare number as a count of it: %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // A modal between the counted noun and its verb of growth: the count, forecast.
    ['Departures could climb to 8,000 by Friday.', [['8,000', 'fled']]],
    ['The dead may rise to 400, officials said.', [['400', 'losses']]],
    ['Strikes will exceed 60 this week, the Ostmark agency said.', [['60', 'strikes']]],
    // Near misses: no verb of growth, a place reached, a year after the verb.
    ['Departures could begin at 6 on Thursday.', []],
    ['Civilians could reach Marsh City by 5 pm.', []],
    ['Departures may top 2023 levels.', []],
  ])('reads a count that a modal says may grow to a bare number as that count: %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('counts every item of a list of people that a group of the topic names, not the first alone', () => {
    expect(read('The crew of 25 included 17 Freedonians, two Sylvanians and three Marshese.')).toEqual([
      ['25', 'crews'],
      ['17 Freedonians', 'crews'],
      ['two Sylvanians', 'crews'],
      ['three Marshese', 'crews'],
    ]);
    expect(read('The ship had 25 crew, including 17 Freedonians, two Sylvanians, and three Marshese.')).toEqual([
      ['25 crew', 'crews'],
      ['17 Freedonians', 'crews'],
      ['two Sylvanians', 'crews'],
      ['three Marshese', 'crews'],
    ]);
    expect(read('The crew — 17 Freedonians, three Sylvanians and five others — are safe.')).toEqual([
      ['17 Freedonians', 'crews'],
      ['three Sylvanians', 'crews'],
      ['five others', 'crews'],
    ]);
    // A group named by a unit of several words.
    expect(read('The rebels hold 25 crew members (17 Freedonians and eight Sylvanians).')).toEqual([
      ['25 crew members', 'crews'],
      ['17 Freedonians', 'crews'],
      ['eight Sylvanians', 'crews'],
    ]);
    // Members in an appositive between commas, before the clause's verb.
    expect(read('Its crew, 17 Freedonians and eight Sylvanians, were safe.')).toEqual([
      ['17 Freedonians', 'crews'],
      ['eight Sylvanians', 'crews'],
    ]);
    // A list that no group of the topic names stays out.
    expect(read('Anna Berg met 17 Freedonians, two Sylvanians and three Marshese.')).toEqual([]);
  });

  it.each([
    ['The crew included 17 Freedonians, two Sylvanians and one Ruritanian.', [['17 Freedonians', 'crews'], ['two Sylvanians', 'crews'], ['one Ruritanian', 'crews']]],
    ['The crew — 20 Freedonians and one Tarino — are safe.', [['20 Freedonians', 'crews'], ['one Tarino', 'crews']]],
    ['Its crew comprised 18 Sylvanians and 1 Osti.', [['18 Sylvanians', 'crews'], ['1 Osti', 'crews']]],
    [
      'The vessel had a crew of 20, comprising one Freedonian, four Sylvanians and 15 Tarino nationals.',
      [['20', 'crews'], ['one Freedonian', 'crews'], ['four Sylvanians', 'crews'], ['15 Tarino nationals', 'crews']],
    ],
    // One person by nation that no group of the topic takes in, or a nation's word before a noun of its own.
    ['Anna Berg met 17 Freedonians and one Sylvanian.', []],
    ['Berg met one Sylvanian and two Freedonians at the port.', []],
    ['The crew were rescued, one Freedonian said.', []],
    ['The crew included one Freedonian tanker driver and 17 Sylvanians.', [['17 Sylvanians', 'crews']]],
  ])('counts one person named by nation alone, as a list of a group’s members names the others: %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    [
      'The vessel had a crew of 20, comprising four Sylvanians and 16 Tarino nationals.',
      [['20', 'crews'], ['four Sylvanians', 'crews'], ['16 Tarino nationals', 'crews']],
    ],
    ['The ship had 22 crew, consisting of 20 Freedonians and two Sylvanians.', [['22 crew', 'crews'], ['20 Freedonians', 'crews'], ['two Sylvanians', 'crews']]],
    ['Nothing was known of the 20 crew on board, who included 15 Freedonians and five Sylvanians.', [['20 crew', 'crews'], ['15 Freedonians', 'crews'], ['five Sylvanians', 'crews']]],
    ['Little was known of its crew aboard, who included 15 Freedonians.', [['15 Freedonians', 'crews']]],
    // A group joined by "and" to the one the members are listed after: the members are of either.
    [
      'Nothing was known of the 20 crew and three guards on board, who included 15 Freedonians and four Sylvanians.',
      [['20 crew', 'crews'], ['15 Freedonians', 'crews'], ['four Sylvanians', 'crews']],
    ],
    // Groups the topic does not count name no members it counts.
    ['Anna Berg met the delegation, which included 15 Freedonians and five Sylvanians.', []],
    ['The talks, which included 15 Freedonians, ended in Fredonburg.', []],
    ['Berg greeted the guests and 40 others, who included 15 Freedonians.', []],
    ['The ministry, comprising 15 Freedonians and five Sylvanians, met on Monday.', []],
  ])('reads members listed in an aside after the group, by a participle or a relative clause, as the group’s: %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['The entire population, over 100,000 people, has fled.', 'over 100,000 people', 'displaced'],
    ['The entire population — over 100,000 people — has fled.', 'over 100,000 people', 'displaced'],
    ['Nearly all the residents – some 5,000 people – have left the town.', 'some 5,000 people', 'displaced'],
    // With no verb that names a category, the group still says what they are.
    ['The population, some 120,000 people, lives under blockade.', 'some 120,000 people', 'population'],
    ['The population — some 120,000 people — is cut off.', 'some 120,000 people', 'population'],
  ])('files members set off as an aside by the verb after it, over the group before it: %j', (input, text, category) => {
    const PLACES: FigureCategory[] = [
      { id: 'displaced', label: 'Displaced', units: ['refugees', 'people'], cues: ['fled', 'left'] },
      { id: 'population', label: 'Population', units: ['residents', 'people', 'population'], cues: ['live', 'population'] },
    ];
    expect(findFigures(input, PLACES).map((f) => [f.text, f.category])).toEqual([[text, category]]);
  });

  it('reads bare "members of" a group of people the topic counts as that group, past its determiner', () => {
    expect(read('The rebels hold 25 members of the ship’s crew.')).toEqual([['25 members of the ship’s crew', 'crews']]);
    // "Crew members of the ship" serve on it: they are crew, not ships.
    expect(read('The 25 crew members of the cargo ship were safe.')).toEqual([['25 crew members', 'crews']]);
  });

  it.each([
    // A partitive that ends a unit already ("crew members") keeps it when what its "of" names is no unit.
    ['The ship carried 25 crew members of various nationalities.', [['25 crew members', 'crews']]],
    ['The rebels hold 18 crew members of different nationalities.', [['18 crew members', 'crews']]],
    ['Aboard were 21 crew members of many faiths, the owner said.', [['21 crew members', 'crews']]],
    // Near misses: a partitive no unit ends runs on to its noun, as it did, and what it names decides.
    ['The rebels hold 25 members of the ship’s crew.', [['25 members of the ship’s crew', 'crews']]],
    ['The rebels fired 12 units of unmanned aerial vehicles.', [['12 units of unmanned aerial vehicles', 'drones']]],
    ['The rebels hold 25 members of various nationalities.', []],
  ])('keeps a unit that ends in a partitive when its "of" phrase names no unit: %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('reads people set free as people who were held', () => {
    const HELD: FigureCategory[] = [
      { id: 'losses', label: 'Losses', units: ['sailors'], cues: ['killed'] },
      { id: 'crews', label: 'Crews', units: ['sailors'], cues: ['held', 'hostage'] },
    ];
    const readHeld = (text: string) => findFigures(text, HELD).map((f) => [f.text, f.category]);
    expect(readHeld('The rebels released 25 sailors.')).toEqual([['25 sailors', 'crews']]);
    expect(readHeld('The rebels released figures showing 25 sailors killed.')).toEqual([['25 sailors', 'losses']]);
  });

  it('reads a bare number opening a sentence before its verb as part of the larger figure the sentence before ends with', () => {
    expect(read('The rebels fired three missiles. Two hit the ship.')).toEqual([['three missiles', 'drones'], ['Two', 'drones']]);
    // Larger than the figure before, a year, or "one": no part of it.
    expect(read('The rebels fired three missiles. Five hit the ship.')).toEqual([['three missiles', 'drones']]);
    expect(read('Freedonia struck 30 targets. 2024 was a hard year.')).toEqual([['30 targets', 'strikes']]);
    expect(read('The rebels fired three missiles at the ship. One hit it.')).toEqual([['three missiles', 'drones']]);
  });

  it('counts "one of" a group when its predicate tells what happened to it, in the group’s category or one that counts people', () => {
    expect(read('One of the sailors was killed.')).toEqual([['One of the sailors', 'losses']]);
    expect(read('One of the drones was shot down.')).toEqual([['One of the drones', 'drones']]);
    // A predicate that cues another category of things, or none, names a member.
    expect(read('One of the missiles struck the port.')).toEqual([]);
    expect(read('One of the ships was carrying grain.')).toEqual([]);
  });

  it.each([
    // "One" opening a sentence before a person who acts or speaks, in no category's terms: a member picked out.
    ['One sailor had already asked to go home.', []],
    ['One civilian pleaded with the mayor on Friday.', []],
    // What befell them, cued or done to them, is a count of one.
    ['One sailor was killed.', [['One sailor', 'losses']]],
    ['One sailor has been rescued.', [['One sailor', 'crews']]],
    ['One sailor was questioned on Friday.', [['One sailor', 'crews']]],
    ['One civilian fled the town.', [['One civilian', 'fled']]],
    // "one" opening a clause after a comma picks out a member too; its fate is still a count.
    ['Additionally, one sailor told the paper that he wanted to go home.', []],
    ['Two sailors were killed, one sailor said.', [['Two sailors', 'losses']]],
    ['One sailor told reporters the ship was lost.', []],
    ['In the raid, one sailor was killed.', [['one sailor', 'losses']]],
    ['The raid hit the port, two civilians, one sailor and a medic.', [['two civilians', 'fled'], ['one sailor', 'crews']]],
    // Not opening the sentence, or not a person: left to the other rules.
    ['The navy rescued one sailor.', [['one sailor', 'crews']]],
    ['One drone crossed the border.', [['One drone', 'drones']]],
  ])('reads "One" before a person in %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('counts "one of" a group when its predicate cues the group’s category among others ("hit" ships and "hit" targets)', () => {
    const hitTwice: FigureCategory[] = [
      { id: 'attacks', label: 'Attacks on ships', units: ['ships'], cues: ['hit', 'attacked'] },
      { id: 'strikes', label: 'Strikes', units: ['targets'], cues: ['hit', 'struck'] },
    ];
    const readHit = (text: string) => findFigures(text, hitTwice).map((f) => [f.text, f.category]);
    expect(readHit('One of the ships was hit.')).toEqual([['One of the ships', 'attacks']]);
    expect(readHit('One of the targets was hit twice.')).toEqual([['One of the targets', 'strikes']]);
    expect(readHit('One of the ships was carrying grain.')).toEqual([]);
  });

  it('reads "N more" with no noun as more of what the figure before it in the sentence counts', () => {
    expect(read('The rebels fired three missiles on Monday and two more on Tuesday.')).toEqual([['three missiles', 'drones'], ['two more', 'drones']]);
    expect(read('Freedonia struck 30 targets and hit 12 more on Friday.')).toEqual([['30 targets', 'strikes'], ['12 more', 'strikes']]);
    expect(read('The destroyer shot down 12 drones. Two more were spotted.')).toEqual([['12 drones', 'drones'], ['Two more', 'drones']]);
  });

  it('reads each item of a list of counts by place, with no colon, as the figure that opens it', () => {
    expect(read('Freedonia struck three targets in Fredonburg, two in Marsh City and one in Ruhl.')).toEqual([
      ['three targets', 'strikes'],
      ['two', 'strikes'],
      ['one', 'strikes'],
    ]);
    expect(read('The jets hit 18 targets in the capital, eight near the port, and six in the hills.')).toEqual([
      ['18 targets', 'strikes'],
      ['eight', 'strikes'],
      ['six', 'strikes'],
    ]);
    // No place after the number: not an item of such a list.
    expect(read('Freedonia struck three targets in Fredonburg, two days ago.')).toEqual([['three targets', 'strikes']]);
  });

  it('ends a noun phrase before "and" and a number, which opens a count of its own', () => {
    const LOSSES: FigureCategory[] = [{ id: 'losses', label: 'Losses', units: ['servicemen', 'civilians', 'killed and wounded'], cues: ['died'] }];
    const readLosses = (text: string) => findFigures(text, LOSSES).map((f) => [f.text, f.category]);
    expect(readLosses('The ministry said 32 servicemen and one civilian had died.')).toEqual([['32 servicemen', 'losses'], ['one civilian', 'losses']]);
    expect(readLosses('Some 3,000 killed and wounded.')).toEqual([['Some 3,000 killed and wounded', 'losses']]);
  });

  it('reads a singular noun a few words before a plural as its modifier, not as the head', () => {
    expect(read('The destroyer shot down three one-way attack unmanned aerial vehicles.')).toEqual([['three one-way attack unmanned aerial vehicles', 'drones']]);
    expect(read('The submarine fired 14 Land Attack Missiles.')).toEqual([['14 Land Attack Missiles', 'drones']]);
    expect(read('The rebels attacked 26 ships.')).toEqual([['26 ships', 'attacks']]);
  });

  it('reads an acronym the topic counts as the head a singular unit noun before it modifies', () => {
    const WITH_ACRONYMS: FigureCategory[] = [
      { id: 'attacks', label: 'Attacks', units: ['attack', 'attacks'], cues: [] },
      { id: 'drones', label: 'Drones', units: ['uavs', 'uav', 'usvs', 'drones'], cues: [] },
    ];
    const readAcronyms = (text: string) => findFigures(text, WITH_ACRONYMS).map((f) => [f.text, f.unit, f.category]);
    const cases: [string, string[][]][] = [
      ['The frigate downed 12 one-way attack UAVs overnight.', [['12 one-way attack UAVs', 'UAVs', 'drones']]],
      ['Coastguards sank two explosive attack USVs near the port.', [['two explosive attack USVs', 'USVs', 'drones']]],
      // An acronym the topic does not count is no head: the attack is counted.
      ['There was one attack NGOs could not verify.', [['one attack', 'attack', 'attacks']]],
      // A plural unit is the head already: the acronym after it begins another phrase.
      ['The port saw 14 attacks UN monitors logged.', [['14 attacks', 'attacks', 'attacks']]],
    ];
    for (const [text, expected] of cases) expect(readAcronyms(text), text).toEqual(expected);
  });

  it.each([
    ['Jets hit three radar sites and one drone storage facility.', []],
    ['The raid destroyed a single missile launch site.', []],
    ['One drone depot burned for hours.', []],
    ['Forces struck one mobile ballistic missile launcher.', []],
    // The word after the noun is the clause's verb: the drone is counted.
    ['One drone struck the depot overnight.', [['One drone', 'drones']]],
    ['One missile landed near the base.', [['One missile', 'drones']]],
    ['Two drones and one missile were downed near the site.', [['Two drones', 'drones'], ['one missile', 'drones']]],
  ])('reads a unit noun before the name of an installation as its modifier: %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('findFigures: what a size and a year before a noun count', () => {
  const PEOPLE: FigureCategory[] = [
    { id: 'fled', label: 'Fled', units: ['refugees', 'people'], cues: ['fled', 'exodus'] },
    { id: 'losses', label: 'Losses', units: ['killed', 'people'], cues: ['killed'] },
    { id: 'troops', label: 'Troops', units: ['troops'], cues: ['deployed', 'contingent'] },
  ];
  const readPeople = (text: string) => findFigures(text, PEOPLE).map((f) => [f.text, f.category]);

  it('reads a size after a noun the topic lists as a cue as a count of what that noun names', () => {
    expect(readPeople('The exodus is now more than 100,000 strong.')).toEqual([['more than 100,000 strong', 'fled']]);
    expect(readPeople('The contingent is 2,000 strong.')).toEqual([['2,000 strong', 'troops']]);
  });

  it('reads four digits before a singular noun that counts nothing as the year it dates', () => {
    expect(readPeople('The 2020 war killed more than 6,500 people.')).toEqual([['more than 6,500 people', 'losses']]);
    expect(readPeople('Freedonia deployed 2000 troops.')).toEqual([['2000 troops', 'troops']]);
    // A modifier before the plural noun is no singular noun dated by a year.
    expect(readPeople('Freedonia deployed 2000 special forces troops.')).toEqual([['2000 special forces troops', 'troops']]);
  });
});

describe('findFigures: people who are left or stayed remain', () => {
  const PLACES: FigureCategory[] = [
    { id: 'fled', label: 'Fled', units: ['people'], cues: ['left', 'fled'] },
    { id: 'remaining', label: 'Remaining', units: ['people'], cues: ['remain'] },
    { id: 'losses', label: 'Losses', units: ['people'], cues: ['dead'] },
  ];
  const readPlaces = (text: string) => findFigures(text, PLACES).map((f) => [f.text, f.category]);

  it('reads "are left", "stayed behind" as remaining, and "(have) left", "left homeless" as gone', () => {
    expect(readPlaces('Only about 1,000 people are left.')).toEqual([['about 1,000 people', 'remaining']]);
    expect(readPlaces('Fewer than 500 people stayed behind.')).toEqual([['Fewer than 500 people', 'remaining']]);
    expect(readPlaces('About 1,000 people have left the region.')).toEqual([['About 1,000 people', 'fled']]);
    expect(readPlaces('About 1,000 people were left homeless.')).toEqual([['About 1,000 people', 'fled']]);
  });
});

describe('findFigures: quotation marks of any house style', () => {
  it('reads a count right after an opening guillemet or low quotation mark', () => {
    expect(read('Berg said: «200 dead were counted».')).toEqual([['200 dead', 'losses']]);
    expect(read('„200 dead were counted“, Berg said.')).toEqual([['200 dead', 'losses']]);
  });
});

describe('findFigures: what a clause tells of people of one category', () => {
  const HOMES: FigureCategory[] = [
    { id: 'fled', label: 'Fled', units: ['refugees', 'people'], cues: ['fled'] },
    { id: 'losses', label: 'Losses', units: ['killed', 'people'], cues: ['injured', 'killed'] },
    { id: 'population', label: 'Population', units: ['population', 'people', 'residents'], cues: ['live'] },
  ];
  const readHomes = (text: string) => findFigures(text, HOMES).map((f) => [f.text, f.category]);

  it('reads a bare number’s predicate in the words the topic’s cues usually list ("were hurt" as injured)', () => {
    expect(readHomes('Some 50 were hurt.')).toEqual([['Some 50', 'losses']]);
  });

  it('reads "hurt" with no auxiliary, after a bare number or before it, as injured: "170 killed and 349 hurt"', () => {
    expect(readHomes('At least 20 were killed in the blast, and 290 hurt.')).toEqual([['At least 20', 'losses'], ['290', 'losses']]);
    expect(readHomes('The blast killed 170 and hurt 349.')).toEqual([['170', 'losses'], ['349', 'losses']]);
    // "hurt" with an object of its own is what they did.
    expect(readHomes('Berg said 20 hurt their chances.')).toEqual([]);
  });

  it.each([
    ['Blast kills 20, injures 290', [['20', 'losses'], ['290', 'losses']]],
    ['The explosion kills 20 and injures 290, officials say.', [['20', 'losses'], ['290', 'losses']]],
    // A present verb no cue lists, a plural noun before a number, or a verb with no subject before it: nothing.
    ['Freedonia says 192 in a statement.', []],
    ['In the attacks 20 were killed.', [['20', 'losses']]],
    ['Kills 20', []],
  ])('reads a verb in the present with its subject, as a headline or lede writes it, like its past: %j', (text, expected) => {
    expect(readHomes(text)).toEqual(expected);
  });

  it('keeps refugees who now live somewhere as refugees, and people who live there as its population', () => {
    expect(readHomes('Some 100,000 refugees now live in Freedonia.')).toEqual([['Some 100,000 refugees', 'fled']]);
    expect(readHomes('Some 120,000 people live in Marsh City.')).toEqual([['Some 120,000 people', 'population']]);
  });
});

describe('findFigures: people counted in one, and people who are sources', () => {
  const PEOPLE: FigureCategory[] = [
    { id: 'losses', label: 'Losses', units: ['people', 'children', 'men', 'sailors'], cues: ['killed', 'injured', 'injuring'] },
  ];
  const readPeople = (text: string) => findFigures(text, PEOPLE).map((f) => [f.text, f.category]);

  it.each([
    // The singular of an irregular plural is the same unit.
    ['The blast killed one person and injured two people.', [['one person', 'losses'], ['two people', 'losses']]],
    ['One child was killed in the shelling.', [['One child', 'losses']]],
    ['A shell hit the market, killing one man.', [['one man', 'losses']]],
    // People named as the sources of a report are no count.
    ['One person familiar with the matter said three sailors were killed.', [['three sailors', 'losses']]],
    ['Two people briefed on the raid said it killed 12 men.', [['12 men', 'losses']]],
    ['Four people with knowledge of the talks said nobody was injured.', []],
  ])('%j', (text, expected) => {
    expect(readPeople(text)).toEqual(expected);
  });
});

describe('findFigures: a group counted before, split by sex or age', () => {
  it.each([
    ['The Bureau said 8,400 civilians had fled. Males make up 4,100 and females 4,300.', [['8,400 civilians', 'fled'], ['4,100', 'fled'], ['4,300', 'fled']]],
    ['Berg noted that 2,600 of the civilians are male and 2,800 are female.', [['2,600 of the civilians', 'fled'], ['2,800', 'fled']]],
    ['Some 8,400 civilians fled. Of them, 2,600 were men and 2,800 were women.', [['Some 8,400 civilians', 'fled'], ['2,600', 'fled'], ['2,800', 'fled']]],
    // Children are a part by age, as minors are: after a comma, or in the next sentence.
    ['The number of civilians who fled exceeds 8,400, 2,600 are children.', [['8,400', 'fled'], ['2,600', 'fled']]],
    ['Some 8,400 civilians fled, 2,600 are children.', [['Some 8,400 civilians', 'fled'], ['2,600', 'fled']]],
    ['Some 8,400 civilians fled. Of them, 2,600 were children.', [['Some 8,400 civilians', 'fled'], ['2,600', 'fled']]],
    // No group counted before, a share rather than a count, or no word of sex or age: no part of a group.
    ['Berg said 2,600 are male and 2,800 are female.', []],
    ['Berg said 2,600 are children.', []],
    ['Some 8,400 civilians fled, 2,600 of its houses are children\'s homes.', [['Some 8,400 civilians', 'fled']]],
    ['Some 8,400 civilians fled. Then 2,600 were seen with children near Marsh City.', [['Some 8,400 civilians', 'fled']]],
    ['Some 8,400 civilians fled. Of the voters, 52 percent were female.', [['Some 8,400 civilians', 'fled']]],
    ['Some 8,400 civilians fled. Then 2,600 were seen near Marsh City.', [['Some 8,400 civilians', 'fled']]],
    ['Some 8,400 civilians fled. Males make up half of them.', [['Some 8,400 civilians', 'fled']]],
  ])('%j', (text, expected) => {
    expect(findFigures(text, CATEGORIES.filter((c) => c.id !== 'losses')).map((f) => [f.text, f.category])).toEqual(expected);
  });
});

describe('findFigures: a number sized by a count named right before it, after a figure of another category', () => {
  const REGION: FigureCategory[] = [
    { id: 'fled', label: 'Fled', units: ['people', 'refugees'], cues: ['fled', 'left'] },
    { id: 'residents', label: 'Residents', units: ['population', 'people'], cues: ['live', 'population'] },
  ];
  const read = (text: string) => findFigures(text, REGION).map((f) => [f.text, f.category]);

  it.each([
    // The population named before the number is what it counts, not the people who left.
    ['Over 10,000 people have left, noting that the population in the area was around 12,000.', [['Over 10,000 people', 'fled'], ['around 12,000', 'residents']]],
    ['More than 2,000 refugees fled, and the population of Marsh City is about 9,000.', [['More than 2,000 refugees', 'fled'], ['about 9,000', 'residents']]],
    ['Some 300 people left; the population stood at nearly 5,000.', [['Some 300 people', 'fled'], ['nearly 5,000', 'residents']]],
    // Must not fire: nothing named before the number sizes it, so it is a part of the figure before.
    ['Over 10,000 people have left, of whom around 4,000 reached Marsh City.', [['Over 10,000 people', 'fled'], ['around 4,000', 'fled']]],
    ['More than 2,000 refugees fled, and about 900 more crossed on Tuesday.', [['More than 2,000 refugees', 'fled'], ['about 900 more', 'fled']]],
    ['Some 300 people left, bringing the total to nearly 5,000.', [['Some 300 people', 'fled'], ['nearly 5,000', 'fled']]],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('findFigures: people aboard, whom the topic counts by a cue of being aboard', () => {
  const ABOARD: FigureCategory[] = [
    { id: 'attacks', label: 'Attacks on ships', units: ['ships', 'tankers'], cues: ['attacked', 'hit'] },
    { id: 'losses', label: 'Losses', units: ['dead', 'killed'], cues: ['killed', 'dead'] },
    { id: 'crews', label: 'Crews', units: ['crew', 'sailors'], cues: ['rescued', 'aboard', 'on board'] },
  ];
  const readAboard = (text: string) => findFigures(text, ABOARD).map((f) => [f.text, f.category]);

  it.each([
    ['An oil tanker carrying 25 Freedonians on board was hit by a drone.', [['25 Freedonians', 'crews']]],
    ['With 22 Sylvanians onboard, the tanker was hit by a missile.', [['22 Sylvanians', 'crews']]],
    ['There are two Tarinos on board the ship.', [['two Tarinos', 'crews']]],
    ['The tanker had 22 Freedonian nationals aboard.', [['22 Freedonian nationals', 'crews']]],
    // Held by a vessel: "carrying" or "with" after the noun of a thing the topic counts, past its name.
    ['A tanker carrying 25 Freedonians was hit by a drone.', [['25 Freedonians', 'crews']]],
    ['A tanker named Marsh Star, with 22 Sylvanian nationals, was hit by a missile.', [['22 Sylvanian nationals', 'crews']]],
    // What their own predicate tells of them comes first; no words of being aboard, no crew.
    ['Two Freedonians on board were killed.', [['Two Freedonians', 'losses']]],
    ['A tanker carrying 25 Freedonians was hit. Two Freedonians were killed.', [['25 Freedonians', 'crews'], ['Two Freedonians', 'losses']]],
    ['The tanker carried 25 Freedonians to the port.', []],
    ['Anna Berg met 25 Freedonians on the quay in Marsh City.', []],
    // People with a role of their own are no crew for being aboard.
    ['The tanker had three armed guards on board.', []],
    ['A tanker carrying three armed guards was hit by a drone.', []],
    // "With" after a noun that is no thing the topic counts, or after people, holds no one aboard.
    ['Anna Berg met the minister with 22 Freedonians.', []],
    ['The sailors with 22 Freedonians reached Marsh City.', []],
  ])('%j', (text, expected) => {
    expect(readAboard(text)).toEqual(expected);
  });

  it('counts no one aboard for a topic that cues no category of people by being aboard', () => {
    expect(read('The tanker had 22 Freedonians aboard.')).toEqual([]);
  });
});

describe('findFigures: people counted as members of a group named before "consisted of" or after "there were … on"', () => {
  it.each([
    // The group before a verb of membership with "of", past an "of" phrase of its own.
    ['The crew of the tanker consisted of 22 Freedonians and one Sylvanian.', [['22 Freedonians', 'crews'], ['one Sylvanian', 'crews']]],
    ['The crew of the merchant ship comprised of 20 Freedonians.', [['20 Freedonians', 'crews']]],
    ['The crew of the tanker included 22 Freedonians.', [['22 Freedonians', 'crews']]],
    // "There were …" and the group after the list.
    ["There were 22 Freedonians and three Sylvanians on the ship's crew.", [['22 Freedonians', 'crews'], ['three Sylvanians', 'crews']]],
    // Must not fire: no group of people named, or a predicate of their own.
    ['The convoy consisted of 22 Freedonians and their families.', []],
    ['There were 22 Freedonians on the ship.', []],
    ['Two Freedonians in the crew were rescued, and three Sylvanians were killed.', [['Two Freedonians', 'crews'], ['three Sylvanians', 'losses']]],
    ["There were 300 Freedonians in the city's old town.", [['300 Freedonians', null]]],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('findFigures: people by no role are what the group their clause names is', () => {
  const CREW_AND_DEAD: FigureCategory[] = [
    { id: 'crews', label: 'Crews', units: ['crew', 'crew members', 'sailors'], cues: ['rescued', 'safe', 'held'] },
    { id: 'losses', label: 'Losses', units: ['dead', 'killed', 'people'], cues: ['killed', 'dead'] },
  ];
  const readCrew = (text: string) => findFigures(text, CREW_AND_DEAD).map((f) => [f.text, f.category]);

  it.each([
    ['The crew of the tanker consisted of 22 Freedonians and one person from Sylvania.', [['22 Freedonians', 'crews'], ['one person', 'crews']]],
    ['The crew included one person from Marsh City.', [['one person', 'crews']]],
    // Must not fire: no group named, or what befell them told.
    ['The crew said one person from Marsh City was killed.', [['one person', 'losses']]],
    ['One person was killed aboard the ship, the crew said.', [['One person', 'losses']]],
  ])('%j', (text, expected) => {
    expect(readCrew(text)).toEqual(expected);
  });
});
