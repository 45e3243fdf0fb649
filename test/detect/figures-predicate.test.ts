import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

const CATEGORIES: FigureCategory[] = [
  { id: 'sailors', label: 'Sailors sent', units: ['sailors', 'troops'], cues: ['sent', 'deployed'] },
  { id: 'losses', label: 'Losses', units: ['casualties', 'dead'], cues: ['killed', 'wounded', 'injured', 'captured', 'losses', 'died'] },
];

const categories = (text: string) => findFigures(text, CATEGORIES).map((f) => [f.text, f.category]);

describe('findFigures: the category the clause gives', () => {
  it('files people counted by a unit of one category under what happened to them', () => {
    expect(categories('Some 3,000 sailors have been killed or wounded.')).toEqual([['Some 3,000 sailors', 'losses']]);
    expect(categories('Freedonia reported losses of 700 troops.')).toEqual([['700 troops', 'losses']]);
    expect(categories('Freedonia has sent 3,000 sailors.')).toEqual([['3,000 sailors', 'sailors']]);
  });

  it.each([
    // Lives put at risk or saved tell of no death: the people keep their own category.
    ['The attacks endangered the lives of dozens of sailors.', [['dozens of sailors', 'sailors']]],
    ['The raid put at risk the lives of 25 sailors.', [['25 sailors', 'sailors']]],
    ['The navy saved the lives of 20 sailors.', [['20 sailors', 'sailors']]],
    ['Marsh City must protect the lives of 300 sailors.', [['300 sailors', 'sailors']]],
    // Must not fire: lives claimed, cost or taken are deaths.
    ['The strike claimed the lives of 25 sailors.', [['25 sailors', 'losses']]],
    ['The attack cost the lives of 20 sailors.', [['20 sailors', 'losses']]],
    ['The fighting took the lives of 30 sailors.', [['30 sailors', 'losses']]],
    ['The lives of 40 sailors were lost.', [['40 sailors', 'losses']]],
  ])('reads "the lives of N" as deaths unless a verb puts them at risk or saves them: %j', (input, expected) => {
    expect(categories(input)).toEqual(expected);
  });

  it('reads people "in hospital" as wounded, and people a place is "populated by" as living there', () => {
    const PEOPLE_OF_THREE: FigureCategory[] = [
      { id: 'fled', label: 'Fled', units: ['people'], cues: ['fled', 'left'] },
      { id: 'losses', label: 'Losses', units: ['people', 'dead'], cues: ['killed', 'wounded'] },
      { id: 'residents', label: 'Residents', units: ['people'], cues: ['live', 'population'] },
    ];
    const read = (text: string) => findFigures(text, PEOPLE_OF_THREE).map((f) => [f.text, f.category]);
    expect(read('About 290 people are in hospital.')).toEqual([['About 290 people', 'losses']]);
    expect(read('The region is populated by about 120,000 people.')).toEqual([['about 120,000 people', 'residents']]);
    // What happened to people counted before "by" is still their own predicate's.
    expect(read('About 290 people were killed by shelling.')).toEqual([['About 290 people', 'losses']]);
  });

  it.each([
    // People who stay in a camp, a shelter or tents are sheltered away from home.
    ['About 700 people remained in the camp on Monday night.', [['About 700 people', 'fled']]],
    ['About 700 people remained in the monitors’ camp on Monday night.', [['About 700 people', 'fled']]],
    ['Some 2,000 people were still living in tents near the airport.', [['Some 2,000 people', 'fled']]],
    ['About 300 people stayed at a shelter in Marsh City.', [['About 300 people', 'fled']]],
    // Must not fire: a stay at home, in a camp of an army, or a harm told in the camp.
    ['About 700 people remained in the city on Monday night.', [['About 700 people', 'residents']]],
    ['About 700 people remained in the monitors’ homes on Monday night.', [['About 700 people', 'residents']]],
    ['About 700 people remained in a military camp.', [['About 700 people', 'residents']]],
    ['About 700 people were killed in the camp.', [['About 700 people', 'losses']]],
  ])('files people staying in a camp or shelter as displaced: %j', (input, expected) => {
    const SHELTERED: FigureCategory[] = [
      { id: 'fled', label: 'Fled', units: ['people'], cues: ['fled', 'displaced'] },
      { id: 'losses', label: 'Losses', units: ['people', 'dead'], cues: ['killed', 'wounded'] },
      { id: 'residents', label: 'Residents', units: ['people'], cues: ['remain', 'remained', 'live'] },
    ];
    expect(findFigures(input, SHELTERED).map((f) => [f.text, f.category])).toEqual(expected);
  });

  it.each([
    // "Still" there, with nothing more told of them: they remain.
    ['There are still 80,000 people in Marsh City.', [['80,000 people', 'residents']]],
    ['There were still about 5,000 people, the mayor said.', [['about 5,000 people', 'residents']]],
    // Held where they are by a siege: they remain.
    ['Some 60,000 people are under a brutal siege.', [['Some 60,000 people', 'residents']]],
    ['About 1,000 people are besieged in the town.', [['About 1,000 people', 'residents']]],
    // Must not fire: what the clause tells of them wins, and a siege they were moved under is no stay.
    ['There are still 300 people missing after the blast.', [['300 people', 'losses']]],
    ['There are still 3,000 people waiting to leave the city.', [['3,000 people', 'fled']]],
    ['There are still 3,000 people in Marsh City waiting for shelter.', [['3,000 people', 'fled']]],
    ['There are 80,000 people in Marsh City.', [['80,000 people', 'fled']]],
    ['Some 3,000 people were evacuated under siege.', [['Some 3,000 people', 'fled']]],
  ])('reads people "still" there or "under siege" as remaining: %s', (text, expected) => {
    const PEOPLE_OF_THREE: FigureCategory[] = [
      { id: 'fled', label: 'Fled', units: ['people'], cues: ['fled', 'left', 'evacuated'] },
      { id: 'losses', label: 'Losses', units: ['people', 'dead'], cues: ['killed', 'wounded', 'missing'] },
      { id: 'residents', label: 'Residents', units: ['people'], cues: ['live', 'population', 'remain'] },
    ];
    expect(findFigures(text, PEOPLE_OF_THREE).map((f) => [f.text, f.category])).toEqual(expected);
  });

  it('files every item of a list of people that a noun of death governs as dead ("the bodies of 41 sailors, 20 civilians and three children")', () => {
    const PEOPLE_OF_TWO: FigureCategory[] = [
      { id: 'fled', label: 'Fled', units: ['civilians', 'children'], cues: ['fled'] },
      { id: 'losses', label: 'Losses', units: ['civilians', 'children', 'sailors', 'dead'], cues: ['killed'] },
    ];
    const read = (text: string) => findFigures(text, PEOPLE_OF_TWO).map((f) => [f.text, f.category]);
    expect(read('The bodies of 41 sailors, 20 civilians and three children were found.')).toEqual([
      ['41 sailors', 'losses'],
      ['20 civilians', 'losses'],
      ['three children', 'losses'],
    ]);
    // A clause after the list is no item of it.
    expect(read('The bodies of 41 sailors were found, and 20 civilians fled.')).toEqual([
      ['41 sailors', 'losses'],
      ['20 civilians', 'fled'],
    ]);
  });

  it('reads people "in captivity" as held', () => {
    const HELD: FigureCategory[] = [
      { id: 'losses', label: 'Losses', units: ['sailors', 'dead'], cues: ['killed', 'wounded'] },
      { id: 'hostages', label: 'Hostages', units: ['sailors', 'hostages'], cues: ['held', 'hostage'] },
    ];
    const read = (text: string) => findFigures(text, HELD).map((f) => [f.text, f.category]);
    expect(read('Seven sailors remain in captivity.')).toEqual([['Seven sailors', 'hostages']]);
    expect(read('Seven sailors were killed.')).toEqual([['Seven sailors', 'losses']]);
  });

  it.each([
    // The relative clause tells no fate; the main clause after it does.
    ['Two sailors who wanted to defect have been excluded from the prisoner swap.', 'Two sailors', 'losses'],
    ['Two sailors who either asked to stay or were considering it have reportedly been left out of the prisoner exchange list.', 'Two sailors', 'losses'],
    ['Some 300 sailors who trained in the north have been killed.', 'Some 300 sailors', 'losses'],
    // A main clause that tells a fate decides over the relative clause's, which says what they were.
    ['Some 300 sailors who were deployed in May have been killed.', 'Some 300 sailors', 'losses'],
    // A main clause that tells none changes nothing.
    ['Some 300 sailors who wanted to go home have been sent north.', 'Some 300 sailors', 'sailors'],
    ['Some 300 sailors who trained in the north are in the port.', 'Some 300 sailors', 'sailors'],
  ])('reads what the main clause tells of people a relative clause describes first: %j', (text, figure, category) => {
    expect(categories(text)).toEqual([[figure, category]]);
  });

  it('reads the predicate past a rate after the count: "50 ships a day passed through"', () => {
    const SHIPS: FigureCategory[] = [
      { id: 'attacks', label: 'Attacks', units: ['ships'], cues: ['attacked', 'attacks'] },
      { id: 'traffic', label: 'Traffic', units: ['ships'], cues: ['passed through', 'diverted'] },
    ];
    const read = (text: string) => findFigures(text, SHIPS).map((f) => [f.text, f.category]);
    const cases: [string, string, string][] = [
      ['Some 50 ships a day passed through the strait before the attacks.', 'Some 50 ships', 'traffic'],
      ['About 70 ships daily were diverted after the attacks.', 'About 70 ships', 'traffic'],
      ['About 70 ships per week were attacked before the diversions began.', 'About 70 ships', 'attacks'],
    ];
    for (const [input, figure, category] of cases) expect(read(input), input).toEqual([[figure, category]]);
  });

  it('reads people who took their own lives as dead, not an attempt', () => {
    const LOSSES: FigureCategory[] = [
      { id: 'sent', label: 'Sent', units: ['sailors'], cues: ['sent'] },
      { id: 'losses', label: 'Losses', units: ['sailors', 'dead'], cues: ['killed', 'died'] },
    ];
    const read = (text: string) => findFigures(text, LOSSES).map((f) => [f.text, f.category]);
    const cases: [string, string][] = [
      ['Two sailors committed suicide to avoid capture.', 'losses'],
      ['Three sailors took their own lives rather than surrender.', 'losses'],
      ['Two sailors had reportedly committed suicide.', 'losses'],
      ['Two sailors tried to commit suicide.', 'sent'],
    ];
    for (const [input, category] of cases) expect(read(input).map(([, c]) => c), input).toEqual([category]);
  });

  it.each([
    // Any place of treatment, named or not, and a patient's condition.
    ['About 60 people were taken to the Marsh City Burns Centre.', [['About 60 people', 'losses']]],
    ['Some 60 people were airlifted to a trauma unit in the capital.', [['Some 60 people', 'losses']]],
    ['About 60 people remain in intensive care.', [['About 60 people', 'losses']]],
    ['About 60 people are in critical condition.', [['About 60 people', 'losses']]],
    // A place named for something else, or a condition of no patient, tells nothing of wounds.
    ['About 60 people live near the hospital.', [['About 60 people', 'residents']]],
    ['About 60 people were taken to the city centre.', []],
  ])('reads people taken to a place of treatment or in a grave condition as wounded: %j', (input, expected) => {
    const PEOPLE_OF_THREE: FigureCategory[] = [
      { id: 'fled', label: 'Fled', units: ['people'], cues: ['fled', 'left'] },
      { id: 'losses', label: 'Losses', units: ['people', 'dead'], cues: ['killed', 'wounded'] },
      { id: 'residents', label: 'Residents', units: ['people'], cues: ['live', 'population'] },
    ];
    expect(findFigures(input, PEOPLE_OF_THREE).map((f) => [f.text, f.category])).toEqual(expected);
  });

  it('reads people held by a side, in its custody, or taken to hospital by what happened to them', () => {
    const HELD_OR_HURT: FigureCategory[] = [
      { id: 'sent', label: 'Sent', units: ['sailors', 'people'], cues: ['sent', 'deployed'] },
      { id: 'losses', label: 'Losses', units: ['sailors', 'people', 'prisoners'], cues: ['killed', 'wounded', 'captured'] },
    ];
    const read = (text: string) => findFigures(text, HELD_OR_HURT).map((f) => [f.text, f.category]);
    const cases: [string, string, string][] = [
      ['Two sailors held by Sylvania have asked to go home.', 'Two sailors', 'losses'],
      ['The two sailors in Sylvanian custody were interviewed by reporters.', 'two sailors', 'losses'],
      ['Around 170 people were taken to hospital after the blast.', 'Around 170 people', 'losses'],
      ['Some 40 people were rushed to a hospital in the capital.', 'Some 40 people', 'losses'],
      // A state of place that tells nothing, and "held" with an object, leave the count as it was.
      ['The 2,000 sailors held in reserve were sent to the port.', '2,000 sailors', 'sent'],
      ['About 2,000 sailors in the port were sent north.', 'About 2,000 sailors', 'sent'],
      ['About 2,000 sailors held the port for a week after they were sent.', 'About 2,000 sailors', 'sent'],
    ];
    for (const [input, figure, category] of cases) expect(read(input), input).toEqual([[figure, category]]);
  });

  it('reads past the writer’s quotation marks after an auxiliary, and "surrendered" as taken prisoner', () => {
    const LOSSES: FigureCategory[] = [
      { id: 'sailors', label: 'Sailors sent', units: ['sailors'], cues: ['sent'] },
      { id: 'losses', label: 'Losses', units: ['casualties'], cues: ['killed', 'captured'] },
    ];
    const read = (text: string) => findFigures(text, LOSSES).map((f) => [f.text, f.category]);
    expect(read('Berg said 3,000 sailors were “put out of action”.')).toEqual([['3,000 sailors', 'losses']]);
    expect(read('About 300 sailors surrendered to Sylvanian forces.')).toEqual([['About 300 sailors', 'losses']]);
    expect(read('Berg said 3,000 sailors were “heroes”.')).toEqual([['3,000 sailors', 'sailors']]);
  });

  it('reads "unharmed", "unhurt" as safe, so a crew told unharmed is no count of losses', () => {
    const CREWS: FigureCategory[] = [
      { id: 'losses', label: 'Losses', units: ['sailors'], cues: ['killed'] },
      { id: 'crews', label: 'Crews', units: ['sailors'], cues: ['safe'] },
    ];
    const read = (text: string) => findFigures(text, CREWS).map((f) => [f.text, f.category]);
    expect(read('Its 19 sailors were unhurt, the operator said.')).toEqual([['19 sailors', 'crews']]);
    expect(read('Three sailors were killed and 19 sailors were unharmed.')).toEqual([['Three sailors', 'losses'], ['19 sailors', 'crews']]);
  });

  it('moves people only to a category that counts people: "300 sailors were shipped" are no arms supplied', () => {
    const ARMS: FigureCategory[] = [
      { id: 'sailors', label: 'Sailors sent', units: ['sailors'], cues: ['sent'] },
      { id: 'arms', label: 'Arms supplied', units: ['shells'], cues: ['shipped', 'handed over'] },
      { id: 'losses', label: 'Losses', units: ['casualties'], cues: ['killed'] },
    ];
    const read = (text: string) => findFigures(text, ARMS).map((f) => [f.text, f.category]);
    expect(read('Some 300 sailors were shipped to the port.')).toEqual([['Some 300 sailors', 'sailors']]);
    expect(read('Five civilians were handed over on Monday.')).toEqual([]);
    // A category that counts people still takes them.
    expect(read('Some 300 sailors were killed.')).toEqual([['Some 300 sailors', 'losses']]);
    expect(read('Five civilians were killed.')).toEqual([['Five civilians', 'losses']]);
  });

  it('reads an infinitive right after the figure as what its object was made to do: "forcing hundreds of ships to reroute"', () => {
    const SHIPS: FigureCategory[] = [
      { id: 'attacks', label: 'Ships attacked', units: ['ships'], cues: ['attacked', 'hit'] },
      { id: 'diverted', label: 'Ships diverted', units: ['ships'], cues: ['diverted', 'reroute', 'avoided'] },
    ];
    const read = (text: string) => findFigures(text, SHIPS).map((f) => [f.text, f.category]);
    expect(read('The Ruhl attacked 25 ships, forcing hundreds of ships to reroute.')).toEqual([
      ['25 ships', 'attacks'],
      ['hundreds of ships', 'diverted'],
    ]);
    expect(read('The Ruhl attacked Freedonia, and firms told 100 ships to avoid the strait.')).toEqual([['100 ships', 'diverted']]);
    // "to" before a place is no infinitive.
    expect(read('The Ruhl attacked 12 ships to the north, while others diverted.')).toEqual([['12 ships', 'attacks']]);
  });

  it('reads "stay clear of" and "keep away from" as avoiding, not as staying', () => {
    const SHIPS: FigureCategory[] = [
      { id: 'attacks', label: 'Ships attacked', units: ['merchant ships', 'ships'], cues: ['attacked', 'attacks', 'hit'] },
      { id: 'diverted', label: 'Ships diverted', units: ['ships'], cues: ['diverted', 'avoided'] },
    ];
    const read = (text: string) => findFigures(text, SHIPS).map((f) => [f.text, f.category]);
    expect(read('Firms told hundreds of merchant ships to stay clear of the strait, in response to attacks on shipping.')).toEqual([['hundreds of merchant ships', 'diverted']]);
    expect(read('Two ships stayed clear of the strait after the attacks.')).toEqual([['Two ships', 'diverted']]);
  });

  it('reads people "forced to abandon" a place as fled, as "forced to flee"', () => {
    const PEOPLE: FigureCategory[] = [
      { id: 'losses', label: 'Losses', units: ['people'], cues: ['killed'] },
      { id: 'fled', label: 'Fled', units: ['people'], cues: ['fled'] },
    ];
    const read = (text: string) => findFigures(text, PEOPLE).map((f) => [f.text, f.category]);
    expect(read('Over 100,000 people were forced to abandon the enclave.')).toEqual([['Over 100,000 people', 'fled']]);
    expect(read('Some 2,000 people were forced to leave their homes.')).toEqual([['Some 2,000 people', 'fled']]);
  });

  it('reads "the passage of" ships as their transit, whoever obstructed it', () => {
    const SHIPS: FigureCategory[] = [
      { id: 'attacks', label: 'Ships attacked', units: ['ships', 'vessels'], cues: ['attacked', 'attacks', 'hit'] },
      { id: 'traffic', label: 'Ships transiting', units: ['ships', 'vessels'], cues: ['transited', 'passed through', 'diverted'] },
    ];
    const read = (text: string) => findFigures(text, SHIPS).map((f) => [f.text, f.category]);
    expect(read('The group said it had obstructed the passage of several ships in recent days.')).toEqual([['several ships', 'traffic']]);
    expect(read('The navy allowed the safe passage of 40 vessels through the strait.')).toEqual([['40 vessels', 'traffic']]);
    // Ships hit on their passage were attacked: the verb that befell them decides.
    expect(read('Rebels attacked 12 ships on their passage through the strait.')).toEqual([['12 ships', 'attacks']]);
    // With no cue of a transit in the topic, "passage" tells nothing: a word of attack keeps the order listed,
    // and with none the ships are not read as attacked.
    const ATTACKS_ONLY = SHIPS.map((c) => (c.id === 'traffic' ? { ...c, cues: ['diverted'] } : c));
    expect(findFigures('The group fired on the passage of several ships.', ATTACKS_ONLY).map((f) => f.category)).toEqual(['attacks']);
    expect(findFigures('The group obstructed the passage of several ships.', ATTACKS_ONLY).map((f) => f.category)).toEqual(['traffic']);
  });

  it('does not read what happened to the object of their verb as what happened to them: "deployed to replace those killed"', () => {
    expect(categories('About 3,000 sailors have been deployed to replace those killed or wounded.')).toEqual([['About 3,000 sailors', 'sailors']]);
    expect(categories('Freedonia is training 3,000 sailors who will replace the dead.')).toEqual([['3,000 sailors', 'sailors']]);
    // After a preposition the phrase is among whom, not an object.
    expect(categories('About 300 sailors were among the dead.')).toEqual([['About 300 sailors', 'losses']]);
    expect(categories('About 300 sailors were killed in the blast.')).toEqual([['About 300 sailors', 'losses']]);
  });

  it('reads a participle in the figure’s own words: "two captured sailors" are losses, "3,000 deployed sailors" are not', () => {
    expect(categories('Berg met two captured Freedonian sailors on Monday.')).toEqual([['two captured Freedonian sailors', 'losses']]);
    expect(categories('Some 3,000 newly deployed sailors arrived.')).toEqual([['Some 3,000 newly deployed sailors', 'sailors']]);
  });

  it('reads the predicate after a past participle or "from" phrase, and the participle when the predicate tells nothing', () => {
    expect(categories('At least 300 sailors sent to the port had been killed.')).toEqual([['At least 300 sailors', 'losses']]);
    expect(categories('More than 3 000 sailors from the north have been wounded.')).toEqual([['More than 3 000 sailors', 'losses']]);
    expect(categories('More than 3,000 sailors in the Marsh City region have been wounded.')).toEqual([['More than 3,000 sailors', 'losses']]);
    expect(categories('About 3,000 sailors in Marsh City were deployed to the front.')).toEqual([['About 3,000 sailors', 'sailors']]);
    // "members of" counts the people of the group it names; a force's people are people.
    expect(categories('More than 4,000 members of Freedonian troops have been killed or wounded.')).toEqual([['More than 4,000 members of Freedonian troops', 'losses']]);
    expect(categories('More than 4,000 Freedonian forces have been killed.')).toEqual([['More than 4,000 Freedonian forces', 'losses']]);
    expect(categories('Some 300 sailors captured in May have been moved to the port.')).toEqual([['Some 300 sailors', 'losses']]);
    expect(categories('Some 3,000 sailors sent to the port are training.')).toEqual([['Some 3,000 sailors', 'sailors']]);
  });

  it('reads a part of a whole named with "of the …" by what happened to the part', () => {
    // The whole is not what happened to the part: with no noun of its own it is no figure.
    expect(categories('By Thursday, 650 of the port’s crews of roughly 1,200 had been wounded.')).toEqual([['650', 'losses']]);
    expect(categories('By Thursday, 650 of the crews had been deployed.')).toEqual([['650', 'sailors']]);
    expect(categories('At least 190 of the 1,200 sailors were wounded.')).toEqual([
      ['At least 190', 'losses'],
      ['1,200 sailors', 'sailors'],
    ]);
    // The whole's own participle ends at the part's auxiliary: the loss is the part's.
    expect(categories('About 400 of the 1,200 sailors deployed have been killed or wounded.')).toEqual([
      ['About 400', 'losses'],
      ['1,200 sailors', 'sailors'],
    ]);
  });

  it.each([
    // The relative clause's own auxiliary and verb describe the whole; the part's come after them.
    ['At least 1,000 of the 11,000 sailors that Freedonia had sent had been killed.', [['At least 1,000', 'losses'], ['11,000 sailors', 'sailors']]],
    ['About 400 of the 3,000 troops that the navy has deployed have been wounded.', [['About 400', 'losses'], ['3,000 troops', 'sailors']]],
    ['Some 60 of the 900 sailors who were sent north were captured.', [['Some 60', 'losses'], ['900 sailors', 'sailors']]],
    // A relative clause with no finite verb of its own: the first auxiliary is the part's.
    ['At least 40 of the 300 sailors who fought there were deployed again.', [['At least 40', 'sailors'], ['300 sailors', 'sailors']]],
    // One auxiliary only, the relative clause's: the part is read as before, by the whole's verb.
    ['About 400 of the 3,000 troops that were sent have returned home.', [['About 400', 'sailors'], ['3,000 troops', 'sailors']]],
  ])('reads a part of a whole with a relative clause by the verb after that clause: %j', (input, expected) => {
    expect(categories(input)).toEqual(expected);
  });

  it('reads the predicate past an aside that restates the count, not past one that names a part', () => {
    expect(categories('More than 900, or about a third of the crews, were wounded.')).toEqual([['More than 900', 'losses']]);
    expect(categories('A boat with 22 sailors, including nine cadets, was captured.')).toEqual([['22 sailors', 'sailors'], ['nine cadets', 'sailors']]);
    // The whole the count is taken "out of" is an aside too: its cue words ("population") do not file the part.
    const NOUN_OF_TWO: FigureCategory[] = [
      { id: 'fled', label: 'Fled', units: ['people', 'refugees'], cues: ['left', 'fled'] },
      { id: 'residents', label: 'Residents', units: ['people', 'population'], cues: ['population', 'estimated', 'live'] },
    ];
    const read = (text: string) => findFigures(text, NOUN_OF_TWO).map((f) => [f.text, f.category]);
    expect(read('Over 100,000 people, out of an estimated population of 120,000, have left.')).toEqual([
      ['Over 100,000 people', 'fled'],
      ['120,000', 'residents'],
    ]);
  });

  it.each([
    ['More than 900 - or about a third of the crews - were wounded.', [['More than 900', 'losses']]],
    ['More than 900 — about a third of the crews — were wounded.', [['More than 900', 'losses']]],
    ['More than 900, or about a third of the crews, were wounded.', [['More than 900', 'losses']]],
  ])('reads the predicate past an aside set off by dashes, spaced hyphens or commas: %j', (input, expected) => {
    expect(categories(input)).toEqual(expected);
  });

  it('reads a count named before a comma and "numbering", "estimated at", or a verb of growth', () => {
    expect(categories('The dead, estimated at 300, were buried.')).toEqual([['300', 'losses']]);
    expect(categories('The number of dead swelled to 300.')).toEqual([['300', 'losses']]);
  });

  it('reads "number" after a plural or an adverb as the verb of a count: "the sailors now number 3,000"', () => {
    expect(categories('The sailors now number 3,000.')).toEqual([['3,000', 'sailors']]);
    expect(categories('Those wounded number more than 300.')).toEqual([['more than 300', 'losses']]);
    // A label still: "the number 100", "room number 120".
    expect(categories('Sailors may call the number 100 for help.')).toEqual([]);
    expect(categories('The sailors’ room number 120 was hit.')).toEqual([]);
  });

  it('keeps things to the categories that list them, where people take the category of what happened to them', () => {
    const SHIPS: FigureCategory[] = [
      { id: 'ship-attacks', label: 'Ships attacked', units: ['vessels'], cues: ['attacked'] },
      { id: 'strikes', label: 'Strikes', units: ['targets'], cues: ['strikes'] },
      ...CATEGORIES,
    ];
    const read = (text: string) => findFigures(text, SHIPS).map((f) => [f.text, f.category]);
    expect(read('Over 41 vessels have faced strikes or threats.')).toEqual([['Over 41 vessels', 'ship-attacks']]);
    expect(read('Over 41 sailors have been wounded.')).toEqual([['Over 41 sailors', 'losses']]);
  });

  it('reads a past tense with an object as what the counted did, not what happened to them', () => {
    expect(categories('Some 300 sailors wounded 20 cadets.')).toEqual([['Some 300 sailors', 'sailors']]);
    expect(categories('Some 300 sailors wounded the cadets.')).toEqual([['Some 300 sailors', 'sailors']]);
    expect(categories('Some 300 sailors wounded in the fighting were flown home.')).toEqual([['Some 300 sailors', 'losses']]);
  });

  it('ends the predicate at a clause of time or cause: "were missing after the strike" counts no strike', () => {
    const STRIKE: FigureCategory[] = [...CATEGORIES, { id: 'strikes', label: 'Strikes', units: ['strikes'], cues: ['strike'] }];
    const read = (text: string) => findFigures(text, STRIKE).map((f) => [f.text, f.category]);
    expect(read('Two sailors were missing after the strike.')).toEqual([['Two sailors', 'sailors']]);
    expect(read('Two sailors were wounded when the strike hit.')).toEqual([['Two sailors', 'losses']]);
  });

  it('reads the verb before a count without its subject: "the strike killed 30 sailors" are losses, not strikes', () => {
    const STRIKE: FigureCategory[] = [...CATEGORIES, { id: 'strikes', label: 'Strikes', units: ['strikes'], cues: ['strike'] }];
    const read = (text: string) => findFigures(text, STRIKE).map((f) => [f.text, f.category]);
    expect(read('The strike killed 30 sailors.')).toEqual([['30 sailors', 'losses']]);
    expect(read('Freedonia reported losses of 700 troops.')).toEqual([['700 troops', 'losses']]);
  });

  it('reads what happened to them before the circumstances: "were killed during the deployment" are losses', () => {
    expect(categories('Berg paid tribute to nine sailors who were killed during the deployment.')).toEqual([['nine sailors', 'losses']]);
    expect(categories('Nine sailors were killed while deployed.')).toEqual([['Nine sailors', 'losses']]);
    expect(categories('Nine sailors were deployed after two were killed.')).toEqual([
      ['Nine sailors', 'sailors'],
      ['two', 'losses'],
    ]);
  });

  it('reads a relative clause after the figure, past a short appositive', () => {
    expect(categories('Two sailors, named Lind and Ober, who were captured in May, were freed.')).toEqual([['Two sailors', 'losses']]);
    expect(categories('Two sailors who were captured in May were freed.')).toEqual([['Two sailors', 'losses']]);
    // An appositive between commas, then the clause's own auxiliary.
    expect(categories('Three sailors, two Freedonians and a Sylvanian, were killed.')).toEqual([['Three sailors', 'losses'], ['two Freedonians', 'losses']]);
    expect(categories('Some 3,000 sailors, 2,000 of them cadets, were killed.')).toEqual([['Some 3,000 sailors', 'losses'], ['2,000', 'losses']]);
    expect(categories('3,000 sailors who were sent north arrived.')).toEqual([['3,000 sailors', 'sailors']]);
  });

  it('leaves what happened to a share of the figure out of its category: "a third of the 11,000 sailors had been killed"', () => {
    expect(categories('More than a third of Freedonia’s 11,000 sailors had been killed or wounded.')).toEqual([['11,000 sailors', 'sailors']]);
    expect(categories('Most of the 300 sailors were killed.')).toEqual([['300 sailors', 'sailors']]);
    expect(categories('Some 300 sailors were killed.')).toEqual([['Some 300 sailors', 'losses']]);
  });

  it('files the whole a part or share is counted from as the population, unless its own clause says what they are', () => {
    const PLACES: FigureCategory[] = [
      { id: 'displaced', label: 'Displaced', units: ['refugees', 'residents', 'people'], cues: ['left', 'fled', 'crossed'] },
      { id: 'population', label: 'Population', units: ['inhabitants', 'residents', 'people', 'population'], cues: ['live'] },
    ];
    const read = (text: string) => findFigures(text, PLACES).map((f) => [f.text, f.category]);
    expect(read('At least 19,000 of the 120,000 residents who call Marsh City home have crossed.')).toEqual([
      ['At least 19,000', 'displaced'],
      ['120,000 residents', 'population'],
    ]);
    expect(read('More than 80% of the city’s 120,000 residents have left.')).toEqual([['120,000 residents', 'population']]);
    expect(read('Over 100,000 of the city’s estimated 120,000 residents have left.')).toEqual([
      ['Over 100,000', 'displaced'],
      ['estimated 120,000 residents', 'population'],
    ]);
    expect(read('A third of the 90,000 people who fled Marsh City are children.')).toEqual([['90,000 people', 'displaced']]);
    // Not a part of it: what happened to them.
    expect(read('Some 120,000 residents have left.')).toEqual([['Some 120,000 residents', 'displaced']]);
  });

  it.each([
    // A part's verb in the simple past, right after the whole's plural noun, tells what happened to the part.
    ['About 600 of the 15,000 deployed sailors died in the fighting.', [['About 600', 'losses'], ['15,000 deployed sailors', 'sailors']]],
    ['Some 40 of the 300 sailors fled.', [['Some 40', 'fled'], ['300 sailors', 'sailors']]],
    // An auxiliary later in the clause is still the part's verb, past a participle phrase of the whole.
    ['About 600 of the 12,000 sailors deployed to the port have been killed.', [['About 600', 'losses'], ['12,000 sailors', 'sailors']]],
  ])('reads a part of a whole by its own verb: %j', (input, expected) => {
    const SAILORS: FigureCategory[] = [...CATEGORIES, { id: 'fled', label: 'Fled', units: ['refugees'], cues: ['fled'] }];
    expect(findFigures(input, SAILORS).map((f) => [f.text, f.category])).toEqual(expected);
  });

  it.each([
    // A participle in the whole's own words says what they are, as a relative clause after it does.
    ['Papers of 800 of the 2,500 evacuated residents were checked.', [['800', 'displaced'], ['2,500 evacuated residents', 'displaced']]],
    ['Some 400 of the 1,500 registered people live with relatives.', [['Some 400', 'displaced'], ['1,500 registered people', 'displaced']]],
    ['Ten of the 300 wounded people were flown out.', [['Ten', 'losses'], ['300 wounded people', 'losses']]],
    // With no such word, the whole is the population the part is counted from.
    ['Some 400 of the 1,500 local people have left.', [['Some 400', 'displaced'], ['1,500 local people', 'population']]],
    ['Some 400 of the 1,500 people have left.', [['Some 400', 'displaced'], ['1,500 people', 'population']]],
  ])('files a whole by the participle in its own words: %j', (input, expected) => {
    const PLACES: FigureCategory[] = [
      { id: 'displaced', label: 'Displaced', units: ['refugees', 'residents', 'people'], cues: ['left', 'fled', 'evacuated', 'registered'] },
      { id: 'population', label: 'Population', units: ['inhabitants', 'residents', 'people', 'population'], cues: ['live'] },
      { id: 'losses', label: 'Losses', units: ['people', 'dead'], cues: ['killed', 'wounded'] },
    ];
    expect(findFigures(input, PLACES).map((f) => [f.text, f.category])).toEqual(expected);
  });

  it('reads people something left cut off or trapped as people who remain, not people who left', () => {
    const PLACES: FigureCategory[] = [
      { id: 'displaced', label: 'Displaced', units: ['refugees', 'residents', 'people'], cues: ['left', 'fled', 'crossed'] },
      { id: 'population', label: 'Population', units: ['inhabitants', 'residents', 'people', 'population'], cues: ['live', 'remain'] },
      { id: 'losses', label: 'Losses', units: ['dead'], cues: ['killed', 'dead'] },
    ];
    const read = (text: string) => findFigures(text, PLACES).map((f) => [f.text, f.category]);
    expect(read('The offensive left tens of thousands of residents cut off from electricity.')).toEqual([['tens of thousands of residents', 'population']]);
    expect(read('The blockade has left 120,000 people without food.')).toEqual([['120,000 people', 'population']]);
    // Left homeless, or gone: they left.
    expect(read('The offensive left 100,000 people homeless.')).toEqual([['100,000 people', 'displaced']]);
    expect(read('About 100,000 people left the region.')).toEqual([['About 100,000 people', 'displaced']]);
    // Left in a place the text names, or behind: they remain; left in a state or a place no name gives tells nothing of it.
    expect(read('The exodus has left fewer than 1,000 people in Marsh City, officials said.')).toEqual([['fewer than 1,000 people', 'population']]);
    expect(read('The fighting left 100 people behind in the villages.')).toEqual([['100 people', 'population']]);
    expect(read('The exodus left about 50 people in the town.')).toEqual([['about 50 people', 'displaced']]);
    expect(read('Some 1,000 people left in the last convoy.')).toEqual([['Some 1,000 people', 'displaced']]);
  });

  describe('people something left in want, or past an aside naming a part of them, remain', () => {
    const PLACES: FigureCategory[] = [
      { id: 'displaced', label: 'Displaced', units: ['refugees', 'residents', 'people', 'children'], cues: ['left', 'fled', 'crossed'] },
      { id: 'population', label: 'Population', units: ['inhabitants', 'residents', 'people', 'population'], cues: ['live', 'remain'] },
      { id: 'losses', label: 'Losses', units: ['dead', 'people', 'children'], cues: ['killed', 'dead'] },
    ];
    const read = (text: string) => findFigures(text, PLACES).map((f) => [f.text, f.category]);
    it.each([
      // Left in want: a blockade keeps them where they are.
      ['The siege left 80,000 people deprived of water.', [['80,000 people', 'population']]],
      ['The blockade has left 40,000 people short of bread.', [['40,000 people', 'population']]],
      ['The closure left 9,000 people lacking medicine.', [['9,000 people', 'population']]],
      // Past an aside naming a part: the whole, and a part the population lists, remain; a part it does not list is left out.
      ['The siege left 80,000 people, including 20,000 children, cut off from Fredonburg.', [['80,000 people', 'population']]],
      ['The blockade left 50,000 residents, among them 900 local residents, without power.', [['50,000 residents', 'population'], ['900 local residents', 'population']]],
      ['The blockade left 50,000 people, including 12,000 children, deprived of food in Marsh City.', [['50,000 people', 'population']]],
    ])('remain: %s', (text, expected) => {
      expect(read(text)).toEqual(expected);
    });
    it.each([
      // Near misses: left homeless or dead past the aside, people who left themselves, and a verb of leaving with an object of place.
      ['The shelling left 60,000 people, including 15,000 children, homeless.', [['60,000 people', 'displaced'], ['15,000 children', 'displaced']]],
      ['The blast left 30 people, including eight children, dead.', [['30 people', 'losses'], ['eight children', 'losses']]],
      ['Some 60,000 people, including 15,000 children, left the region deprived of everything.', [['Some 60,000 people', 'displaced'], ['15,000 children', 'displaced']]],
      ['About 7,000 residents left Marsh City short of fuel.', [['About 7,000 residents', 'displaced']]],
      ['The convoy left with 3,000 people, including 800 children, aboard.', [['3,000 people', 'displaced'], ['800 children', 'displaced']]],
      ['The offensive left 20,000 people, most of them farmers, without homes to return to after they fled.', [['20,000 people', 'displaced']]],
    ])('do not remain: %s', (text, expected) => {
      expect(read(text)).toEqual(expected);
    });
  });

  it('reads the verb after a figure set off by commas as its own: "the entire population, over 100,600 persons, have found refuge"', () => {
    const PLACES: FigureCategory[] = [
      { id: 'displaced', label: 'Displaced', units: ['refugees', 'persons', 'people'], cues: ['fled', 'crossed'] },
      { id: 'population', label: 'Population', units: ['inhabitants', 'persons', 'people', 'population'], cues: ['live', 'population'] },
    ];
    const read = (text: string) => findFigures(text, PLACES).map((f) => [f.text, f.category]);
    expect(read('Nearly the entire population of Marsh City, over 100,600 persons, have found refuge in Freedonia.')).toEqual([['over 100,600 persons', 'displaced']]);
    expect(read('The population of Marsh City, over 100,600 persons, have fled.')).toEqual([['over 100,600 persons', 'displaced']]);
    expect(read('The population of Marsh City, over 100,600 persons, lives by the sea.')).toEqual([['over 100,600 persons', 'population']]);
  });

  it('reads a part "out of" a whole, a whole with no determiner, and a whole that opens its sentence, as a part and its whole', () => {
    const PLACES: FigureCategory[] = [
      { id: 'displaced', label: 'Displaced', units: ['refugees', 'residents', 'people'], cues: ['left', 'fled', 'crossed'] },
      { id: 'population', label: 'Population', units: ['inhabitants', 'residents', 'people', 'population'], cues: ['live'] },
    ];
    const read = (text: string) => findFigures(text, PLACES).map((f) => [f.text, f.category]);
    const partAndWhole = (part: string, whole: string) => [
      [part, 'displaced'],
      [whole, 'population'],
    ];
    expect(read('100,000 of 120,000 residents have left.')).toEqual(partAndWhole('100,000', '120,000 residents'));
    expect(read('100,000 out of 120,000 residents have left.')).toEqual(partAndWhole('100,000', '120,000 residents'));
    expect(read('Some 100,000 out of an estimated 120,000 people have fled.')).toEqual(partAndWhole('Some 100,000', 'an estimated 120,000 people'));
    expect(read('Of the region’s 120,000 residents, more than 100,000 have left.')).toEqual([
      ['120,000 residents', 'population'],
      ['more than 100,000', 'displaced'],
    ]);
    expect(read('Out of 120,000 residents, 100,000 have left.')).toEqual([
      ['120,000 residents', 'population'],
      ['100,000', 'displaced'],
    ]);
  });

  it('reads a number after "a population of" as the population, whatever the figure before it counts', () => {
    const PLACES: FigureCategory[] = [
      { id: 'displaced', label: 'Displaced', units: ['refugees', 'residents', 'people'], cues: ['left', 'fled', 'crossed'] },
      { id: 'population', label: 'Population', units: ['inhabitants', 'residents', 'people', 'population'], cues: ['live'] },
    ];
    const read = (text: string) => findFigures(text, PLACES).map((f) => [f.text, f.category]);
    expect(read('More than 100,000 people out of a population of about 120,000 have fled.')).toEqual([
      ['More than 100,000 people', 'displaced'],
      ['about 120,000', 'population'],
    ]);
  });

  it('reads past an aside between dashes that restates the count: "N people — amounting to half the population — had crossed"', () => {
    // A topic whose population is cued by its own word, as an editor may list it.
    const PLACES: FigureCategory[] = [
      { id: 'displaced', label: 'Displaced', units: ['refugees', 'residents', 'people'], cues: ['left', 'fled', 'crossed'] },
      { id: 'population', label: 'Population', units: ['inhabitants', 'residents', 'people', 'population'], cues: ['live', 'population', 'estimated'] },
    ];
    const read = (text: string) => findFigures(text, PLACES).map((f) => [f.text, f.category]);
    expect(read('Officials said 50,200 people — amounting to more than half of the estimated 100,000 total population — had already crossed the border.')).toEqual([
      ['50,200 people', 'displaced'],
      ['estimated 100,000 total population', 'population'],
    ]);
    expect(read('Some 8,000 residents, representing a third of the population, have fled.')).toEqual([['Some 8,000 residents', 'displaced']]);
    // Must not fire: an aside that tells of others is no restatement of the count.
    expect(read('Some 8,000 residents — the town had been shelled for days — live in tents.')).toEqual([['Some 8,000 residents', 'population']]);
  });

  it('counts the people "of" a place as who live there: "a city of 120,000 people"', () => {
    const PLACES: FigureCategory[] = [
      { id: 'displaced', label: 'Displaced', units: ['refugees', 'residents', 'people'], cues: ['left', 'fled', 'crossed'] },
      { id: 'population', label: 'Population', units: ['inhabitants', 'residents', 'people', 'population'], cues: ['live'] },
    ];
    const read = (text: string) => findFigures(text, PLACES).map((f) => [f.text, f.category]);
    expect(read('The enclave of 120,000 people was cut off.')).toEqual([['120,000 people', 'population']]);
    expect(read('Marsh City, a town of some 5,000 residents, fell, and 200 people fled.')).toEqual([
      ['some 5,000 residents', 'population'],
      ['200 people', 'displaced'],
    ]);
    // Not a place: what the people did.
    expect(read('The exodus of 100,000 people continued.')).toEqual([['100,000 people', 'displaced']]);
  });

  it.each([
    ['The region’s 120,000 residents have been under blockade since December.', '120,000 residents', 'population'],
    ['The fate of Marsh City’s 120,000 people is uncertain.', '120,000 people', 'population'],
    ['Its 120,000 inhabitants faced shortages of food.', '120,000 inhabitants', 'population'],
    ['Freedonia promised to protect the 120,000 residents of the enclave.', '120,000 residents', 'population'],
    ['The 120,000 people of Marsh City fear the worst.', '120,000 people', 'population'],
    // People named by where they live live there, owned or not.
    ['The town had 5,000 residents before the war.', '5,000 residents', 'population'],
    ['Some 5,000 residents crossed the bridge.', 'Some 5,000 residents', 'displaced'],
    // What happened to them still decides.
    ['Marsh City’s 120,000 people have fled.', '120,000 people', 'displaced'],
    ['Marsh City’s 120,000 people left the region.', '120,000 people', 'displaced'],
    ['The region’s 100,000 refugees need shelter.', '100,000 refugees', 'displaced'],
    ['Some 120,000 residents of Marsh City fled the fighting.', 'Some 120,000 residents', 'displaced'],
    // "its" owns only dwellers: "the convoy and its 500 people" may be anyone's.
    ['The convoy and its 500 people reached the border.', '500 people', 'displaced'],
    ['Some 500 people of the aid team reached the border.', 'Some 500 people', 'displaced'],
  ])('files the people a place owns as its population when nothing tells what happened to them: %j', (input, text, category) => {
    const PLACES: FigureCategory[] = [
      { id: 'displaced', label: 'Displaced', units: ['refugees', 'residents', 'people'], cues: ['left', 'fled', 'crossed'] },
      { id: 'population', label: 'Population', units: ['inhabitants', 'residents', 'people', 'population'], cues: ['live'] },
    ];
    expect(findFigures(input, PLACES).map((f) => [f.text, f.category])).toEqual([[text, category]]);
  });

  it('reads a part of a whole that a name in the possessive owns: "more than 100,000 of Marsh City’s 120,000 residents"', () => {
    const PLACES: FigureCategory[] = [
      { id: 'displaced', label: 'Displaced', units: ['refugees', 'residents', 'people'], cues: ['left', 'fled', 'crossed'] },
      { id: 'population', label: 'Population', units: ['inhabitants', 'residents', 'people', 'population'], cues: ['live'] },
    ];
    const read = (text: string) => findFigures(text, PLACES).map((f) => [f.text, f.category]);
    expect(read('More than 100,000 of Marsh City’s 120,000 residents have fled.')).toEqual([
      ['More than 100,000', 'displaced'],
      ['120,000 residents', 'population'],
    ]);
  });

  it('keeps a whole of things in its own category whatever happened to its part: "two of the three missiles were shot down"', () => {
    const ARMS: FigureCategory[] = [
      { id: 'missiles', label: 'Missiles fired', units: ['missiles', 'drones'], cues: ['fired', 'shot down'] },
      { id: 'strikes', label: 'Strikes', units: ['strikes', 'cruise missiles'], cues: ['struck'] },
    ];
    const read = (text: string) => findFigures(text, ARMS).map((f) => [f.text, f.category]);
    expect(read('Two of the three missiles were shot down.')).toEqual([
      ['Two', 'missiles'],
      ['three missiles', 'missiles'],
    ]);
    expect(read('Two out of three missiles were shot down.')).toEqual([
      ['Two', 'missiles'],
      ['three missiles', 'missiles'],
    ]);
  });

  it('reads the predicate after a participle phrase that describes the people counted', () => {
    expect(categories('Around 600 sailors fighting for Freedonia against Sylvania have been killed.')).toEqual([['Around 600 sailors', 'losses']]);
    expect(categories('About 3,000 sailors serving in the port were deployed again.')).toEqual([['About 3,000 sailors', 'sailors']]);
    expect(categories('About 3,000 sailors fighting for Freedonia, officials said.')).toEqual([['About 3,000 sailors', 'sailors']]);
  });

  it('leaves a finite verb after the object of a participle to the noun before it', () => {
    expect(categories('A boat carrying 25 sailors was captured off the coast.')).toEqual([['25 sailors', 'sailors']]);
    expect(categories('The strike hit the port, leaving 30 sailors dead.')).toEqual([['30 sailors dead', 'losses']]);
    expect(categories('The strike hit the port, leaving 30 sailors wounded.')).toEqual([['30 sailors', 'losses']]);
  });

  it('keeps a count whose noun is elided when its predicate names the category', () => {
    expect(categories('Ten sailors died, and 511 were wounded.')).toEqual([['Ten sailors', 'losses'], ['511', 'losses']]);
    expect(categories('In 2023, 40 percent voted.')).toEqual([]);
  });

  it('reads the predicate past "more" and a verb of lasting state: "200 more were wounded", "20 remain captured"', () => {
    expect(categories('Berg said nine sailors died. She added that 200 more were wounded.')).toEqual([['nine sailors', 'losses'], ['200', 'losses']]);
    expect(categories('Nine sailors died. Another 20 remain captured.')).toEqual([['Nine sailors', 'losses'], ['Another 20', 'losses']]);
    expect(categories('Nine sailors died. Another 20 are still missing at sea.')).toEqual([['Nine sailors', 'losses']]);
  });

  it('keeps a small count of people no category lists when its predicate names one: "five civilians were killed"', () => {
    expect(categories('Five civilians were killed and two generals were wounded.')).toEqual([['Five civilians', 'losses'], ['two generals', 'losses']]);
    // Not people, no predicate of a category, or only a verb before it.
    expect(categories('Three villages were captured.')).toEqual([]);
    expect(categories('Five civilians were interviewed.')).toEqual([]);
    expect(categories('The strike killed five civilians.')).toEqual([]);
  });

  it('reads a demonym in the plural as people: "nine Sylvanians were killed", "two Britons were wounded"', () => {
    expect(categories('Nine Sylvanians were killed and two Britons were wounded.')).toEqual([['Nine Sylvanians', 'losses'], ['two Britons', 'losses']]);
    // Not capitalised, or a name that only ends like one.
    expect(categories('Nine orphans were killed.')).toEqual([]);
    expect(categories('Four Typhoons were wounded.')).toEqual([]);
  });

  it('keeps a bare count whose own verb in the present names the category: "thousands die", "thousands try to deploy"', () => {
    expect(categories('Thousands die in the port every year.')).toEqual([['Thousands', 'losses']]);
    expect(categories('Ferries are full as thousands try to deploy.')).toEqual([['thousands', 'sailors']]);
    // Seeking or scrambling to do it is trying to.
    expect(categories('Ferries were overwhelmed as thousands sought to deploy.')).toEqual([['thousands', 'sailors']]);
    expect(categories('Hundreds scrambled to deploy before dawn.')).toEqual([['Hundreds', 'sailors']]);
    expect(categories('Thousands sought to watch the parade.')).toEqual([]);
    expect(categories('Thousands watched the parade.')).toEqual([]);
  });

  it('reads a verb of the predicate in a form the topic does not list: "thousands more are expected to deploy"', () => {
    expect(categories('Thousands more are expected to deploy in the coming days.')).toEqual([['Thousands', 'sailors']]);
    expect(categories('Hundreds more are expected to watch the parade.')).toEqual([]);
  });

  it('counts "N times" as events of the verb, in the category of its object that the verb cues', () => {
    const HITS: FigureCategory[] = [
      { id: 'ship-attacks', label: 'Attacks on ships', units: ['ships'], cues: ['attacked', 'struck'] },
      { id: 'strikes', label: 'Strikes', units: ['targets'], cues: ['struck', 'bombed'] },
    ];
    const read = (text: string) => findFigures(text, HITS).map((f) => [f.text, f.category]);
    expect(read('Since May, the rebels have attacked ships more than 30 times.')).toEqual([['more than 30 times', 'ship-attacks']]);
    expect(read('Freedonian jets struck Sylvanian targets five times.')).toEqual([['five times', 'strikes']]);
    // No object of a category, or a verb its object's category does not cue.
    expect(read('Freedonia attacked the positions several times.')).toEqual([]);
    expect(read('Berg visited the ships several times.')).toEqual([]);
  });

  it.each([
    // The times of firing count volleys, not what was fired: no figure of the weapons fired.
    ['The militia has launched rockets at the port at least 14 times.', []],
    ['The rebels fired missiles and drones at ships five times this month.', []],
    ['Gunboats shot rockets at the convoy three times.', []],
    // The things themselves, counted, still are.
    ['The militia has launched 14 rockets at the port.', [['14 rockets', 'weapons']]],
    // An attack or a strike told "N times" still counts the attacks.
    ['The militia has attacked ships at least 14 times.', [['at least 14 times', 'ship-attacks']]],
  ])('counts no weapons from "N times" after a verb of firing: %j', (input, expected) => {
    const FIRED: FigureCategory[] = [
      { id: 'ship-attacks', label: 'Attacks on ships', units: ['ships'], cues: ['attacked', 'launched', 'fired'] },
      { id: 'weapons', label: 'Weapons fired', units: ['rockets', 'missiles', 'drones'], cues: ['launched', 'fired', 'shot'] },
    ];
    expect(findFigures(input, FIRED).map((f) => [f.text, f.category])).toEqual(expected);
  });

  it.each([
    // A passive verb's subject is what the events befell, past a short place phrase.
    ['Two ships in the Gulf of Aden were attacked four times on Monday.', [['Two ships', 'ship-attacks'], ['four times', 'ship-attacks']]],
    ['Sylvanian targets have been struck five times.', [['five times', 'strikes']]],
    ['The ship was attacked 12 times.', [['12 times', 'ship-attacks']]],
    // A subject of no category, or a verb its category does not cue, counts nothing.
    ['The port was attacked five times.', []],
    ['The ships were visited five times.', []],
    ['Berg said he was attacked five times.', []],
  ])('counts "N times" after a passive verb in the category of its subject: %j', (input, expected) => {
    const HITS: FigureCategory[] = [
      { id: 'ship-attacks', label: 'Attacks on ships', units: ['ships', 'ship'], cues: ['attacked', 'struck'] },
      { id: 'strikes', label: 'Strikes', units: ['targets'], cues: ['struck', 'bombed'] },
    ];
    expect(findFigures(input, HITS).map((f) => [f.text, f.category])).toEqual(expected);
  });

  it.each([
    ['The rebels have attacked or threatened ships more than 30 times.', [['more than 30 times', 'ship-attacks']]],
    ['The rebels have threatened or attacked ships more than 30 times.', [['more than 30 times', 'ship-attacks']]],
    ['The rebels have threatened or visited ships more than 30 times.', []],
    ['The rebels have threatened ships more than 30 times.', []],
  ])('counts "N times" by either of two verbs joined before their object: %j', (input, expected) => {
    const HITS: FigureCategory[] = [{ id: 'ship-attacks', label: 'Attacks on ships', units: ['ships'], cues: ['attacked'] }];
    expect(findFigures(input, HITS).map((f) => [f.text, f.category])).toEqual(expected);
  });

  it('keeps a bare count that a verb of the category takes as its object: "killed at least 12 and injured 30"', () => {
    expect(categories('The strike killed at least 12 and injured 30 in the port.')).toEqual([['at least 12', 'losses'], ['30', 'losses']]);
    expect(categories('The shelling went on, killing and injuring hundreds, including children.')).toEqual([['hundreds', 'losses']]);
    expect(categories('Freedonia deployed 3,000 more on Monday.')).toEqual([['3,000', 'sailors']]);
    expect(categories('Freedonia has sent 2,000 so far.')).toEqual([['2,000', 'sailors']]);
    // Not the object: a year, a number a noun follows, a verb no category cues.
    expect(categories('The port was captured 2024 and the strike expected 2025.')).toEqual([]);
    expect(categories('The navy killed 12 hours of radio silence.')).toEqual([]);
    expect(categories('The ministry counted 12 in the port.')).toEqual([]);
  });

  it('reads a phrasal verb whole when it takes a bare count: "shot down 15", "sent out 300"', () => {
    const DEFENCE: FigureCategory[] = [
      { id: 'drones', label: 'Drones', units: ['drones'], cues: ['shot down', 'launched'] },
      { id: 'sailors', label: 'Sailors sent', units: ['sailors'], cues: ['sent out'] },
    ];
    const read = (text: string) => findFigures(text, DEFENCE).map((f) => [f.text, f.category]);
    expect(read('Sylvania launched 18 drones. Freedonian warships shot down 15.')).toEqual([['18 drones', 'drones'], ['15', 'drones']]);
    expect(read('Freedonia sent out 300 on Monday.')).toEqual([['300', 'sailors']]);
    // A particle with no verb form before it, or a verb no cue names: nothing.
    expect(read('The port was locked down 15 times.')).toEqual([]);
    expect(read('The crew climbed up 15 in the port.')).toEqual([]);
  });

  it('gives a count that borrows its unit the category of its own clause, quotation marks and all', () => {
    expect(categories('Freedonia had deployed around 12,000 sailors, of whom more than 4,000 “had been killed.”')).toEqual([
      ['around 12,000 sailors', 'sailors'],
      ['more than 4,000', 'losses'],
    ]);
  });
});

describe('findFigures: partitives', () => {
  const ARMS: FigureCategory[] = [{ id: 'arms', label: 'Arms', units: ['units of small arms', 'armored vehicles'], cues: [] }];

  it('counts what a partitive head measures out: "800 units of small arms"', () => {
    expect(findFigures('They handed over 800 units of small arms and six units of armored vehicles.', ARMS).map((f) => [f.text, f.category])).toEqual([
      ['800 units of small arms', 'arms'],
      ['six units of armored vehicles', 'arms'],
    ]);
  });

  it('reads a partitive past a calibre: "220 units of 240 mm rocket launchers"', () => {
    const LAUNCHERS: FigureCategory[] = [{ id: 'arms', label: 'Arms', units: ['rocket launchers'], cues: [] }];
    expect(findFigures('It sent around 220 units of 240 mm multiple rocket launchers.', LAUNCHERS).map((f) => [f.text, f.category])).toEqual([
      ['around 220 units of 240 mm multiple rocket launchers', 'arms'],
    ]);
  });

  it.each([
    // A calibre joined to its unit by a hyphen sizes what is counted as one written apart does.
    ['It sent hundreds of pieces of 170-millimeter self-propelled howitzers.', [['hundreds of pieces of 170-millimeter self-propelled howitzers', 'arms']]],
    ['It received 220 pieces of 152-mm rocket launchers.', [['220 pieces of 152-mm rocket launchers', 'arms']]],
    // A noun no category lists after the calibre is still no figure of one.
    ['It sent 40 pieces of 155-millimetre artillery.', []],
  ])('reads a partitive past a hyphenated calibre: %j', (text, expected) => {
    const GUNS: FigureCategory[] = [{ id: 'arms', label: 'Arms', units: ['rocket launchers', 'howitzers'], cues: [] }];
    expect(findFigures(text, GUNS).map((f) => [f.text, f.category])).toEqual(expected);
  });

  it.each([
    ['The delegations have held two rounds of talks since June.', []],
    ['Officials met for three rounds of negotiations in the capital.', []],
    ['The unions staged four sets of protests.', []],
    // "of" and what the rounds are of: ammunition is counted.
    ['The militia handed over 5,000 rounds of ammunition.', [['5,000 rounds', 'arms']]],
    ['Inspectors counted 900 rounds in the depot.', [['900 rounds', 'arms']]],
    ['Police seized 12 rifles of the guards.', [['12 rifles', 'arms']]],
  ])('counts no occasions of an event as things of a unit: %j', (text, expected) => {
    const ROUNDS: FigureCategory[] = [{ id: 'arms', label: 'Arms', units: ['rounds', 'rifles', 'sets'], cues: [] }];
    expect(findFigures(text, ROUNDS).map((f) => [f.text, f.category])).toEqual(expected);
  });

  it('reads a part of a whole whose number is told in words as two figures: "three of the four sailors"', () => {
    expect(findFigures('Three of the four sailors were killed.', CATEGORIES).map((f) => [f.text, f.unit, f.category])).toEqual([
      ['Three', 'sailors', 'losses'],
      ['four sailors', 'sailors', 'sailors'],
    ]);
    expect(findFigures('Three of the sailors were killed.', CATEGORIES).map((f) => [f.text, f.unit])).toEqual([['Three of the sailors', 'sailors']]);
  });

  it('counts a part named after "Among them were", "They included" as the group the sentence before counted', () => {
    const CREWS: FigureCategory[] = [
      { id: 'crews', label: 'Crews', units: ['sailors'], cues: ['aboard', 'rescued'] },
      { id: 'losses', label: 'Losses', units: ['people', 'sailors'], cues: ['killed'] },
    ];
    const read = (text: string) => findFigures(text, CREWS).map((f) => [f.text, f.category]);
    expect(read('The strike killed 40 people. Among them were 12 sailors.')).toEqual([['40 people', 'losses'], ['12 sailors', 'losses']]);
    expect(read('The strike killed 40 people. They included 12 sailors.')).toEqual([['40 people', 'losses'], ['12 sailors', 'losses']]);
    // Its own sentence decides when it tells what happened to them; no pointing back, no part.
    expect(read('The strike killed 40 people. Among them were 12 sailors rescued from the sea.')).toEqual([['40 people', 'losses'], ['12 sailors', 'crews']]);
    expect(read('The strike killed 40 people. Another ship had 12 sailors.')).toEqual([['40 people', 'losses'], ['12 sailors', 'crews']]);
  });

  it.each([
    ['The storm killed 40 people. This number included 12 sailors.', [['40 people', 'losses'], ['12 sailors', 'losses']]],
    ['The storm killed 40 people. The figure includes 12 sailors, three of whom were cadets.', [['40 people', 'losses'], ['12 sailors', 'losses'], ['three', 'losses']]],
    ['The storm killed 40 people. That toll also includes 12 sailors.', [['40 people', 'losses'], ['12 sailors', 'losses']]],
    // The sentence tells what befell them itself: its own cue decides.
    ['The storm killed 40 people. This number included 12 sailors rescued from the sea.', [['40 people', 'losses'], ['12 sailors', 'crews']]],
    // No count named again: the sentence stands alone.
    ['The storm killed 40 people. This ferry carried 12 sailors.', [['40 people', 'losses'], ['12 sailors', 'crews']]],
    ['The storm killed 40 people. The number of ships included 12 sailors.', [['40 people', 'losses'], ['12 sailors', 'crews']]],
  ])('counts a part of the count the sentence before told, named again ("This number included …"): %j', (text, expected) => {
    const CREWS: FigureCategory[] = [
      { id: 'crews', label: 'Crews', units: ['sailors'], cues: ['aboard', 'rescued'] },
      { id: 'losses', label: 'Losses', units: ['people', 'sailors'], cues: ['killed'] },
    ];
    expect(findFigures(text, CREWS).map((f) => [f.text, f.category])).toEqual(expected);
  });

  it('counts a part named after "Among the victims were" as the unit naming the group counts', () => {
    const CREWS: FigureCategory[] = [
      { id: 'crews', label: 'Crews', units: ['sailors'], cues: ['aboard'] },
      { id: 'losses', label: 'Losses', units: ['victims', 'sailors'], cues: ['killed'] },
    ];
    const read = (text: string) => findFigures(text, CREWS).map((f) => [f.text, f.category]);
    expect(read('Among the victims were 12 sailors, the Bureau said.')).toEqual([['12 sailors', 'losses']]);
    expect(read('Among the passengers were 12 sailors, the Bureau said.')).toEqual([['12 sailors', 'crews']]);
  });

  it('reads "five of them died" as a count whose noun is left out', () => {
    expect(categories('There were six of us, and all five of them died.')).toEqual([['five', 'losses']]);
    expect(categories('Most of his unit (around 65 of them) were killed by drones.')).toEqual([['around 65', 'losses']]);
  });

  it('counts "N of them" as part of the figure before, in the sentence before if need be', () => {
    expect(categories('Freedonia deployed 3,000 sailors. It said 500 of them were in the port.')).toEqual([['3,000 sailors', 'sailors'], ['500', 'sailors']]);
    expect(categories('Berg said 300 sailors were wounded. Of those, 120 were cadets.')).toEqual([['300 sailors', 'losses'], ['120', 'losses']]);
    // Two sentences back is too far; a number with no figure before it in its paragraph borrows nothing
    // here: it is left to the count of the paragraph before, which the assemble stage looks up.
    expect(categories('Freedonia deployed 3,000 sailors. The port was calm. It said 500 of them left.')).toEqual([['3,000 sailors', 'sailors']]);
    expect(findFigures('It said 500 of them left.', CATEGORIES).map((f) => [f.text, f.category, f.recountsEarlier])).toEqual([['500', null, true]]);
  });

  it.each([
    ['Freedonia deployed 3,000 sailors. Of these, the port has housed 1,200 so far.', [['3,000 sailors', 'sailors'], ['1,200', 'sailors']]],
    ['Freedonia deployed 3,000 sailors. Of them, training for 2,100 is complete and the papers of 900 are still checked.', [['3,000 sailors', 'sailors'], ['2,100', 'sailors'], ['900', 'sailors']]],
    // What happened to the part is its own clause's.
    ['Freedonia deployed 3,000 sailors. Of those, the storm killed 40 on Monday.', [['3,000 sailors', 'sailors'], ['40', 'losses']]],
    // No opening that points back, a year, or nothing counted before: nothing borrowed.
    ['Freedonia deployed 3,000 sailors. The port has housed 1,200 so far.', [['3,000 sailors', 'sailors']]],
    ['Freedonia deployed 3,000 sailors. Of these, most sailed in 2023.', [['3,000 sailors', 'sailors']]],
    ['The port was calm. Of these, the port has housed 1,200 so far.', []],
  ])('counts every bare number of a sentence opening "Of these," as part of the figure before: %j', (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });

  it('counts a part of a group named by a unit: "20 of the dead", "192 of its sailors", "12 of whom"', () => {
    const units = (text: string) => findFigures(text, CATEGORIES).map((f) => [f.text, f.unit, f.category]);
    expect(units('At least 20 of the dead were cadets.')).toEqual([['At least 20 of the dead', 'dead', 'losses']]);
    expect(units('Freedonia says 192 of its sailors were deployed.')).toEqual([['192 of its sailors', 'sailors', 'sailors']]);
    expect(units('The strike hit 30 sailors, 12 of whom were cadets.')).toEqual([['30 sailors', 'sailors', 'sailors'], ['12', 'sailors', 'sailors']]);
    // A member, not a count; a group that names no unit; a whole with a number of its own.
    expect(units('One of the sailors was a cadet.')).toEqual([]);
    expect(units('Two of the ports were closed.')).toEqual([]);
    expect(units('By Thursday, 650 of the port’s crews of roughly 1,200 had been wounded.')).toEqual([['650', '', 'losses']]);
  });
});

describe('findFigures: what happens to a whole and to a part of it', () => {
  const PLACES: FigureCategory[] = [
    { id: 'residents', label: 'Residents', units: ['islanders', 'people'], cues: ['live', 'lived', 'home to'] },
    { id: 'departed', label: 'Departed', units: ['islanders', 'people'], cues: ['crossed', 'fled', 'left'] },
  ];
  const read = (text: string) => findFigures(text, PLACES).map((f) => [f.text, f.category]);

  it('reads a relative clause in the present as what the counted do: "120,000 islanders who live there"', () => {
    expect(read('Of the 120,000 islanders who live on the coast, 19,000 have crossed to Freedonia.')).toEqual([
      ['120,000 islanders', 'residents'],
      ['19,000', 'departed'],
    ]);
  });

  it('gives a part its own predicate’s category, not the whole’s', () => {
    expect(read('Of the 120,000 islanders who live on the coast, 19,000 have fled.').at(-1)).toEqual(['19,000', 'departed']);
    // With no predicate of its own, a part is counted as its whole is.
    expect(read('Of the islanders who fled, 2,000 in Fredonburg.').at(-1)).toEqual(['2,000', 'departed']);
  });

  it('reads a whole after "nearly all of" or "the vast majority of" as the whole, whatever its part did', () => {
    expect(read('Nearly all of the region’s 120,000 islanders have now left.')).toEqual([['120,000 islanders', 'residents']]);
    // A past form with no agent and no verb after it is the part’s verb, not a participle describing the whole.
    expect(read('The vast majority of the 120,000 islanders fled within a week.')).toEqual([['120,000 islanders', 'residents']]);
    // A participle with an agent, or with the clause’s verb after it, still describes the whole.
    expect(read('Half of the 2,000 islanders left homeless by the storm have returned.')).toEqual([['2,000 islanders', 'departed']]);
    // "All of" alone counts the whole as its part: all of them left.
    expect(read('All of the 2,000 islanders have left.')).toEqual([['2,000 islanders', 'departed']]);
  });

  const CREWS: FigureCategory[] = [
    { id: 'crews', label: 'Crews', units: ['crew', 'sailors'], cues: ['aboard', 'rescued'] },
    { id: 'losses', label: 'Losses', units: ['casualties', 'sailors'], cues: ['killed', 'injured', 'captured'] },
  ];
  const crews = (text: string) => findFigures(text, CREWS).map((f) => [f.text, f.category]);

  it('reads what happened to a part told in number words or to none of it as not the whole’s: "two of the 23 crew", "none of the 23 crew"', () => {
    expect(crews('Two of the 23 crew were hurt.')).toEqual([
      ['Two', 'losses'],
      ['23 crew', 'crews'],
    ]);
    expect(crews('None of the 23 crew were hurt, the company said.')).toEqual([['23 crew', 'crews']]);
    expect(crews('No one among the ship’s 23 crew was injured.')).toEqual([['23 crew', 'crews']]);
    expect(crews('Several of the 23 crew were injured.')).toEqual([['23 crew', 'crews']]);
    // The whole itself, or all of it.
    expect(crews('The 23 crew were hurt.')).toEqual([['23 crew', 'losses']]);
  });

  it.each([
    ['None of the 300 casualties in the ward were killed.', []],
    ['Neither of the two casualties was killed.', []],
    ['No one among the 300 casualties was killed.', []],
    // A whole whose noun its own category lists, and a predicate that cues another, stays.
    ['None of the 23 crew were killed.', [['23 crew', 'crews']]],
    ['All 300 casualties were killed.', [['300 casualties', 'losses']]],
  ])('shows no whole that its predicate files where no part of it went: %j', (input, expected) => {
    expect(crews(input)).toEqual(expected);
  });

  it('counts a whole whose noun two categories list in the one its part’s fate does not name: "ten of the 2,000 sailors were killed"', () => {
    expect(crews('Ten of the 2,000 sailors were killed.')).toEqual([
      ['Ten', 'losses'],
      ['2,000 sailors', 'crews'],
    ]);
    expect(crews('The 2,000 sailors were killed.')).toEqual([['2,000 sailors', 'losses']]);
  });

  it('still reads a whole of people by its own words: "one of the two sailors captured by Sylvania"', () => {
    const CAPTIVES: FigureCategory[] = [
      { id: 'crews', label: 'Crews', units: ['sailors'], cues: ['aboard'] },
      { id: 'losses', label: 'Losses', units: ['casualties'], cues: ['killed', 'captured'] },
    ];
    const read = (text: string) => findFigures(text, CAPTIVES).map((f) => [f.text, f.category]);
    expect(read('One of the two Freedonian sailors captured by Sylvania said he was treated well.')).toEqual([['two Freedonian sailors', 'losses']]);
  });
});

describe('findFigures: a count that reaches a number', () => {
  it('gives the number the unit of "the number of …" and a toll the category of deaths', () => {
    expect(categories('The number of sailors sent to the port rose to 1,400.')).toEqual([['1,400', 'sailors']]);
    expect(categories('The number of sailors sent to the port in the past week has reached 1,400.')).toEqual([['1,400', 'sailors']]);
    expect(categories('The death toll from the blast climbed to 68.')).toEqual([['68', 'losses']]);
  });

  it.each([
    // A count of anyone that a count named before it reaches is what that count counts.
    ['The number of wounded among the local population exceeds 40 persons.', [['40 persons', 'losses']]],
    ['The number of wounded among civilians has passed 40 persons.', [['40 persons', 'losses']]],
    ['The death toll in the population centre rose to 68 people.', [['68 people', 'losses']]],
    ['The number of those who fled reached 900 people.', [['900 people', 'fled']]],
    // No count reaches them: what the sentence tells of them decides.
    ['About 40 people live in the population centre.', [['About 40 people', 'residents']]],
    ['About 40 people fled the population centre.', [['About 40 people', 'fled']]],
  ])('files a count of anyone by the count that reaches it: %j', (input, expected) => {
    const ANYONE_OF_THREE: FigureCategory[] = [
      { id: 'fled', label: 'Fled', units: ['people', 'persons'], cues: ['fled', 'left'] },
      { id: 'losses', label: 'Losses', units: ['people', 'dead', 'wounded', 'civilians'], cues: ['killed', 'wounded', 'death toll'] },
      { id: 'residents', label: 'Residents', units: ['people', 'persons', 'population'], cues: ['live', 'population'] },
    ];
    expect(findFigures(input, ANYONE_OF_THREE).map((f) => [f.text, f.category])).toEqual(expected);
  });

  it.each([
    // A count of harm that reaches a number of people of another kind counts them as harmed.
    ['Freedonian casualties had reached 4,000 troops, Berg said.', [['4,000 troops', 'losses']]],
    ['The death toll rose to 300 sailors.', [['300 sailors', 'losses']]],
    ['Sylvanian losses have climbed to 2,000 sailors.', [['2,000 sailors', 'losses']]],
    ['The number of dead has passed 500 sailors.', [['500 sailors', 'losses']]],
    // Must not fire: a count of those sent, or no count of harm, reaches them.
    ['The contingent reached 4,000 troops.', [['4,000 troops', 'sailors']]],
    ['The force stood at 5,000 sailors.', [['5,000 sailors', 'sailors']]],
    ['The number of sailors sent rose to 3,000 sailors.', [['3,000 sailors', 'sailors']]],
    ['Freedonia has sent 4,000 troops, and its casualties keep rising.', [['4,000 troops', 'sailors']]],
  ])('files people that a count of harm reaches as harmed: %j', (input, expected) => {
    expect(categories(input)).toEqual(expected);
  });

  it.each([
    // "count of" names what it counts as "number of" does, past the words between it and its verb.
    ['The initial count of dead from the blast had stood at 29.', [['29', 'losses']]],
    ['The official count of sailors sent to the port now stands at 1,400.', [['1,400', 'sailors']]],
    ['The count of sailors reached 1,400.', [['1,400', 'sailors']]],
    // A count of something no category lists gives no figure.
    ['The count of votes from the port reached 1,400.', []],
    ['A count of the ballots from the port showed 1,400 against.', []],
  ])('reads "the count of" like "the number of": %j', (input, expected) => {
    expect(categories(input)).toEqual(expected);
  });

  it('reads verbs by which a count passes, nears or falls to a number: "exceeded 1,400", "topped 68", "dropped to 20"', () => {
    expect(categories('The number of sailors sent to the port exceeded 1,400 on Monday.')).toEqual([['1,400', 'sailors']]);
    expect(categories('The death toll from the blast has topped 68.')).toEqual([['68', 'losses']]);
    expect(categories('The number of sailors deployed in the port dropped to 20 a day.')).toEqual([['20', 'sailors']]);
    expect(categories('The dead neared 400.')).toEqual([['400', 'losses']]);
  });

  it.each([
    ['The number of sailors sent to the port amounts to 1,400.', [['1,400', 'sailors']]],
    ['The total number of sailors deployed amounted to 1,400 by May.', [['1,400', 'sailors']]],
    ['Casualties total 300, officials said.', [['300', 'losses']]],
    // A noun no unit names, or a year, amounts to nothing counted.
    ['The damage amounted to 300.', []],
    ['The bill amounts to 2024.', []],
  ])('reads "amount to" and a plural "total" as verbs by which a count reaches a number: %j', (input, expected) => {
    expect(categories(input)).toEqual(expected);
  });

  it('reads a noun the topic lists as a cue, with what it is "of", as the count that grows: "the exodus of islanders reached 100,417"', () => {
    const EXODUS: FigureCategory[] = [{ id: 'departed', label: 'Departed', units: ['refugees'], cues: ['exodus', 'fled'] }];
    const read = (text: string) => findFigures(text, EXODUS).map((f) => [f.text, f.category]);
    expect(read('The exodus of islanders from Marsh City reached 100,417 on Saturday.')).toEqual([['100,417', 'departed']]);
    // A noun no cue lists, or a verb that does not grow, says nothing of what the number counts.
    expect(read('The arrival of islanders from Marsh City reached 100,417 on Saturday.')).toEqual([]);
    expect(read('The exodus of islanders from Marsh City is 100,417 kilometres long.')).toEqual([]);
  });

  it.each([
    ['The losses of Sylvanian troops in Marsh City already amount to 4 thousand people.', [['4 thousand people', 'harmed']]],
    ['Losses stand at 200 people, the ministry said.', [['200 people', 'harmed']]],
    ['Sylvanian losses now total 300 people.', [['300 people', 'harmed']]],
    // A comma ends the subject; a verb of no amount, or things rather than people, tell no losses of people.
    ['Despite heavy losses, the town took in 2,000 people.', [['2,000 people', 'moved']]],
    ['The losses forced 2,000 people to flee.', [['2,000 people', 'moved']]],
    ['Losses amount to 20 containers.', []],
  ])('reads people a count of losses amounts to as harmed, whatever the topic lists them first under: %j', (input, expected) => {
    const LOSSES: FigureCategory[] = [
      { id: 'moved', label: 'Moved', units: ['people', 'refugees'], cues: ['fled', 'flee', 'took in'] },
      { id: 'harmed', label: 'Harmed', units: ['casualties', 'people', 'killed'], cues: ['killed'] },
    ];
    expect(findFigures(input, LOSSES).map((f) => [f.text, f.category])).toEqual(expected);
  });

  it.each([
    ['Berg honoured the crew while mourning the loss of nine sailors.', [['nine sailors', 'harmed']]],
    ['The navy confirmed the losses of 30 sailors at sea.', [['30 sailors', 'harmed']]],
    // A loss of something else, with people after it, and people sent, are not harmed.
    ['A loss of contact with 30 sailors was reported.', [['30 sailors', 'sent']]],
    ['Berg announced the return of 30 sailors.', [['30 sailors', 'sent']]],
  ])('reads people a loss is of as harmed, not under the category their noun is listed in: %j', (input, expected) => {
    const SENT_AND_HARMED: FigureCategory[] = [
      { id: 'sent', label: 'Sent', units: ['sailors', 'personnel'], cues: ['sent'] },
      { id: 'harmed', label: 'Harmed', units: ['casualties', 'killed'], cues: ['killed'] },
    ];
    expect(findFigures(input, SENT_AND_HARMED).map((f) => [f.text, f.category])).toEqual(expected);
  });

  it.each([
    ['The exodus reached 100,417 on Saturday.', [['100,417', 'departed']]],
    ['The exodus has now passed 100,000.', [['100,000', 'departed']]],
    // A headline or crosshead drops the determiner: the noun opens the sentence, or follows a name that does.
    ['Exodus reaches 100,000 as the island empties', [['100,000', 'departed']]],
    ['The talks ended. Marsh City exodus tops 100,000.', [['100,000', 'departed']]],
    ['Refugee numbers pass 100,000', [['100,000', 'departed']]],
    // A year, a noun no cue lists, or no determiner before the noun inside a sentence: nothing counted.
    ['The exodus began in 2023 and reached 2024.', []],
    ['The fighting reached 400.', []],
    ['Officials said exodus reached 400.', []],
    ['Officials said the Marsh City exodus reached 400.', [['400', 'departed']]],
    ['They said Marsh City exodus reached 400.', []],
  ])('reads a noun the topic lists as a cue, after a determiner or opening a headline, as the count that grows: %j', (input, expected) => {
    const EXODUS: FigureCategory[] = [{ id: 'departed', label: 'Departed', units: ['refugees'], cues: ['exodus', 'fled'] }];
    expect(findFigures(input, EXODUS).map((f) => [f.text, f.category])).toEqual(expected);
  });

  it.each([
    ['The number of refugees has crossed the 100,000 mark.', [['100,000', 'departed']]],
    ['The refugee tally topped the 100,000 milestone on Saturday.', [['100,000', 'departed']]],
    ['The exodus crossed the 100,000 mark.', [['100,000', 'departed']]],
    // A mark of something no unit or cue names counts nothing.
    ['Prices crossed the 100 mark.', []],
    ['The index hit the 2,000 mark.', []],
  ])('reads a number named as a mark a count passes as the count: %j', (input, expected) => {
    const EXODUS: FigureCategory[] = [{ id: 'departed', label: 'Departed', units: ['refugees'], cues: ['exodus', 'fled'] }];
    expect(findFigures(input, EXODUS).map((f) => [f.text, f.category])).toEqual(expected);
  });

  it('reads "the number of" a few words naming no unit by their cue words: "the number of displaced"', () => {
    const EXODUS: FigureCategory[] = [{ id: 'departed', label: 'Departed', units: ['refugees'], cues: ['displaced', 'fleeing'] }];
    const read = (text: string) => findFigures(text, EXODUS).map((f) => [f.text, f.category]);
    expect(read('The Bureau put the number of displaced at 65,036.')).toEqual([['65,036', 'departed']]);
    expect(read('The number of those fleeing has risen to 28,000.')).toEqual([['28,000', 'departed']]);
    expect(read('The number of days rose to 12.')).toEqual([]);
  });

  it.each([
    // The place the counted come from is no unit, even where its name ends one ("Marsh residents").
    ['The number of forcibly displaced from Lower Marsh is 41,200.', [['41,200', 'departed']]],
    ['The number of displaced in Marsh camps reached 9,000.', [['9,000', 'departed']]],
    ['The number of refugees from Marsh rose to 3,100.', [['3,100', 'departed']]],
    ['The number of Marsh residents is 120,000.', [['120,000', 'living']]],
    ['The number of days in the camps rose to 12.', []],
  ])('reads "the number of" up to the place the counted come from: %j', (input, expected) => {
    const MARSH: FigureCategory[] = [
      { id: 'departed', label: 'Departed', units: ['refugees'], cues: ['displaced'] },
      { id: 'living', label: 'Living', units: ['marshes', 'residents'], cues: ['live'] },
    ];
    expect(findFigures(input, MARSH).map((f) => [f.text, f.category])).toEqual(expected);
  });

  it.each([
    ['Berg said their losses are more than four thousand.', [['more than four thousand', 'losses']]],
    ['Sylvanian casualties were 4,000, the Bureau said.', [['4,000', 'losses']]],
    ['Freedonian losses stand at 4,000.', [['4,000', 'losses']]],
    ['The casualties remained 12 on Monday.', [['12', 'losses']]],
    // Below a hundred a plain copula may give an age; a year, a noun after the number, or no unit before the verb count nothing so.
    ['The casualties were 12.', []],
    ['The wounded soldiers were 19 and 20.', []],
    ['The casualties were 300 metres from the road.', []],
    ['Their aims were 300 in all.', []],
  ])('reads a count a copula or "stand at" gives the unit right before it, a plain copula only from a hundred: %j', (input, expected) => {
    const LOSSES: FigureCategory[] = [{ id: 'losses', label: 'Losses', units: ['casualties', 'losses', 'soldiers', 'wounded'], cues: ['killed'] }];
    expect(findFigures(input, LOSSES).map((f) => [f.text, f.category])).toEqual(expected);
  });

  it.each([
    // The writer's quotation marks around words of the count, or around the number put at, are passed.
    ['The number of “forcibly displaced” refugees entering Freedonia exceeded 28,000, the Bureau said.', [['28,000', 'departed']]],
    ['The number of "displaced" refugees rose to 9,000.', [['9,000', 'departed']]],
    ['The Bureau placed the number of refugees at “at least 600.”', [['at least 600', 'departed']]],
    ['Berg put the “refugee tally” at 4,100.', [['4,100', 'departed']]],
    // A quotation that is someone's words, or a quoted number of what no unit names, counts nothing.
    ['The number of “forcibly displaced” days exceeded 20.', []],
    ['The Bureau placed the number of days at “at least 600.”', []],
    ['“Refugees are everywhere,” Berg said. The strike killed 12.', []],
    ['The “number” rose to 600, Berg joked.', []],
  ])('reads a count past the writer’s quotation marks inside it: %j', (input, expected) => {
    const EXODUS: FigureCategory[] = [{ id: 'departed', label: 'Departed', units: ['refugees'], cues: ['fled'] }];
    expect(findFigures(input, EXODUS).map((f) => [f.text, f.category])).toEqual(expected);
  });

  it.each([
    ['The number of arrivals had reached 28,120 by Sunday.', [['28,120', 'departed']]],
    ['Officials put the number of new arrivals at 28,120.', [['28,120', 'departed']]],
    ['The number of those who have fled has passed 100,000.', [['100,000', 'departed']]],
    ['The number of those who were sent home rose to 400.', []],
    ['The number of those attending the rally reached 5,000.', []],
    ['The number of survivals rose to 12.', []],
  ])('reads "the number of" arrivals, or of those who did what a cue names: %j', (input, expected) => {
    const EXODUS: FigureCategory[] = [{ id: 'departed', label: 'Departed', units: ['refugees'], cues: ['arrived', 'fled'] }];
    expect(findFigures(input, EXODUS).map((f) => [f.text, f.category])).toEqual(expected);
  });

  it.each([
    ['The total number of North Freedonian military casualties — including both killed and wounded — is estimated at 4,700.', [['4,700', 'losses']]],
    ['The number of sailors sent - mostly conscripts and reservists - has risen to 1,400.', [['1,400', 'sailors']]],
    ['Casualties – killed and wounded – now exceed 4,000.', [['4,000', 'losses']]],
    // A hyphen joining words is no dash; an aside that holds a sentence's end is none either.
    ['The number of sailors sent ended. Well-armed - they rose to 1,400.', []],
  ])('reads the count named before an aside set off by dashes: %j', (input, expected) => {
    expect(categories(input)).toEqual(expected);
  });

  it('reads both values of a change "from N to M": "the death toll rose from 68 to 170"', () => {
    expect(categories('The death toll from the blast rose from 68 to 170.')).toEqual([['68', 'losses'], ['170', 'losses']]);
    expect(categories('The number of sailors sent to the port rose from about 900 to 1,400 overnight.')).toEqual([['about 900', 'sailors'], ['1,400', 'sailors']]);
  });

  it('reads the participles of "fell" and "grew": "had fallen to 20", "has grown to 1,400"', () => {
    expect(categories('The number of sailors deployed in the port had fallen to 20.')).toEqual([['20', 'sailors']]);
    expect(categories('The number of sailors sent to the port has grown to 1,400.')).toEqual([['1,400', 'sailors']]);
    expect(categories('The dead had fallen to 400 after a recount.')).toEqual([['400', 'losses']]);
  });

  it('reads "the number", "the total" that name nothing counted as the count told just before', () => {
    expect(categories('By Monday, 900 sailors had been deployed. By Tuesday, the number had risen to 1,400.')).toEqual([
      ['900 sailors', 'sailors'],
      ['1,400', 'sailors'],
    ]);
    expect(categories('Some 300 sailors were killed. The total now stands at 400.')).toEqual([['Some 300 sailors', 'losses'], ['400', 'losses']]);
    // Only two sentences back: nothing.
    expect(categories('Some 300 sailors were killed. The port is calm. The total now stands at 400.')).toEqual([['Some 300 sailors', 'losses']]);
  });

  it('marks "the number", "the total" with nothing counted before them in the text as counting what the paragraph before counts', () => {
    expect(findFigures('By Monday, the number had risen to 1,400, Berg said.', CATEGORIES)).toEqual([
      { value: 1400, vague: null, qualifier: null, unit: '', category: null, text: '1,400', index: 35, recountsEarlier: true },
    ]);
    // A number nothing reaches, or a count that names what it counts, is not marked.
    expect(findFigures('By Monday, 1,400 had gone home.', CATEGORIES)).toEqual([]);
    expect(categories('By Monday, the number of sailors sent had risen to 1,400.')).toEqual([['1,400', 'sailors']]);
  });

  it('reads what may happen to the counted after a modal: "3,000 sailors could be killed"', () => {
    expect(categories('Up to 3,000 sailors could be killed if the port falls.')).toEqual([['Up to 3,000 sailors', 'losses']]);
  });

  it.each([
    // A phrase describing them may stand between the count and the modal.
    ['All 9,000 sailors in the northern port could be killed or wounded by spring.', [['9,000 sailors', 'losses']]],
    ['Some 2,000 sailors from the reserve may be killed if the siege goes on.', [['Some 2,000 sailors', 'losses']]],
    ['Another 3,000 sailors in the south will be sent to the coast.', [['Another 3,000 sailors', 'sailors']]],
    // Nothing the modal opens tells a loss: the noun's own category stands.
    ['The 500 sailors from the north will return home in May.', [['500 sailors', 'sailors']]],
  ])('reads a modal after a phrase describing the counted: %s', (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });

  it('reads a count named before a verb of growth, size or estimate: "the dead reached 400", "numbering about 3,000", "estimated … at 300"', () => {
    // The lives of 200 sailors are deaths too (see "counts lives as deaths").
    expect(categories('The strike cost the lives of 200 sailors, while the dead reached 400.')).toEqual([
      ['200 sailors', 'losses'],
      ['400', 'losses'],
    ]);
    expect(categories('Casualties rose to 68.')).toEqual([['68', 'losses']]);
    expect(categories('Officials said the toll could rise to 50.')).toEqual([['50', 'losses']]);
    expect(categories('The sailors, numbering about 3,000, left the port.')).toEqual([['about 3,000', 'sailors']]);
    expect(categories('Sylvania estimated Freedonian casualties at 300.')).toEqual([['300', 'losses']]);
    // Not a count of the topic's units: a distance reached.
    expect(categories('The convoy reached 40 kilometres from the port.')).toEqual([]);
  });

  it.each([
    ['Freedonia has a 1.3-million-strong army.', [['1.3-million-strong army', 1_300_000]]],
    ['Freedonia has a 1.3 million-strong army.', [['1.3 million-strong army', 1_300_000]]],
    ['Freedonia has a million-strong army.', [['million-strong army', 1_000_000]]],
    // A scale written solid with no size after it names no force: nothing, rather than one million.
    ['Freedonia has a 2.5-million army.', []],
  ])('keeps the digits before a scale compound: %j', (input, expected) => {
    expect(findFigures(input, CATEGORIES).map((f) => [f.text, f.value])).toEqual(expected);
  });

  it('counts the size of a force, whatever its noun: "a 2,000-strong naval contingent"', () => {
    expect(categories('Freedonia has a 2,000-strong naval contingent in the port.')).toEqual([['2,000-strong naval contingent', 'sailors']]);
    expect(categories('A 50-man team was sent to the port.')).toEqual([['50-man team', 'sailors']]);
    // No size compound: a contingent of nothing the topic counts.
    expect(categories('Freedonia has 2,000 naval contingents.')).toEqual([['2,000 naval contingents', null]]);
  });

  it.each([
    ['The Bureau said 65,036 forcibly displaced had entered Marsh City.', [['65,036 forcibly displaced', 'forcibly displaced', 'departed']]],
    ['Some 300 newly evacuated were sheltered in the port.', [['Some 300 newly evacuated', 'newly evacuated', 'departed']]],
    // A word after the number that is no adverb, or a fate the topic cues nowhere: not such a count.
    ['Some 300 were evacuated.', [['Some 300', '', 'departed']]],
    ['The 12 missing were found.', []],
  ])('counts people named by what happened to them, after adverbs, by the cue that names it: %j', (input, expected) => {
    const DEPARTED: FigureCategory[] = [{ id: 'departed', label: 'Departed', units: ['refugees'], cues: ['displaced', 'evacuated'] }];
    expect(findFigures(input, DEPARTED).map((f) => [f.text, f.unit, f.category])).toEqual(expected);
  });

  it.each([
    ['Some 11,000 Freedonians were sent to the front.', [['Some 11,000 Freedonians', 'troops']]],
    ['The count of 11,000 Freedonians that had been sent to the front grew.', [['11,000 Freedonians', 'troops']]],
    ['Five Freedonians were sent to the front.', [['Five Freedonians', 'troops']]],
    // Things, and people of a role no category lists, stay uncategorised when the cue names two categories.
    ['Some 11,000 crates were sent to the front.', [['Some 11,000 crates', null]]],
    ['Some 15,000 workers will be sent to the front.', [['Some 15,000 workers', null]]],
  ])('files people of no role that no category lists among the categories that count people when a cue names several: %j', (input, expected) => {
    const SENT: FigureCategory[] = [
      { id: 'troops', label: 'Troops sent', units: ['troops'], cues: ['sent'] },
      { id: 'munitions', label: 'Munitions sent', units: ['shells'], cues: ['sent'] },
    ];
    expect(findFigures(input, SENT).map((f) => [f.text, f.category])).toEqual(expected);
  });

  it.each([
    ['Some 2,000 containers were aboard.', [['Some 2,000 containers', null]]],
    ['Some 2,000 boats were held in port.', [['Some 2,000 boats', 'held']]],
    ['Some 200 Marshese were aboard.', [['Some 200 Marshese', 'crews']]],
    ['Some 200 mariners were aboard.', [['Some 200 mariners', 'crews']]],
  ])('moves things no category lists only to a category that counts things, not people alone: %j', (input, expected) => {
    const HELD: FigureCategory[] = [
      { id: 'crews', label: 'Crews', units: ['crew', 'sailors', 'hostages'], cues: ['aboard'] },
      { id: 'held', label: 'Held', units: ['ships', 'hostages'], cues: ['held'] },
    ];
    expect(findFigures(input, HELD).map((f) => [f.text, f.category])).toEqual(expected);
  });

  it.each([
    ['A 2,000-strong force was deployed.', []],
    ['The contingent is 2,000 strong.', []],
    ['The rebels killed 30 fighters.', [['30 fighters', 'losses']]],
  ])('counts no force in a topic that lists soldiers only among its dead: %j', (input, expected) => {
    const DEAD_FIGHTERS: FigureCategory[] = [{ id: 'losses', label: 'Losses', units: ['dead', 'fighters'], cues: ['killed'] }];
    expect(findFigures(input, DEAD_FIGHTERS).map((f) => [f.text, f.category])).toEqual(expected);
  });

  it('counts the items of a list after a colon as the figure before the colon counts, "one" included', () => {
    expect(categories('Freedonia deployed 18 sailors on Monday: 12 in the port; three on the coast; two inland; and one at sea.')).toEqual([
      ['18 sailors', 'sailors'],
      ['12', 'sailors'],
      ['three', 'sailors'],
      ['two', 'sailors'],
      ['one', 'sailors'],
    ]);
    // No figure before the colon, or no colon: nothing to itemise.
    expect(categories('The port: 12 in the harbour; three on the coast.')).toEqual([]);
    expect(categories('Freedonia deployed 18 sailors on Monday; 12 stayed home.')).toEqual([['18 sailors', 'sailors']]);
  });

  it('counts the items of a list after a colon that commas and a bare "and" separate', () => {
    expect(categories('Freedonia deployed 18 sailors on Monday: eight in the port, six on the coast and four at sea.')).toEqual([
      ['18 sailors', 'sailors'],
      ['eight', 'sailors'],
      ['six', 'sailors'],
      ['four', 'sailors'],
    ]);
    // The figure itemised stands before the colon.
    expect(categories('On Monday: Freedonia deployed 18 sailors, 12 stayed home.')).toEqual([['18 sailors', 'sailors']]);
  });

  it('counts a bare number after ", including" as part of the figure right before it', () => {
    expect(categories('Freedonia deployed 30 sailors, including 10 in Marsh City.')).toEqual([
      ['30 sailors', 'sailors'],
      ['10', 'sailors'],
    ]);
    // Only right after the figure it is part of.
    expect(categories('Freedonia deployed 30 sailors to the port, including 10 in Marsh City.')).toEqual([['30 sailors', 'sailors']]);
  });

  it('counts a number after a unit noun and a colon as that noun: "Dead: at least 200"', () => {
    expect(categories('Dead: at least 200. Sailors: 3,000.')).toEqual([['at least 200', 'losses'], ['3,000', 'sailors']]);
    expect(categories('The time: 12 noon.')).toEqual([]);
  });

  it.each([
    ['Death toll: 200.', [['200', 'losses']]],
    ['Sailors so far: 3,000.', [['3,000', 'sailors']]],
    ['Casualties to date: 400.', [['400', 'losses']]],
    // A label that counts nothing, or a year, stays out.
    ['The vote: 120.', []],
    ['Update: 2023 saw the fleet grow.', []],
  ])('counts a number after a toll and a colon as the dead, and after a running total\'s words and a colon as the noun: %j', (input, expected) => {
    expect(categories(input)).toEqual(expected);
  });

  it('counts lives as deaths: "claimed 68 lives", "the lives of 300 sailors"', () => {
    expect(categories('The blast claimed at least 68 lives.')).toEqual([['at least 68 lives', 'losses']]);
    expect(categories('The storm cost the lives of 300 sailors.')).toEqual([['300 sailors', 'losses']]);
    expect(findFigures('The blast claimed 68 lives.', [CATEGORIES[0] as FigureCategory])).toEqual([]);
  });

  it.each([
    ['Officials reported more than 200 injuries.', 'more than 200 injuries'],
    ['The blast caused 20 fatalities.', '20 fatalities'],
    ['Hospitals treated some 300 injuries from the blast.', 'some 300 injuries'],
    ['The ministry recorded 11 road fatalities.', '11 road fatalities'],
  ])('counts a noun of harm no category lists as the dead or injured it counts: %j', (input, text) => {
    const harmed: FigureCategory[] = [
      { id: 'sailors', label: 'Sailors sent', units: ['sailors'], cues: ['sent'] },
      { id: 'harmed', label: 'Killed and wounded', units: ['killed', 'wounded'], cues: [] },
    ];
    expect(findFigures(input, harmed).map((f) => [f.text, f.category])).toEqual([[text, 'harmed']]);
  });

  it('leaves a noun of harm uncategorised when the topic counts neither the dead nor the injured', () => {
    const sailors: FigureCategory[] = [{ id: 'sailors', label: 'Sailors sent', units: ['sailors'], cues: ['sent'] }];
    expect(findFigures('Officials reported more than 200 injuries.', sailors).map((f) => [f.text, f.category])).toEqual([['more than 200 injuries', null]]);
    expect(findFigures('The blast caused 20 fatalities.', sailors)).toEqual([]);
  });

  it('reads no cue in a phrase of cause: "40 boats take the cape route in response to attacks on shipping"', () => {
    const boats: FigureCategory[] = [
      { id: 'traffic', label: 'Traffic', units: ['boats'], cues: ['rerouted', 'transited'] },
      { id: 'attacks', label: 'Attacks', units: ['boats'], cues: ['attacks', 'attacked'] },
    ];
    const found = (text: string) => findFigures(text, boats).map((f) => [f.text, f.category]);
    expect(found('Some 40 boats now take the cape route in response to attacks on shipping.')).toEqual([['Some 40 boats', 'traffic']]);
    expect(found('Raiders attacked 40 boats near the cape.')).toEqual([['40 boats', 'attacks']]);
  });

  it('reads a verb before the number by the past form topics list: "could send", "is sending", "sends", "the deployment of"', () => {
    const troops: FigureCategory[] = [
      { id: 'losses', label: 'Losses', units: ['sailors'], cues: ['killed'] },
      { id: 'sent', label: 'Sent', units: ['sailors'], cues: ['sent', 'deployed'] },
    ];
    const found = (text: string) => findFigures(text, troops).map((f) => [f.text, f.category]);
    expect(found('Freedonia could send 3,000 sailors.')).toEqual([['3,000 sailors', 'sent']]);
    expect(found('Freedonia plans to deploy 3,000 sailors.')).toEqual([['3,000 sailors', 'sent']]);
    expect(found('The storm could kill 3,000 sailors.')).toEqual([['3,000 sailors', 'losses']]);
    // And the "-ing", "-s" and "-ment" forms: "is sending", "sends", "the deployment of".
    expect(found('Freedonia is sending 3,000 sailors.')).toEqual([['3,000 sailors', 'sent']]);
    expect(found('Freedonia deploys 3,000 sailors.')).toEqual([['3,000 sailors', 'sent']]);
    expect(found('The deployment of 3,000 sailors began.')).toEqual([['3,000 sailors', 'sent']]);
  });

  it('files people forced to take refuge as displaced, whatever the unit says they are', () => {
    const withPopulation: FigureCategory[] = [
      ...CATEGORIES,
      { id: 'population', label: 'Population', units: ['inhabitants'], cues: [] },
      { id: 'displaced', label: 'Displaced', units: ['refugees'], cues: ['fled'] },
    ];
    const found = (text: string) => findFigures(text, withPopulation).map((f) => [f.text, f.category]);
    expect(found('Witnesses said 150 inhabitants were forced to take refuge near the base.')).toEqual([['150 inhabitants', 'displaced']]);
    expect(found('The town has 150 inhabitants.')).toEqual([['150 inhabitants', 'population']]);
  });

  it('counts people told dead as deaths: "the deaths of 192 sailors", "lost their lives", "Freedonia lost 30 sailors"', () => {
    expect(categories('Freedonia confirmed the deaths of 192 sailors.')).toEqual([['192 sailors', 'losses']]);
    expect(categories('Some 192 sailors lost their lives in the fighting.')).toEqual([['Some 192 sailors', 'losses']]);
    expect(categories('At least 40 sailors were martyred.')).toEqual([['At least 40 sailors', 'losses']]);
    expect(categories('Freedonia said it lost 30 sailors in the fighting.')).toEqual([['30 sailors', 'losses']]);
    // English says it other ways than the topic's cue words.
    expect(categories('At least 12 sailors were hurt.')).toEqual([['At least 12 sailors', 'losses']]);
    expect(categories('Some 12 sailors sustained minor injuries.')).toEqual([['Some 12 sailors', 'losses']]);
    expect(categories('Some 12 sailors were taken prisoner.')).toEqual([['Some 12 sailors', 'losses']]);
    expect(categories('At least 30 sailors were among the dead.')).toEqual([['At least 30 sailors', 'losses']]);
    expect(categories('About 400 sailors have been put out of action.')).toEqual([['About 400 sailors', 'losses']]);
    // Losses among them are not a count of losses.
    expect(categories('The 11,000 sailors suffered heavy losses.')).toEqual([['11,000 sailors', 'sailors']]);
    // Sent is sent: nothing of death in the words.
    expect(categories('Freedonia said it sent 30 sailors to the port.')).toEqual([['30 sailors', 'sailors']]);
  });

  it('reads the count a verb of raising carries to the number: "raising the toll to 25", "bringing the total to 900"', () => {
    expect(categories('Five more bodies were found, raising the death toll to 25.')).toEqual([['25', 'losses']]);
    expect(categories('The navy sent 300 sailors on Monday, bringing the total to 900.')).toEqual([['300 sailors', 'sailors'], ['900', 'sailors']]);
    expect(categories('Nine sailors died, bringing the number of dead to at least 40.')).toEqual([['Nine sailors', 'losses'], ['at least 40', 'losses']]);
    // No verb of raising: "to" alone carries nothing.
    expect(categories('The navy sent 300 sailors, a rise from 200 to 900.')).toEqual([['300 sailors', 'sailors']]);
  });

  it('reads a collective noun sized by a copula: "the population was about 120,000", "the population of the city stood at 120,000"', () => {
    const PLACES: FigureCategory[] = [
      { id: 'displaced', label: 'Displaced', units: ['refugees', 'people'], cues: ['fled'] },
      { id: 'population', label: 'Population', units: ['inhabitants', 'population'], cues: ['live', 'population'] },
      { id: 'attacks', label: 'Attacks', units: ['attack', 'attacks'], cues: ['attack'] },
    ];
    const read = (text: string) => findFigures(text, PLACES).map((f) => [f.text, f.category]);
    expect(read('The region’s population was about 120,000.')).toEqual([['about 120,000', 'population']]);
    expect(read('The population of Marsh City stood at 120,000.')).toEqual([['120,000', 'population']]);
    // A thing a copula says something else of, and a year, are no size.
    expect(read('The attack was 2024’s first.')).toEqual([]);
    expect(read('The attack was 1 of 3 that week.')).toEqual([]);
  });

  it('reads a tally of something as a count of it, and a bare tally as deaths: "the tally of sailors has surpassed 900"', () => {
    expect(categories('The tally of sailors has surpassed 900.')).toEqual([['900', 'sailors']]);
    expect(categories('The new arrivals brought the tally of sailors to 900.')).toEqual([['900', 'sailors']]);
    expect(categories('The tally rose to 192.')).toEqual([['192', 'losses']]);
  });

  it('reads a count noun that a unit names before it as a count of that unit: "sailor numbers topped 900", "the sailor tally"', () => {
    expect(categories('Sailor numbers topped 900 on Friday.')).toEqual([['900', 'sailors']]);
    expect(categories('The sailor tally reached 900.')).toEqual([['900', 'sailors']]);
    expect(categories('The casualty figure stands at 200.')).toEqual([['200', 'losses']]);
  });

  it('reads a toll a source puts at, above or over a number as deaths, keeping the qualifier', () => {
    expect(categories('Local media put the death toll above 200.')).toEqual([['above 200', 'losses']]);
    expect(categories('Officials put the toll at over 200.')).toEqual([['over 200', 'losses']]);
  });

  it('counts a part after ", including" as the group it is part of, unless its noun has a category of its own', () => {
    expect(categories('The tanker with 22 sailors, including nine Freedonians, was attacked.')).toEqual([
      ['22 sailors', 'sailors'],
      ['nine Freedonians', 'sailors'],
    ]);
    // And the part after it: "including nine Freedonians and two Sylvanians".
    expect(categories('The tanker with 22 sailors, including nine Freedonians and two Sylvanians, was attacked.')).toEqual([
      ['22 sailors', 'sailors'],
      ['nine Freedonians', 'sailors'],
      ['two Sylvanians', 'sailors'],
    ]);
    expect(categories('The strike killed 20 sailors, including three officers.')).toEqual([
      ['20 sailors', 'losses'],
      ['three officers', 'losses'],
    ]);
    expect(categories('Freedonia sent 3,000 sailors, including 40 casualties of earlier fighting.')).toEqual([
      ['3,000 sailors', 'sailors'],
      ['40 casualties', 'losses'],
    ]);
  });

  it('passes over a word that only ends a longer unit: "war" of "prisoners of war" in "the number of war dead"', () => {
    const withCaptives: FigureCategory[] = [...CATEGORIES, { id: 'captives', label: 'Captives', units: ['prisoners of war'], cues: ['captured'] }];
    const found = findFigures('The number of war dead was at least 600.', withCaptives).map((f) => [f.text, f.category, f.unit]);
    expect(found).toEqual([['at least 600', 'losses', 'dead']]);
  });

  it('reads "put the number of … at about 1,000 to 3,000" as a range of what is counted', () => {
    const figures = findFigures('The Courier put the number of newly sent sailors at about 1,000 to 3,000.', CATEGORIES);
    expect(figures.map((f) => [f.text, f.value, f.upper, f.category])).toEqual([['about 1,000 to 3,000', 1000, 3000, 'sailors']]);
    expect(categories('They put the sailors at ease at 500 metres.')).toEqual([]);
  });

  it('gives a number a count noun is "estimated at" or "put at" that noun’s category', () => {
    expect(categories('So far, Freedonian casualties are estimated at around 4,700.')).toEqual([['around 4,700', 'losses']]);
    expect(categories('The sailors were 500 metres away.')).toEqual([]);
    // Named with what it counts, between dashes.
    expect(categories('The entire casualties of the two raids – estimated at around 470 – were reported late.')).toEqual([['around 470', 'losses']]);
    expect(categories('The boats of the fleet – estimated at around 470 – were sold.')).toEqual([]);
  });

  it('reads a size given after what it sizes: "Freedonian sailors, about 2,000-strong, …", "the contingent is 2,000-strong"', () => {
    const units = (text: string) => findFigures(text, CATEGORIES).map((f) => [f.text, f.unit, f.category]);
    expect(units('Freedonian sailors, about 2,000-strong, have been in the port since May.')).toEqual([['about 2,000-strong', 'sailors', 'sailors']]);
    // No unit before it: the topic's armed forces, when it lists them.
    expect(units('The Freedonian contingent is 2,000-strong.')).toEqual([['2,000-strong', '', 'sailors']]);
  });

  it('reads the size a verb gives a noun the topic lists as a cue: "the contingent numbers about 2,000"', () => {
    const FORCES: FigureCategory[] = [{ id: 'forces', label: 'Forces', units: ['sailors'], cues: ['contingent', 'deployed'] }];
    const sizes = (text: string) => findFigures(text, FORCES).map((f) => [f.text, f.category]);
    expect(sizes('Freedonia’s contingent numbers about 2,000.')).toEqual([['about 2,000', 'forces']]);
    expect(sizes('The Freedonian contingent stood at 1,960 in May.')).toEqual([['1,960', 'forces']]);
    // A noun that cues nothing, or a verb that gives no size.
    expect(sizes('The convoy numbers 40.')).toEqual([]);
    expect(sizes('The contingent lost 40.')).toEqual([]);
  });

  it('reads a vague amount after "in the" as the count of the verb’s subject: "casualties are in the thousands"', () => {
    expect(findFigures('Freedonian casualties are in the thousands.', CATEGORIES).map((f) => [f.text, f.vague, f.unit, f.category])).toEqual([
      ['thousands', 'thousands', 'casualties', 'losses'],
    ]);
    expect(categories('The death toll ran into the hundreds.')).toEqual([['hundreds', 'losses']]);
    // A place, not a count of the subject.
    expect(categories('The sailors live in the hundreds.')).toEqual([]);
  });

  it('reads the same count at another time: "1,400 sailors, up from 900 on Monday"', () => {
    expect(categories('Berg said 1,400 sailors had been deployed, up from 900 on Monday.')).toEqual([['1,400 sailors', 'sailors'], ['900', 'sailors']]);
    expect(categories('Some 300 sailors were killed, compared with 120 a year earlier.')).toEqual([['Some 300 sailors', 'losses'], ['120', 'losses']]);
    // Not after a count: nothing to borrow from.
    expect(categories('Prices are up from 900.')).toEqual([]);
  });

  it('reads "the number who …" by what its relative clause says they did: "the number who have been deployed rose to 1,400"', () => {
    expect(categories('The number who have been deployed rose to 1,400 on Tuesday.')).toEqual([['1,400', 'sailors']]);
    expect(categories('The strike brought the number that were killed to 68.')).toEqual([['68', 'losses']]);
    // A clause that cues nothing counts nothing.
    expect(categories('The number who came rose to 1,400.')).toEqual([]);
  });

  it('reads the count that governs a group through a preposition: "the death toll among the sailors rose to 600"', () => {
    expect(categories('The death toll among Freedonian sailors has risen to 600.')).toEqual([['600', 'losses']]);
    expect(categories('Casualties among the sailors reached 4,000, the Courier reported.')).toEqual([['4,000', 'losses']]);
    expect(categories('The number of casualties among the troops rose to 600.')).toEqual([['600', 'losses']]);
    // The group's own count is what it is.
    expect(categories('The number of sailors in the port rose to 1,400.')).toEqual([['1,400', 'sailors']]);
    // A plural subject takes the bare verb, and a place may end the counted phrase.
    expect(categories('Casualties among Freedonian sailors in Marsh City surpass 4,000.')).toEqual([['4,000', 'losses']]);
    expect(categories('Casualties among the sailors exceed 4,000.')).toEqual([['4,000', 'losses']]);
  });

  it.each([
    // A participle phrase may end the counted phrase: the noun before it is what the count governs.
    ['Casualties among Freedonian sailors involved in the war have surpassed 4,000.', [['4,000', 'losses']]],
    ['Casualties among the sailors fighting for Sylvania have risen to 4,000.', [['4,000', 'losses']]],
    ['The number of casualties among sailors deployed in Marsh City rose to 600.', [['600', 'losses']]],
    // Must not fire: a noun that heads its own phrase, or governs nothing, keeps its own category.
    ['Sailors sent to the front have surpassed 4,000.', [['4,000', 'sailors']]],
    ['The number of sailors deployed in Marsh City rose to 1,400.', [['1,400', 'sailors']]],
    ['Ships involved in the war have surpassed 4,000.', []],
  ])('reads the count past a participle phrase after its group: %j', (input, expected) => {
    expect(categories(input)).toEqual(expected);
  });

  it.each([
    // What befell the people a count names decides it, and "revised (up)" raises a count as "raised" does.
    ['The rebels raised the number of sailors killed to 213.', [['213', 'losses']]],
    ['Freedonia has revised up its number of sailors and officers killed to 213.', [['213', 'losses']]],
    ['Media put the number of sailors killed at 213.', [['213', 'losses']]],
    ['Freedonia has raised the number of its sailors killed in recent fighting over Marsh City to 2,425.', [['2,425', 'losses']]],
    // Must not fire: people sent or deployed keep their own category.
    ['The rebels raised the number of sailors sent to the port to 2,000.', [['2,000', 'sailors']]],
    ['Freedonia revised the number of sailors deployed to 2,000.', [['2,000', 'sailors']]],
    ['Media put the number of sailors in Marsh City at 2,000.', [['2,000', 'sailors']]],
  ])('reads a count raised or put at a number by what befell those it names: %j', (input, expected) => {
    expect(categories(input)).toEqual(expected);
  });

  it('reads a place whose last word only ends a longer unit as a place: "casualties among the sailors in the war"', () => {
    const WAR: FigureCategory[] = [
      { id: 'sailors', label: 'Sailors sent', units: ['sailors'], cues: ['sent'] },
      { id: 'losses', label: 'Losses', units: ['casualties', 'prisoners of war'], cues: ['killed'] },
    ];
    const read = (text: string) => findFigures(text, WAR).map((f) => [f.text, f.category]);
    expect(read('Casualties among Freedonian sailors in the war have surpassed 4,000.')).toEqual([['4,000', 'losses']]);
  });

  it.each([
    ['Death toll from ferry fire leaps to 125', [['125', 'losses']]],
    ['The death toll has soared to 300.', [['300', 'losses']]],
    ['The number of sailors held in the port surged to 1,400.', [['1,400', 'sailors']]],
    // A toll far back along one unbroken subject phrase is still the count that grows.
    ['The death toll from an explosion and fire at a fuel depot in Marsh City on Monday has jumped to 125, the agency reported.', [['125', 'losses']]],
    // A clause between the toll and the verb, or a toll beyond the reach, counts nothing.
    ['The death toll from an explosion and fire at a fuel depot, which was built in 1990 by the army of the old republic, rose to 30.', []],
    ['The death toll was never made public and the harbour master said the water in the port of Marsh City near the old fort has risen to 14.', []],
  ])('reads "leaps", "soared", "surged" and a toll named far back along one phrase: %j', (input, expected) => {
    expect(categories(input)).toEqual(expected);
  });

  it('reads past an appositive between commas, and "remains"', () => {
    expect(categories('Death toll from the blast at a depot in Marsh City, a town of fishermen, climbed to 68, officials said.')).toEqual([['68', 'losses']]);
    expect(categories('The number of casualties remains 290.')).toEqual([['290', 'losses']]);
  });

  it('gives a part of a count ("…, of which 168 …") the count’s unit', () => {
    expect(categories('The number of casualties remains 290, of which 168 are in hospital.')).toEqual([['290', 'losses'], ['168', 'losses']]);
    // "up from 168" is the same count at an earlier time: a figure too (see "the same count at another time").
    expect(categories('The number of casualties remains 290, up from 168.')).toEqual([['290', 'losses'], ['168', 'losses']]);
  });

  it('reads no count in a year, or in a number nothing counts', () => {
    expect(categories('The year was 2023.')).toEqual([]);
    expect(categories('The harbour rose to 14 metres.')).toEqual([]);
  });
});

describe('findFigures: nationalities joined by "and"', () => {
  it('reads "dozens of Freedonian and Sylvanian sailors" as one figure', () => {
    expect(findFigures('A strike killed dozens of Freedonian and Sylvanian sailors.', CATEGORIES).map((f) => [f.text, f.vague, f.category])).toEqual([
      ['dozens of Freedonian and Sylvanian sailors', 'dozens', 'losses'],
    ]);
  });
});

describe('findFigures: part of a group the sentence opened with', () => {
  it('gives "Among the sailors killed, 180 were …" the group’s category', () => {
    expect(categories('Among the sailors killed in the blast, 180 were officers and 12 were cadets.')).toEqual([
      ['180', 'losses'],
      ['12', 'losses'],
    ]);
    expect(categories('Of the sailors, 30 were officers.')).toEqual([['30', 'sailors']]);
    expect(categories('Of the 68 casualties, only 21 have been identified.')).toEqual([['68 casualties', 'losses'], ['21', 'losses']]);
  });

  it('reads no group in "Among other things"', () => {
    expect(categories('Among other things, 30 were late.')).toEqual([]);
  });

  it.each([
    // The opening stands first in its sentence or clause and a comma closes it: the number is part of the group.
    ['Among the sailors killed in the blast, 180 were officers.', [['180', 'losses']]],
    ['The Courier said that among the sailors killed, 180 were officers.', [['180', 'losses']]],
    ['The port was shelled, and among the sailors held, 14 were cadets.', [['14', 'sailors']]],
    // "among" inside the subject, or an opening no comma closes, makes no group of the number.
    ['Casualties among Freedonian sailors have increased to over 4,000, up from 3,000 in May.', [['over 4,000', 'losses'], ['3,000', 'losses']]],
    ['Casualties among the sailors rose to 900, up from 700 in May.', [['900', 'losses'], ['700', 'losses']]],
    ['Morale among the sailors held in Marsh City is low, 30 said.', []],
  ])('reads a group opening only where it opens its clause: %j', (input, expected) => {
    expect(categories(input)).toEqual(expected);
  });
});

describe('findFigures: harm told of people in the figure’s own clause', () => {
  const WITH_WEAPONS: FigureCategory[] = [...CATEGORIES, { id: 'weapons', label: 'Weapons', units: ['tanks'], cues: ['shipped'] }];
  const read = (text: string) => findFigures(text, WITH_WEAPONS).map((f) => [f.text, f.category]);

  it.each([
    // War copy's verbs of destruction, said of people, tell that they were killed or put out of action.
    ['New assaults took place, and hundreds of Freedonian sailors have been destroyed.', [['hundreds of Freedonian sailors', 'losses']]],
    ['Some 300 sailors sent to the front were wiped out.', [['Some 300 sailors', 'losses']]],
    ['About 500 sailors were annihilated near the port.', [['About 500 sailors', 'losses']]],
    // Of things, only that the things were destroyed.
    ['Some 40 tanks were destroyed near the port.', [['Some 40 tanks', 'weapons']]],
    // Becoming victims or casualties is harm, with or without an auxiliary.
    ['Hundreds of sailors became victims of the shelling.', [['Hundreds of sailors', 'losses']]],
    ['Dozens of sailors have become casualties.', [['Dozens of sailors', 'losses']]],
    // Becoming something else is not.
    ['About 2,000 sailors became part of the new fleet.', [['About 2,000 sailors', 'sailors']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('reads the part’s own predicate past a whole with a long description', () => {
    expect(read('Over 600 of the approximately 3,000 Freedonian naval sailors sent to the area last year have become casualties.')).toEqual([
      ['Over 600', 'losses'],
      ['approximately 3,000 Freedonian naval sailors', 'sailors'],
    ]);
    expect(read('Over 600 of the approximately 3,000 Freedonian naval sailors sent to the area last year have returned home.')).toEqual([
      ['Over 600', 'sailors'],
      ['approximately 3,000 Freedonian naval sailors', 'sailors'],
    ]);
  });
});

describe('findFigures: a thing moves only to a category that lists its noun as written', () => {
  const WEAPONS_AND_SHIPS: FigureCategory[] = [
    { id: 'attacks', label: 'Attacks', units: ['ships', 'cargo ships'], cues: ['attacked', 'targeted'] },
    { id: 'missiles', label: 'Missiles fired', units: ['missiles', 'ballistic missiles', 'cruise missiles', 'drones'], cues: ['fired', 'launched'] },
    { id: 'strikes', label: 'Strikes', units: ['targets', 'strikes', 'tomahawk missiles'], cues: ['struck', 'strike', 'hit'] },
    { id: 'traffic', label: 'Traffic', units: ['ships'], cues: ['diverted', 'transited'] },
  ];
  const read = (text: string) => findFigures(text, WEAPONS_AND_SHIPS).map((f) => [f.text, f.category]);

  it.each([
    // What the things counted tried to do is no reason to file them where a longer unit of their head is.
    ['The tanker was targeted by three of the ballistic missiles that attempted to strike it.', 'three of the ballistic missiles', 'missiles'],
    ['Two cruise missiles tried to hit the destroyer on Tuesday.', 'Two cruise missiles', 'missiles'],
    ['Four missiles that sought to strike the port were shot down.', 'Four missiles', 'missiles'],
    // A unit the other category lists as written still moves by what happened to it.
    ['Three cargo ships were diverted around the cape.', 'Three cargo ships', 'traffic'],
    ['Twelve ships transited the strait under escort.', 'Twelve ships', 'traffic'],
  ])('%j', (text, figure, category) => {
    expect(read(text)).toEqual([[figure, category]]);
  });
});

describe('findFigures: stop 36 probe classes', () => {
  const PEOPLE: FigureCategory[] = [
    { id: 'fled', label: 'Fled', units: ['people', 'villagers', 'residents'], cues: ['fled', 'left', 'evacuated'] },
    { id: 'losses', label: 'Losses', units: ['casualties', 'dead', 'sailors', 'coastal villagers'], cues: ['killed', 'wounded', 'died', 'captured'] },
    { id: 'sailors', label: 'Sailors sent', units: ['sailors'], cues: ['sent', 'deployed'] },
  ];
  const read = (text: string) => findFigures(text, PEOPLE).map((f) => [f.text, f.category]);

  it.each([
    // The whole's own verb after an aside naming a part tells what happened to the whole.
    ['At least 300 villagers, including children, died in the storm.', [['At least 300 villagers', 'losses']]],
    ['Some 40 sailors, including three officers, were captured.', [['Some 40 sailors', 'losses'], ['three officers', 'losses']]],
    ['Nearly 900 villagers, among them the mayor, were killed.', [['Nearly 900 villagers', 'losses']]],
    // Not when a preposition or a participle governs the count: the verb is the vessel's.
    ['A ferry with 300 villagers, including children, was captured.', [['300 villagers', 'fled']]],
    ['Boats carrying 300 villagers, including children, were captured.', [['300 villagers', 'fled']]],
    // Nor when the verb after the aside takes an object: what they did, not what happened to them.
    ['Some 300 villagers, including children, killed the livestock.', [['Some 300 villagers', 'fled']]],
  ])('reads the predicate past ", including …," when the count is the subject: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['The ministry put the total number of killed or wounded sailors at 4,000.', [['4,000', 'losses']]],
    ['Observers estimated the overall number of people who fled at 12,000.', [['12,000', 'fled']]],
    ['The ministry put the number of dead at 300.', [['300', 'losses']]],
    // No verb of estimating before "number": no figure from the "at".
    ['The total number of seats in the hall stood empty at 4,000 feet.', []],
  ])('reads "put the total number of … at N" with an adjective before "number": %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('findFigures: the noun of an act before "of" tells what happened to the count', () => {
  const SHIPS: FigureCategory[] = [
    { id: 'attacks', label: 'Attacks', units: ['ships', 'vessels'], cues: ['attacked', 'hit'] },
    { id: 'traffic', label: 'Traffic', units: ['ships', 'vessels'], cues: ['diverted', 'rerouted'] },
    { id: 'fled', label: 'Fled', units: ['people'], cues: ['fled', 'evacuated'] },
    { id: 'losses', label: 'Losses', units: ['people', 'casualties'], cues: ['killed', 'hospitalized'] },
  ];
  const read = (text: string) => findFigures(text, SHIPS).map((f) => [f.text, f.category]);

  it.each([
    ['The storms forced the diversion of more than 300 ships.', [['more than 300 ships', 'traffic']]],
    ['The strike led to the rerouting of 40 vessels.', [['40 vessels', 'traffic']]],
    ['The blast led to the hospitalization of 290 people.', [['290 people', 'losses']]],
    ['The mayor ordered the evacuation of 5,000 people.', [['5,000 people', 'fled']]],
    // A noun that is no act tells nothing: a word of attack keeps the unit's first category, and with none the ships were not attacked.
    ['The region of 300 ships and boats drew crowds.', [['300 ships', 'traffic']]],
    ['The sinking of two ships was confirmed.', [['two ships', 'attacks']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('findFigures: a relative clause that denies or refuses tells nothing that happened', () => {
  const TOWN: FigureCategory[] = [
    { id: 'fled', label: 'Fled', units: ['people', 'residents'], cues: ['fled', 'flee', 'left'] },
    { id: 'losses', label: 'Losses', units: ['people', 'residents'], cues: ['killed', 'died'] },
    { id: 'residents', label: 'Residents', units: ['people', 'residents'], cues: ['live', 'remain'] },
  ];
  const read = (text: string) => findFigures(text, TOWN).map((f) => [f.text, f.category]);

  it.each([
    // The main verb after the negated relative clause tells it.
    ['Nearly 9,000 people who did not want to live under the junta have left the town.', [['Nearly 9,000 people', 'fled']]],
    ['The 500 residents who did not flee were killed.', [['500 residents', 'losses']]],
    ['Some 700 residents who never fled were killed in the siege.', [['Some 700 residents', 'losses']]],
    // A relative clause that affirms tells what they did, but the main verb what happened to them.
    ['About 9,000 people who fled the town were later killed.', [['About 9,000 people', 'losses']]],
    ['About 9,000 people who fled the town are now in camps.', [['About 9,000 people', 'fled']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('findFigures: people who went where the fighting was not fled', () => {
  const TOWN: FigureCategory[] = [
    { id: 'residents', label: 'Residents', units: ['residents', 'people'], cues: ['live', 'population'] },
    { id: 'fled', label: 'Fled', units: ['residents', 'people'], cues: ['fled', 'displaced'] },
  ];
  const read = (text: string) => findFigures(text, TOWN).map((f) => [f.text, f.category]);

  it.each([
    ['Thousands of Marsh City residents flocked to a camp run by the army to avoid the fighting.', [['Thousands of Marsh City residents', 'fled']]],
    ['Some 2,000 Marsh City residents crowded into shelters.', [['Some 2,000 Marsh City residents', 'fled']]],
    // Going somewhere for another reason tells no flight: the people a place owns live there.
    ['Thousands of Marsh City residents flocked to the main square to celebrate.', [['Thousands of Marsh City residents', 'residents']]],
    ['Some 2,000 Marsh City residents packed into the stadium.', [['Some 2,000 Marsh City residents', 'residents']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('findFigures: a count of people coordinated before a shared predicate', () => {
  const TOPIC: FigureCategory[] = [
    { id: 'fled', label: 'Fled', units: ['freedonians', 'refugees', 'people'], cues: ['fled', 'arrived'] },
    { id: 'losses', label: 'Losses', units: ['sailors', 'dead', 'people'], cues: ['killed', 'wounded'] },
    { id: 'residents', label: 'Residents', units: ['freedonians', 'people'], cues: ['live', 'remain'] },
    { id: 'trucks', label: 'Trucks', units: ['trucks'], cues: ['delivered'] },
  ];
  const read = (text: string) => findFigures(text, TOPIC).map((f) => [f.text, f.category]);

  it.each([
    // The first item has no predicate of its own: the list's is theirs too.
    ['At least 200 Freedonians and dozens of Sylvanian sailors were killed last week.', [['At least 200 Freedonians', 'losses'], ['dozens of Sylvanian sailors', 'losses']]],
    ['About 40 Freedonians, 12 refugees and five sailors were wounded.', [['About 40 Freedonians', 'losses'], ['12 refugees', 'losses'], ['five sailors', 'losses']]],
    // Must not fire: an item with a predicate of its own keeps it.
    ['About 2,000 Freedonians fled and 30 sailors were killed.', [['About 2,000 Freedonians', 'fled'], ['30 sailors', 'losses']]],
    ['Some 120,000 Freedonians live in the valley and 300 sailors were killed there.', [['Some 120,000 Freedonians', 'residents'], ['300 sailors', 'losses']]],
    // Must not fire: things are not people, whatever befell the people after them.
    ['Some 300 trucks and 40 sailors were killed in the convoy.', [['Some 300 trucks', 'trucks'], ['40 sailors', 'losses']]],
    // Must not fire: a count governed by a preposition is no subject of the list's verb.
    ['A convoy with 2,000 Freedonians and 30 sailors was hit; nobody was killed.', [['2,000 Freedonians', 'fled'], ['30 sailors', 'losses']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('findFigures: "the remaining N" is the rest of a group counted before, not people who stayed', () => {
  const TOLL: FigureCategory[] = [
    { id: 'losses', label: 'Losses', units: ['dead', 'people', 'sailors'], cues: ['killed', 'dead', 'injuries'] },
    { id: 'residents', label: 'Residents', units: ['residents', 'people'], cues: ['remain', 'remaining', 'stayed'] },
    { id: 'fled', label: 'Fled', units: ['residents', 'people'], cues: ['fled'] },
  ];
  const read = (text: string) => findFigures(text, TOLL).map((f) => [f.text, f.category]);

  it.each([
    ['Of the dead, 13 were killed at the scene, while the remaining seven were taken to hospital.', [['13', 'losses'], ['seven', 'losses']]],
    ['Of the sailors killed, four died on deck and the remaining six were lost at sea.', [['four', 'losses'], ['six', 'losses']]],
    // What the rest did is still theirs: "stayed" files them among those who remained.
    ['Of the 900 residents, 600 fled and the remaining 300 stayed in the village.', [['900 residents', 'residents'], ['600', 'fled'], ['300', 'residents']]],
    // "Remaining" after the number is a verb of its own.
    ['About 2,000 people are remaining in the town.', [['About 2,000 people', 'residents']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('findFigures: "there are N people left" counts who remain', () => {
  const TOPIC: FigureCategory[] = [
    { id: 'gone', label: 'Gone', units: ['people', 'residents'], cues: ['left', 'fled'] },
    { id: 'residents', label: 'Residents', units: ['people', 'residents', 'population'], cues: ['remain', 'live'] },
    { id: 'troops', label: 'Troops', units: ['troops'], cues: ['deployed'] },
  ];
  const read = (text: string) => findFigures(text, TOPIC).map((f) => [f.text, f.category]);

  it.each([
    ['There are at most a few hundred people left, officials said.', [['a few hundred people', 'residents']]],
    ['There were only 300 residents left in the town.', [['300 residents', 'residents']]],
    // Must not fire: "left" with an object, or with no existential "there is" before the count, is a departure.
    ['There, 300 people left the town on foot.', [['300 people', 'gone']]],
    ['About 300 people left the town on Sunday.', [['About 300 people', 'gone']]],
    // Must not fire: people of a category that lists no such noun stay in their own.
    ['There are 2,000 troops left in the region.', [['2,000 troops', 'troops']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('leaves people "left homeless" out of those who remain', () => {
    expect(read('There were 300 people left homeless.').map(([, category]) => category)).not.toContain('residents');
  });
});

describe('findFigures: "others" after a count whose noun is left out', () => {
  const TOPIC: FigureCategory[] = [
    { id: 'losses', label: 'Losses', units: ['dead', 'sailors'], cues: ['killed', 'wounded', 'injured'] },
    { id: 'fled', label: 'Fled', units: ['refugees'], cues: ['fled'] },
    { id: 'trucks', label: 'Trucks', units: ['trucks'], cues: ['sent', 'seized'] },
  ];
  const read = (text: string) => findFigures(text, TOPIC).map((f) => [f.text, f.category]);

  it.each([
    ['Berg said that four of their members were killed and nine others were wounded.', [['four', 'losses'], ['nine others', 'losses']]],
    ['Berg said 12 of them were killed and 30 others were injured.', [['12', 'losses'], ['30 others', 'losses']]],
    ['Four were killed and nine others fled.', [['Four', 'losses'], ['nine others', 'fled']]],
    // Must not fire: others of a count of things are things, whatever a category of people cues.
    ['Ten of the buses were hit and 40 others were sent back.', []],
    // Must not fire: a predicate no category of people cues.
    ['Four of their members were killed and nine others were sent home.', [['Four', 'losses']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('findFigures: ships traveling or sailing pass through, as traffic', () => {
  const SEA: FigureCategory[] = [
    { id: 'ship-attacks', label: 'Attacks on ships', units: ['vessels', 'ships'], cues: ['attacked', 'attack'] },
    { id: 'traffic', label: 'Shipping traffic', units: ['vessels', 'ships'], cues: ['transit', 'transited', 'diverted'] },
  ];
  const read = (text: string) => findFigures(text, SEA).map((f) => [f.text, f.category]);

  it.each([
    ['The attack was aimed at shipping lanes where dozens of merchant vessels were traveling.', [['dozens of merchant vessels', 'traffic']]],
    ['Some 40 ships were sailing the route each day before the attacks.', [['Some 40 ships', 'traffic']]],
    // Ships attacked while they sailed are still attacked.
    ['Rebels attacked 20 vessels sailing through the strait.', [['20 vessels', 'ship-attacks']]],
    ['Rebels attacked three ships traveling in the strait.', [['three ships', 'ship-attacks']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('findFigures: a cue in its present participle', () => {
  const SHIPS: FigureCategory[] = [
    { id: 'attacks', label: 'Attacks', units: ['ships'], cues: ['attacked'] },
    { id: 'traffic', label: 'Traffic', units: ['ships'], cues: ['diverted', 'transited'] },
  ];
  const PEOPLE: FigureCategory[] = [
    { id: 'fled', label: 'Fled', units: ['residents'], cues: ['arrived'] },
    { id: 'residents', label: 'Residents', units: ['residents', 'population'], cues: ['live'] },
  ];
  const read = (text: string, topic: FigureCategory[]) => findFigures(text, topic).map((f) => [f.text, f.category]);

  it.each([
    ['Forty ships are diverting around the cape.', SHIPS, [['Forty ships', 'traffic']]],
    ['The canal saw 77 ships today, some of them diverting from the route.', SHIPS, [['77 ships', 'traffic']]],
    ['Tens of thousands of Marsh residents arriving in the capital need shelter.', PEOPLE, [['Tens of thousands of Marsh residents', 'fled']]],
    // Must not: what comes first still decides a tie, and no cue leaves the order listed.
    ['Forty ships were attacked while diverting around the cape.', SHIPS, [['Forty ships', 'attacks']]],
    // The ships acted in their own clause and were not attacked in it: the raid after which they waited
    // does not file them (figures-acting-clause.test.ts).
    ['Forty ships waited at anchor after the raid.', SHIPS, [['Forty ships', 'traffic']]],
    // With no word of attack either, the ships are not read as attacked.
    ['Forty ships waited at anchor.', SHIPS, [['Forty ships', 'traffic']]],
  ])('%s', (text, topic, expected) => {
    expect(read(text, topic)).toEqual(expected);
  });
});

describe('findFigures: a craft with no crew is a drone', () => {
  const TOPIC: FigureCategory[] = [
    { id: 'attacks', label: 'Attacks', units: ['ships', 'vessels'], cues: ['attacked', 'hit'] },
    { id: 'weapons', label: 'Weapons', units: ['drones', 'missiles', 'unmanned surface vessels'], cues: ['fired', 'destroyed'] },
  ];
  const NO_DRONES: FigureCategory[] = [{ id: 'attacks', label: 'Attacks', units: ['ships', 'vessels'], cues: ['attacked'] }];
  const read = (text: string, topic = TOPIC) => findFigures(text, topic).map((f) => [f.text, f.category]);

  it.each([
    ['The navy destroyed four Sylvanian drone boats and two missiles.', TOPIC, [['four Sylvanian drone boats', 'weapons'], ['two missiles', 'weapons']]],
    ['Jets struck one unmanned underwater vessel near the port.', TOPIC, [['one unmanned underwater vessel', 'weapons']]],
    ['Jets struck two unmanned surface vessels near the port.', TOPIC, [['two unmanned surface vessels', 'weapons']]],
    // Must not fire: a crewed craft, a drone named outside the phrase, or a hyphenated compound.
    ['Three vessels were hit by drones.', TOPIC, [['Three vessels', 'attacks']]],
    ['Two drone-carrying ships were attacked.', TOPIC, [['Two drone-carrying ships', 'attacks']]],
    ['The rebels attacked two merchant vessels with drone boats.', TOPIC, [['two merchant vessels', 'attacks']]],
    // Must not fire: a topic that counts no drones counts none.
    ['Two drone boats were attacked.', NO_DRONES, []],
  ])('%s', (text, topic, expected) => {
    expect(read(text, topic)).toEqual(expected);
  });
});

describe('findFigures: a shared noun no cue files is counted as its list is', () => {
  const TOPIC: FigureCategory[] = [
    { id: 'fled', label: 'Fled', units: ['people', 'cars', 'trucks'], cues: ['fled', 'evacuated'] },
    { id: 'arms', label: 'Arms', units: ['rifles', 'tanks', 'rounds of ammunition', 'rounds', 'trucks'], cues: ['handed over'] },
    { id: 'aid', label: 'Aid', units: ['tons of aid', 'tons', 'trucks'], cues: ['donated'] },
  ];
  const read = (text: string) => findFigures(text, TOPIC).map((f) => [f.text, f.category]);

  it.each([
    // A list of arms whose verb no cue lists: the shared noun goes with the arms around it.
    ['By Friday, 300 rifles, 12 tanks and 40 trucks were confiscated from the militia.', [['300 rifles', 'arms'], ['12 tanks', 'arms'], ['40 trucks', 'arms']]],
    ['Police impounded 40 trucks, 5,000 rounds of ammunition and 90 rifles.', [['40 trucks', 'arms'], ['5,000 rounds', 'arms'], ['90 rifles', 'arms']]],
    // Must not fire: a cue of its own category files it, whatever the list.
    ['Families evacuated in 40 trucks, and 300 rifles were left behind.', [['40 trucks', 'fled'], ['300 rifles', 'arms']]],
    // Must not fire: neighbours that name two categories, or none whose noun is its own alone.
    ['The depot held 300 rifles, 40 trucks and 20 tons of aid.', [['300 rifles', 'arms'], ['40 trucks', 'fled'], ['20 tons', 'aid']]],
    ['Checkpoints counted 500 cars and 40 trucks on the road.', [['500 cars', 'fled'], ['40 trucks', 'fled']]],
    // Must not fire: an item not joined to it by a comma or "and".
    ['Guards took 300 rifles from a store near 40 trucks.', [['300 rifles', 'arms'], ['40 trucks', 'fled']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('findFigures: a participle after the noun of a phrase in the predicate describes that noun', () => {
  it.each([
    // What the participle tells befell the buses or the missiles, not the people counted: no category (left to
    // the editor), or the verb's own.
    ['Some 1,500 people were taken to the border by buses sent by Freedonia.', [['Some 1,500 people', null]]],
    ['Some 300 sailors were killed by missiles sent from the coast.', [['Some 300 sailors', 'losses']]],
    ['About 40 sailors were wounded on ships deployed near Marsh City.', [['About 40 sailors', 'losses']]],
    // Must not fire: the participle is the predicate's own verb, or follows a noun no preposition governs.
    ['Some 300 sailors were sent by Freedonia to Marsh City.', [['Some 300 sailors', 'sailors']]],
    ['Some 300 sailors were later sent to Marsh City.', [['Some 300 sailors', 'sailors']]],
    ['Some 300 sailors were killed and wounded in the raid.', [['Some 300 sailors', 'losses']]],
  ])('%j', (input, expected) => {
    expect(categories(input)).toEqual(expected);
  });
});

describe('findFigures: people who departed left', () => {
  const REGION: FigureCategory[] = [
    { id: 'fled', label: 'Fled', units: ['freedonians', 'people'], cues: ['fled', 'left'] },
    { id: 'residents', label: 'Residents', units: ['freedonians', 'people'], cues: ['live', 'population', 'remain'] },
  ];
  const read = (text: string) => findFigures(text, REGION).map((f) => [f.text, f.category]);

  it.each([
    // A verb of leaving the topic's cues do not list, in any tense, is leaving.
    ["More than 10,000 Freedonians have departed, out of the province's population of 12,000.", [['More than 10,000 Freedonians', 'fled'], ['12,000', 'residents']]],
    ['Some 2,000 people departed from Marsh City, which has a population of 9,000.', [['Some 2,000 people', 'fled'], ['9,000', 'residents']]],
    ['About 300 Freedonians were departing the province, out of a population of 5,000.', [['About 300 Freedonians', 'fled'], ['5,000', 'residents']]],
    // Must not fire: people who stay, or a departure that is not theirs.
    ["More than 10,000 Freedonians remain, out of the province's population of 12,000.", [['More than 10,000 Freedonians', 'residents'], ['12,000', 'residents']]],
    ['Some 2,000 people live in Marsh City, whose population of 9,000 departed from the old census.', [['Some 2,000 people', 'residents'], ['9,000', 'residents']]],
    ['About 300 Freedonians watched the ferry depart, out of a population of 5,000.', [['About 300 Freedonians', 'residents'], ['5,000', 'residents']]],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('findFigures: a list moves a shared noun only to a category that lists it as written', () => {
  const STRIKES: FigureCategory[] = [
    { id: 'missiles', label: 'Missiles', units: ['missiles', 'cruise missiles', 'anti-ship cruise missiles'], cues: ['fired', 'shot down'] },
    { id: 'strikes', label: 'Strikes', units: ['strikes', 'targets', 'tomahawk missiles', 'launchers', 'launcher'], cues: ['struck', 'conducted'] },
  ];
  const read = (text: string) => findFigures(text, STRIKES).map((f) => [f.text, f.category]);

  it.each([
    // Strikes list only "tomahawk missiles": other missiles beside a launcher keep to missiles.
    ['Sylvanian jets hit seven mobile anti-ship cruise missiles and one launcher.', [['seven mobile anti-ship cruise missiles', 'missiles'], ['one launcher', 'strikes']]],
    ['Sylvanian jets hit three cruise missiles, two launchers and a radar.', [['three cruise missiles', 'missiles'], ['two launchers', 'strikes']]],
    // Must not fire: the noun as written is the other category's own, or a cue keeps it where it stands.
    ['Sylvanian jets hit 30 Tomahawk missiles and two launchers.', [['30 Tomahawk missiles', 'strikes'], ['two launchers', 'strikes']]],
    ['The rebels fired seven anti-ship cruise missiles and lost one launcher.', [['seven anti-ship cruise missiles', 'missiles'], ['one launcher', 'strikes']]],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('findFigures: people of a named place, and a share with no "of"', () => {
  const REGION: FigureCategory[] = [
    { id: 'fled', label: 'Fled', units: ['residents', 'freedonians'], cues: ['fled', 'evacuated'] },
    { id: 'losses', label: 'Losses', units: ['dead', 'soldiers', 'freedonians'], cues: ['killed', 'wounded'] },
    { id: 'residents', label: 'Residents', units: ['residents', 'inhabitants', 'freedonians'], cues: ['live', 'population'] },
  ];
  const read = (text: string) => findFigures(text, REGION).map((f) => [f.text, f.category]);

  it.each([
    // The name of the place they are of stands between the count and its predicate.
    ['At least 30 residents of Marsh City were wounded in the shelling.', [['At least 30 residents', 'losses']]],
    ['Some 200 Freedonians of Marsh City were killed.', [['Some 200 Freedonians', 'losses']]],
    ['At least 198 soldiers and 25 residents of Upper Fredonburg were killed.', [['At least 198 soldiers', 'losses'], ['25 residents', 'losses']]],
    ['Some 120,000 residents of Marsh City live under blockade.', [['Some 120,000 residents', 'residents']]],
    // Must not fire: a share of them, with or without "of", is what the predicate tells of.
    ['Almost all the 12,000 inhabitants of Marsh City have fled.', [['12,000 inhabitants', 'residents']]],
    ['Nearly all of the 12,000 inhabitants of Marsh City have fled.', [['12,000 inhabitants', 'residents']]],
    // Must not fire: no predicate after the name, or a possessive that opens a longer phrase.
    ["Some 2,000 residents of Marsh City's old town, the mayor said, were wounded.", [['Some 2,000 residents', 'residents']]],
    ['Shelling hit the homes of 30 residents of Marsh City and Fredonburg.', [['30 residents', 'residents']]],
    // Must not fire: people of the place who tell what befell others are its residents still.
    ['Two residents of Marsh City mentioned that 30 Freedonians were wounded.', [['Two residents', 'residents'], ['30 Freedonians', 'losses']]],
  ])('%j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('findFigures: people who received wounds or injuries were wounded', () => {
  it.each([
    ['Two sailors received injuries when the missile hit the ship.', [['Two sailors', 'losses']]],
    ['Some 40 sailors received shrapnel wounds in the raid.', [['Some 40 sailors', 'losses']]],
    // Must not fire: orders, praise or people with no wounds of their own.
    ['Some 300 sailors received orders to sail for Marsh City.', [['Some 300 sailors', 'sailors']]],
    ['Some 300 sailors were sent with bandages for the wounded city.', [['Some 300 sailors', 'sailors']]],
    ['Some 300 sailors received medals for their service.', [['Some 300 sailors', 'sailors']]],
  ])('%j', (input, expected) => {
    expect(categories(input)).toEqual(expected);
  });
});
