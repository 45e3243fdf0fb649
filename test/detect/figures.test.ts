import { describe, expect, it } from 'vitest';
import { findFigures, QUALIFIERS } from '../../src/lib/detect/figures/index.ts';
import type { FigureMention } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/** Test categories, built here so the tests do not depend on one briefing's topic data. */
const CATEGORIES: FigureCategory[] = [
  {
    id: 'personnel',
    label: 'Personnel deployed',
    units: ['troops', 'soldiers', 'special forces troops', 'marines', 'personnel'],
    cues: ['deployed', 'sent', 'dispatched'],
  },
  {
    id: 'losses',
    label: 'Losses',
    units: ['casualties', 'deaths', 'dead', 'wounded'],
    cues: ['killed', 'wounded', 'losses'],
  },
  {
    id: 'ordnance',
    label: 'Ordnance supplied',
    units: ['shells', 'artillery rounds', 'rounds', 'missiles'],
    cues: ['shipped', 'supplied'],
  },
];

/** The expected mention for `text` as it occurs (first) in `input`. */
function at(input: string, text: string, fields: Omit<FigureMention, 'text' | 'index' | 'vague'> & { vague?: string | null }): FigureMention {
  const index = input.indexOf(text);
  if (index < 0) throw new Error(`test bug: "${text}" is not in the input`);
  return { vague: null, ...fields, text, index };
}

describe('findFigures: numbers', () => {
  it.each([
    ['Officials said 4,500 troops crossed the border.', '4,500 troops', 4500],
    ['The navy landed 7000 marines on the coast.', '7000 marines', 7000],
    ['The army reported 250,000 casualties so far.', '250,000 casualties', 250000],
    ['The plant produced 3 million shells last year.', '3 million shells', 3000000],
    ['The stockpile held 2.5 million rounds, the report said.', '2.5 million rounds', 2500000],
    ['The factories turned out nine million shells.', 'nine million shells', 9000000],
    ['Fifteen thousand troops took part in the drills.', 'Fifteen thousand troops', 15000],
    ['A dozen soldiers guarded the gate.', 'A dozen soldiers', 12],
    ['Twenty-five soldiers were rescued.', 'Twenty-five soldiers', 25],
    ['The unit has two hundred and forty soldiers.', 'two hundred and forty soldiers', 240],
    ['Two marines were injured in the crash.', 'Two marines', 2],
  ])('reads the number in %j', (input, text, value) => {
    expect(findFigures(input, CATEGORIES)).toEqual([
      at(input, text, { value, qualifier: null, unit: text.split(' ').at(-1)!, category: text.includes('casualties') ? 'losses' : /shells|rounds/.test(text) ? 'ordnance' : 'personnel' }),
    ]);
  });

  it('reads dot-grouped thousands ("28.000 shells") as whole things, a dot before a scale word as a decimal point', () => {
    const values = (input: string) => findFigures(input, CATEGORIES).map((f) => [f.text, f.value]);
    expect(values('They shipped around 28.000 shells.')).toEqual([['around 28.000 shells', 28000]]);
    expect(values('They shipped 1.500 million shells.')).toEqual([['1.500 million shells', 1500000]]);
  });

  it.each([
    ['The South says an additional 3K troops have been sent.', 'an additional 3K troops', 3000],
    ['Over 100K soldiers crossed.', 'Over 100K soldiers', 100000],
    ['Nearly 120k troops, the largest force yet, crossed.', 'Nearly 120k troops', 120000],
    ['About 1.5K marines landed.', 'About 1.5K marines', 1500],
  ])('reads a "k" written solid after digits as thousands: %j', (input, text, value) => {
    expect(findFigures(input, CATEGORIES).map((f) => [f.text, f.value])).toEqual([[text, value]]);
  });

  it.each([
    ['The unit 2K24 sent 50 troops.', [['50 troops', 50]]],
    ['They carried 10kg of food for 40 soldiers.', [['40 soldiers', 40]]],
    ['The 10K run drew 300 runners.', [['300 runners', 300]]],
  ])('reads no thousands in a code or a measure with a "k": %j', (input, expected) => {
    expect(findFigures(input, CATEGORIES).map((f) => [f.text, f.value])).toEqual(expected);
  });

  it('reads space-grouped thousands ("11 000 troops") as one number, but not a day before a count', () => {
    const values = (input: string) => findFigures(input, CATEGORIES).map((f) => [f.text, f.value]);
    expect(values('About 11 000 troops and 1 200 000 shells were sent.')).toEqual([
      ['About 11 000 troops', 11000],
      ['1 200 000 shells', 1200000],
    ]);
    expect(values('On May 5 300 troops left.')).toEqual([['300 troops', 300]]);
    expect(values('In 2024 300 troops left.')).toEqual([['300 troops', 300]]);
  });

  it('reads vague quantities with their words, the floor kept only for the detector', () => {
    const input =
      'Hundreds of soldiers joined the column, thousands of troops waited behind, and tens of thousands of casualties were reported; hundreds of thousands of shells were fired.';
    expect(findFigures(input, CATEGORIES)).toEqual([
      at(input, 'Hundreds of soldiers', { value: 100, vague: 'hundreds', qualifier: 'hundreds', unit: 'soldiers', category: 'personnel' }),
      at(input, 'thousands of troops', { value: 1000, vague: 'thousands', qualifier: 'thousands', unit: 'troops', category: 'personnel' }),
      at(input, 'tens of thousands of casualties', { value: 10000, vague: 'tens of thousands', qualifier: 'tens of thousands', unit: 'casualties', category: 'losses' }),
      at(input, 'hundreds of thousands of shells', { value: 100000, vague: 'hundreds of thousands', qualifier: 'hundreds of thousands', unit: 'shells', category: 'ordnance' }),
    ]);
  });

  it('reads "several" with a unit as a vague quantity, and as a qualifier before a number word', () => {
    const input = 'Several missiles were supplied. In several towns, several thousand soldiers were deployed.';
    expect(findFigures(input, CATEGORIES).map((f) => [f.text, f.vague, f.qualifier, f.category])).toEqual([
      ['Several missiles', 'several', 'several', 'ordnance'],
      ['several thousand soldiers', 'thousands', 'several', 'personnel'],
    ]);
  });

  it('joins a qualifier and a vague quantity', () => {
    const input = 'The front could see up to tens of thousands of casualties.';
    expect(findFigures(input, CATEGORIES)).toEqual([
      at(input, 'up to tens of thousands of casualties', { value: 10000, vague: 'tens of thousands', qualifier: 'up to tens of thousands', unit: 'casualties', category: 'losses' }),
    ]);
  });
});

describe('findFigures: a bound between the number and its noun', () => {
  it('reads "two or more shells" with the bound as its qualifier; a qualifier before the number comes first', () => {
    expect(findFigures('They fired two or more shells at the port.', CATEGORIES).map((f) => [f.text, f.qualifier, f.unit])).toEqual([
      ['two or more shells', 'or more', 'shells'],
    ]);
    expect(findFigures('Some 300 or so troops left.', CATEGORIES).map((f) => [f.text, f.qualifier])).toEqual([['Some 300 or so troops', 'some']]);
  });

  it.each([
    ['Over 100,000+ troops left.', [['Over 100,000+ troops', 'over', 100000]]],
    ['100,000+ troops left.', [['100,000+ troops', '+', 100000]]],
    ['The 2,000-plus soldiers left.', [['2,000-plus soldiers', 'plus', 2000]]],
    ['Some 50-odd marines left.', [['Some 50-odd marines', 'some', 50]]],
    // A sum, a measure and an age are no bound count.
    ['The camp held 5+5 troops.', []],
    ['The 100-plus kilometre march tired 30 soldiers.', [['30 soldiers', null, 30]]],
    ['The 50-odd-year-old officer led 30 soldiers.', [['30 soldiers', null, 30]]],
  ])('reads a "+" or a "-plus", "-odd" touching the digits as a bound before the noun: %j', (input, expected) => {
    expect(findFigures(input, CATEGORIES).map((f) => [f.text, f.qualifier, f.value])).toEqual(expected);
  });
});

describe('findFigures: qualifiers', () => {
  it.each(QUALIFIERS)('keeps the qualifier %j', (qualifier) => {
    const input = `The ministry said ${qualifier} 6,400 troops were on the move.`;
    expect(findFigures(input, CATEGORIES)).toEqual([
      at(input, `${qualifier} 6,400 troops`, { value: 6400, qualifier, unit: 'troops', category: 'personnel' }),
    ]);
  });

  it('prefers the longest qualifier and lowercases it, keeping the verbatim span', () => {
    const input = 'Possibly up to 9,000 soldiers could follow. More than 300 marines landed.';
    expect(findFigures(input, CATEGORIES)).toEqual([
      at(input, 'Possibly up to 9,000 soldiers', { value: 9000, qualifier: 'possibly up to', unit: 'soldiers', category: 'personnel' }),
      at(input, 'More than 300 marines', { value: 300, qualifier: 'more than', unit: 'marines', category: 'personnel' }),
    ]);
  });

  it('reads "several thousand" as the scale with qualifier "several"', () => {
    const input = 'Several thousand troops remain in the region.';
    expect(findFigures(input, CATEGORIES)).toEqual([
      at(input, 'Several thousand troops', { value: 1000, vague: 'thousands', qualifier: 'several', unit: 'troops', category: 'personnel' }),
    ]);
  });
});

describe('findFigures: units and modifiers', () => {
  it('skips capitalised modifiers such as nationalities and keeps the unit noun', () => {
    const input = 'Fredonburg sent 6,000 Freedonian soldiers to the exercise.';
    expect(findFigures(input, CATEGORIES)).toEqual([
      at(input, '6,000 Freedonian soldiers', { value: 6000, qualifier: null, unit: 'soldiers', category: 'personnel' }),
    ]);
  });

  it('reads past a hyphenated modifier that opens with an abbreviation: "three S.R.-trained marines"', () => {
    const figures = (text: string) => findFigures(text, CATEGORIES).map((f) => [f.text, f.unit, f.category]);
    expect(figures('Freedonia sent three S.R.-trained marines to the port.')).toEqual([['three S.R.-trained marines', 'marines', 'personnel']]);
    expect(figures('The U.N.-led force deployed 300 troops.')).toEqual([['300 troops', 'troops', 'personnel']]);
  });

  it('reads past the writer’s quotation marks around modifiers, and not past a quoted noun', () => {
    const read = (input: string) => findFigures(input, CATEGORIES).map((f) => [f.text, f.unit, f.category]);
    expect(read('Freedonia has shipped 300 “modernised” shells to the port.')).toEqual([['300 “modernised” shells', 'shells', 'ordnance']]);
    expect(read('Freedonia sent 12 "elite and seasoned" soldiers.')).toEqual([['12 "elite and seasoned" soldiers', 'soldiers', 'personnel']]);
    expect(read('Berg said 300 “heroes” died.')).toEqual([]);
  });

  it('keeps lowercase compound modifiers in the unit and prefers the longest unit', () => {
    const input = 'Some 800 special forces troops were flown in.';
    expect(findFigures(input, CATEGORIES)).toEqual([
      at(input, 'Some 800 special forces troops', { value: 800, qualifier: 'some', unit: 'special forces troops', category: 'personnel' }),
    ]);
  });

  it('reads past a singular unit noun that modifies a head further on: "two land attack cruise missiles"', () => {
    const withAttacks: FigureCategory[] = [{ id: 'attacks', label: 'Attacks', units: ['attack', 'attacks'], cues: [] }, ...CATEGORIES];
    const read = (input: string) => findFigures(input, withAttacks).map((f) => [f.text, f.category]);
    expect(read('The navy shot down two land attack cruise missiles.')).toEqual([['two land attack cruise missiles', 'ordnance']]);
    expect(read('There were 12 attacks on ships.')).toEqual([['12 attacks', 'attacks']]);
  });

  it.each([
    // A verb in its bare form after the plural head, the singular of a plural unit: the phrase ends before it.
    ['Around 120,000 Sylvanians live in the valley.', [['Around 120,000 Sylvanians', 'Sylvanians', 'population']]],
    ['Some 2,000 Freedonian fighters attack the hills every night.', [['Some 2,000 Freedonian fighters', 'fighters', 'personnel']]],
    ['Forty drones attack the port near Marsh City each week.', [['Forty drones', 'drones', 'ordnance']]],
    // The verb tells what the things counted do, among the categories that list the head.
    ['Roughly 400 cargo ships transit the canal each month.', [['Roughly 400 cargo ships', 'cargo ships', 'traffic']]],
    ['Some 5,000 of the town’s residents live in tents.', [['Some 5,000 of the town’s residents', 'town’s residents', 'population']]],
    // Those who do something now are alive: no loss where the sentence tells of none.
    ['Hundreds of civilians attack the barracks at dawn.', [['Hundreds of civilians', 'civilians', null]]],
    // Must not fire: a count of one takes the singular head; a unit with no plural of its own; a plural head.
    ['One special forces soldier was wounded.', [['One special forces soldier', 'special forces soldier', 'personnel']]],
    ['At least 300 civilians dead in the shelling.', [['At least 300 civilians dead', 'civilians dead', 'losses']]],
    ['Freedonia sent 800 special forces troops.', [['800 special forces troops', 'special forces troops', 'personnel']]],
    ['The navy sent three Marine Corps attack helicopters.', [['three Marine Corps attack helicopters', 'attack helicopters', 'ordnance']]],
  ])('ends the phrase before a verb that is the singular of a plural unit: %j', (input, expected) => {
    const topic: FigureCategory[] = [
      { id: 'population', label: 'Population', units: ['sylvanians', 'residents'], cues: ['live'] },
      { id: 'losses', label: 'Losses', units: ['dead', 'lives', 'civilians'], cues: ['killed'] },
      { id: 'attacks', label: 'Attacks', units: ['attack', 'attacks', 'cargo ships'], cues: ['attack'] },
      { id: 'traffic', label: 'Traffic', units: ['ships', 'transits'], cues: ['transit'] },
      { id: 'personnel', label: 'Personnel', units: ['fighters', 'soldiers', 'special forces troops'], cues: ['sent'] },
      { id: 'ordnance', label: 'Ordnance', units: ['drones', 'helicopters'], cues: [] },
    ];
    expect(findFigures(input, topic).map((f) => [f.text, f.unit, f.category])).toEqual(expected);
  });

  it('finds a unit word inside a hyphenated modifier: "precision-guided munitions" holds "precision munitions"', () => {
    const precise: FigureCategory[] = [{ id: 'strikes', label: 'Strikes', units: ['precision munitions'], cues: [] }];
    expect(findFigures('They used 150 precision-guided munitions.', precise).map((f) => [f.text, f.unit, f.category])).toEqual([
      ['150 precision-guided munitions', 'precision-guided munitions', 'strikes'],
    ]);
    // Without the word the unit needs, no match (kept uncategorised, as any count of 100 or more).
    expect(findFigures('They used 150 guided munitions.', precise).map((f) => f.category)).toEqual([null]);
  });

  it('reads a coordinated unit such as "artillery and mortar rounds"', () => {
    const input = 'Altogether, more than four million artillery and mortar rounds have been supplied, it said.';
    expect(findFigures(input, CATEGORIES)).toEqual([
      at(input, 'more than four million artillery and mortar rounds', {
        value: 4000000,
        qualifier: 'more than',
        unit: 'artillery and mortar rounds',
        category: 'ordnance',
      }),
    ]);
  });

  it('reads a long coordinated unit after a two-word demonym', () => {
    const input = 'He agreed to send 6,000 North Freedonian engineering and military construction personnel to the port.';
    expect(findFigures(input, CATEGORIES)).toEqual([
      at(input, '6,000 North Freedonian engineering and military construction personnel', {
        value: 6000,
        qualifier: null,
        unit: 'engineering and military construction personnel',
        category: 'personnel',
      }),
    ]);
  });

  it('reads a coordinated unit whose first word is itself a unit noun', () => {
    const input = 'In all, more than 300 artillery and mortar rounds were shipped.';
    const units: FigureCategory[] = [{ id: 'ordnance', label: 'Ordnance', units: ['rounds of artillery', 'rounds'], cues: [] }];
    expect(findFigures(input, units)).toEqual([
      at(input, 'more than 300 artillery and mortar rounds', { value: 300, qualifier: 'more than', unit: 'artillery and mortar rounds', category: 'ordnance' }),
    ]);
  });

  it('matches a coordinated unit as a whole ("killed and wounded")', () => {
    const input = 'The unit had some 2,000 killed and wounded.';
    const losses: FigureCategory[] = [{ id: 'losses', label: 'Losses', units: ['killed', 'killed and wounded'], cues: [] }];
    expect(findFigures(input, losses)).toEqual([
      at(input, 'some 2,000 killed and wounded', { value: 2000, qualifier: 'some', unit: 'killed and wounded', category: 'losses' }),
    ]);
  });

  it('falls back to the first of two coordinated words when only it is a unit', () => {
    const input = 'It said 400 killed and captured.';
    const losses: FigureCategory[] = [{ id: 'losses', label: 'Losses', units: ['killed'], cues: [] }];
    expect(findFigures(input, losses)).toEqual([at(input, '400 killed', { value: 400, qualifier: null, unit: 'killed', category: 'losses' })]);
  });

  it('leaves words such as "more" or "additional" out of the unit', () => {
    const input = 'The country will deploy 2,000 more troops and an additional 500 marines.';
    expect(findFigures(input, CATEGORIES)).toEqual([
      at(input, '2,000 more troops', { value: 2000, qualifier: null, unit: 'troops', category: 'personnel' }),
      at(input, 'an additional 500 marines', { value: 500, qualifier: 'an additional', unit: 'marines', category: 'personnel' }),
    ]);
  });

  it('stops the unit at a preposition or verb', () => {
    const input = 'The army has suffered over 90,000 casualties of all kinds since spring.';
    expect(findFigures(input, CATEGORIES)).toEqual([
      at(input, 'over 90,000 casualties', { value: 90000, qualifier: 'over', unit: 'casualties', category: 'losses' }),
    ]);
  });

  it('matches a singular unit against a plural unit noun', () => {
    const input = 'Only one soldier stayed at the post.';
    expect(findFigures(input, CATEGORIES)).toEqual([at(input, 'one soldier', { value: 1, qualifier: null, unit: 'soldier', category: 'personnel' })]);
  });

  it('keeps large counts whose unit matches no category, with category null', () => {
    const input = 'Inspectors counted 14,000 containers at the port.';
    expect(findFigures(input, CATEGORIES)).toEqual([
      at(input, '14,000 containers', { value: 14000, qualifier: null, unit: 'containers', category: null }),
    ]);
  });

  it('lets a unit end with "in total" and keeps it as the qualifier', () => {
    const input = 'The country has sent 5,500 soldiers in total, the minister said.';
    expect(findFigures(input, CATEGORIES)).toEqual([
      at(input, '5,500 soldiers in total', { value: 5500, qualifier: 'in total', unit: 'soldiers', category: 'personnel' }),
    ]);
  });

  it('reads an "N-strong" group and the noun after it', () => {
    const input = 'A 4,000-strong contingent was put on alert.';
    const withContingent: FigureCategory[] = [{ id: 'personnel', label: 'Personnel', units: ['troops', 'contingent'], cues: [] }];
    expect(findFigures(input, withContingent)).toEqual([
      at(input, '4,000-strong contingent', { value: 4000, qualifier: null, unit: 'contingent', category: 'personnel' }),
    ]);
  });

  it.each([
    ['Its twenty-five-member crew remains in custody.', [['twenty-five-member crew', 25, 'crew', 'crews']]],
    ['The twenty-two-strong crew was rescued.', [['twenty-two-strong crew', 22, 'crew', 'crews']]],
    ['Its 25-member crew remains in custody.', [['25-member crew', 25, 'crew', 'crews']]],
    ['A 2,000-strong naval contingent was sent.', [['2,000-strong naval contingent', 2000, 'naval contingent', 'personnel']]],
    ['A two-thousand-strong force was sent.', [['two-thousand-strong force', 2000, 'force', 'personnel']]],
    // A size of a group that is no unit of the topic and no armed force counts nothing the topic tracks.
    ['The five-member council met on Tuesday.', []],
    ['The 5-member council met on Tuesday.', []],
    ['A 40-strong crowd gathered.', []],
  ])('reads the size of a group in digits or words, up to the unit it sizes: %j', (input, expected) => {
    const crews: FigureCategory[] = [...CATEGORIES, { id: 'crews', label: 'Crews', units: ['crew'], cues: [] }];
    expect(findFigures(input, crews).map((f) => [f.text, f.value, f.unit, f.category])).toEqual(expected);
  });

  it('reads a calibre ("152 mm shells") as a size, not a count of what follows', () => {
    const shells: FigureCategory[] = [{ id: 'ordnance', label: 'Ordnance', units: ['shells', 'rounds'], cues: [] }];
    const text = 'It amounts to more than 12 million rounds of 152 mm shells.';
    expect(findFigures(text, shells).map((f) => f.text)).toEqual(['more than 12 million rounds']);
    expect(findFigures('Freedonia sent 152 shells.', shells).map((f) => f.text)).toEqual(['152 shells']);
  });

  it('reads "N-member" and "N-man" groups as their size, and other compounds as no count', () => {
    const withCrew: FigureCategory[] = [{ id: 'personnel', label: 'Personnel', units: ['troops', 'crew', 'unit'], cues: [] }];
    const crew = 'The tanker and its 25-member crew were held.';
    expect(findFigures(crew, withCrew)).toEqual([at(crew, '25-member crew', { value: 25, qualifier: null, unit: 'crew', category: 'personnel' })]);
    const unit = 'A 50-man unit arrived.';
    expect(findFigures(unit, withCrew)).toEqual([at(unit, '50-man unit', { value: 50, qualifier: null, unit: 'unit', category: 'personnel' })]);
    expect(findFigures('A 3-day crew rotation began.', withCrew)).toEqual([]);
  });
});

describe('findFigures: elided units', () => {
  it('borrows the unit of the nearest earlier figure in the sentence after "a total of"', () => {
    const input = 'The army moved some 2,000 soldiers north this week, with a total of 9,000 expected to arrive by spring.';
    expect(findFigures(input, CATEGORIES)).toEqual([
      at(input, 'some 2,000 soldiers', { value: 2000, qualifier: 'some', unit: 'soldiers', category: 'personnel' }),
      at(input, 'a total of 9,000', { value: 9000, qualifier: 'a total of', unit: 'soldiers', category: 'personnel' }),
    ]);
  });

  it('borrows after "N in total"', () => {
    const input = 'About 1,200 marines have landed and 3,000 in total will follow.';
    expect(findFigures(input, CATEGORIES)).toEqual([
      at(input, 'About 1,200 marines', { value: 1200, qualifier: 'about', unit: 'marines', category: 'personnel' }),
      at(input, '3,000 in total', { value: 3000, qualifier: 'in total', unit: 'marines', category: 'personnel' }),
    ]);
  });

  it('borrows from the following figure in "from N to M"', () => {
    const input = 'The garrison grew from 2,000 to 5,000 troops over the summer.';
    expect(findFigures(input, CATEGORIES)).toEqual([
      at(input, '2,000', { value: 2000, qualifier: null, unit: 'troops', category: 'personnel' }),
      at(input, '5,000 troops', { value: 5000, qualifier: null, unit: 'troops', category: 'personnel' }),
    ]);
  });

  it('does not borrow across a sentence boundary', () => {
    const input = 'Some 2,000 soldiers moved north. A total of 9,000 are expected.';
    expect(findFigures(input, CATEGORIES)).toEqual([
      at(input, 'Some 2,000 soldiers', { value: 2000, qualifier: 'some', unit: 'soldiers', category: 'personnel' }),
    ]);
  });

  it('skips an elided figure with nothing to borrow from', () => {
    expect(findFigures('A total of 9,000 are expected by spring.', CATEGORIES)).toEqual([]);
  });

  it('gives a part of the figure after it that figure’s unit: "At least 900 of the 12,000 soldiers"', () => {
    const input = 'At least 900 of the 12,000 soldiers deployed in May were wounded.';
    expect(findFigures(input, CATEGORIES).map((f) => [f.text, f.unit])).toEqual([
      ['At least 900', 'soldiers'],
      ['12,000 soldiers', 'soldiers'],
    ]);
    expect(findFigures(input, CATEGORIES)[0]?.category).toBe('losses');
  });

  it('counts a bare number after "of" by the unit or cue noun before it: "losses of 300"', () => {
    expect(findFigures('The navy reported losses of 300 in the strait.', CATEGORIES).map((f) => [f.text, f.category])).toEqual([['300', 'losses']]);
    expect(findFigures('The port handled a total of 300 in March.', CATEGORIES)).toEqual([]);
  });

  it('counts "N others" as what the figure before it in the sentence counts, its own clause deciding', () => {
    const input = 'The shelling left five soldiers dead and injuries to six others. Two others stayed home.';
    expect(findFigures(input, CATEGORIES).map((f) => [f.text, f.unit, f.category])).toEqual([
      ['five soldiers dead', 'soldiers dead', 'losses'],
      ['six others', 'others', 'losses'],
    ]);
    const wounded = 'Five soldiers were deployed and six others were wounded.';
    expect(findFigures(wounded, CATEGORIES).map((f) => [f.text, f.category])).toEqual([
      ['Five soldiers', 'personnel'],
      ['six others', 'losses'],
    ]);
  });

  it.each([
    ['The blast killed a policeman and wounded six others.', [['six others', 'losses']]],
    ['The shelling killed the mayor and hurt three others.', [['three others', 'losses']]],
    // A verb that cues no category of people, or none at all: no figure.
    ['The minister met two others.', []],
    ['The governor named a deputy and appointed two others.', []],
  ])('counts "N others" with no count before by the verb it is the object of: %j', (input, expected) => {
    expect(findFigures(input, CATEGORIES).map((f) => [f.text, f.category])).toEqual(expected);
  });
});

describe('findFigures: a few of anyone', () => {
  const PEOPLE: FigureCategory[] = [
    { id: 'personnel', label: 'Personnel deployed', units: ['men', 'troops'], cues: ['sent', 'deployed'] },
    { id: 'losses', label: 'Losses', units: ['people', 'casualties'], cues: ['killed', 'injured'] },
  ];
  const read = (input: string) => findFigures(input, PEOPLE).map((m) => [m.text, m.category]);

  it('leaves out a small count of men or people the sentence tells nothing of the topic about', () => {
    expect(read('The ministry posted a video of two men shaking hands.')).toEqual([]);
    expect(read('Three people attended the ceremony in Fredonburg.')).toEqual([]);
    expect(read('Freedonia imposed sanctions on 13 people and entities.')).toEqual([]);
  });

  it('keeps them when the sentence cues their category, or when they are many', () => {
    expect(read('Two men were sent to the port.')).toEqual([['Two men', 'personnel']]);
    expect(read('Three people were killed.')).toEqual([['Three people', 'losses']]);
    // Told in words the cues do not list ("hurt" for "injured").
    expect(read('Some 40 people were hurt.')).toEqual([['Some 40 people', 'losses']]);
    // Told dead by the noun they are "of".
    expect(read('The bodies of 27 people were recovered from the rubble in Marsh City.')).toEqual([['27 people', 'losses']]);
    expect(read('The funerals of 12 people were held in Fredonburg.')).toEqual([['12 people', 'losses']]);
    expect(read('Some 300 men waited in the port.')).toEqual([['Some 300 men', 'personnel']]);
    expect(read('Two troops waited in the port.')).toEqual([['Two troops', 'personnel']]);
  });

  it.each([
    // Many, and a passive says what befell them that no category counts: nothing.
    ['Around 240 people were kidnapped in the raid.', []],
    ['Hundreds of people were gathered at the depot when it exploded.', []],
    ['About 500 men had been detained by the police.', []],
    // The passive tells what the category counts, in the cues' words or in usual ones.
    ['Around 240 people were killed in the raid.', [['Around 240 people', 'losses']]],
    ['Some 400 people were hurt in the blast.', [['Some 400 people', 'losses']]],
    ['The raid, killing around 1,200 people, shocked the region.', [['around 1,200 people', 'losses']]],
    ['The raid, killing 40 people, shocked the region.', [['40 people', 'losses']]],
    ['A strike that kills 12 people is a crime.', [['12 people', 'losses']]],
    // Many told by an active verb stay, as before.
    ['Some 300 men gathered in the port.', [['Some 300 men', 'personnel']]],
  ])('reads a count of anyone of any size by the passive told of it: %j', (input, expected) => {
    expect(read(input)).toEqual(expected);
  });
});

describe('findFigures: a list of counts of people sharing one predicate', () => {
  const PEOPLE: FigureCategory[] = [
    { id: 'personnel', label: 'Personnel deployed', units: ['troops'], cues: ['sent', 'deployed'] },
    { id: 'losses', label: 'Losses', units: ['civilians', 'casualties'], cues: ['killed', 'injured'] },
  ];
  const read = (input: string) => findFigures(input, PEOPLE).map((m) => [m.text, m.category]);

  it.each([
    // Counts of people no category lists take the predicate the list shares after its last item.
    ['Five civilians, two journalists and three medics were killed.', [['Five civilians', 'losses'], ['two journalists', 'losses'], ['three medics', 'losses']]],
    ['Officials said 40 civilians, 12 members of the city guard, and two nurses were killed.', [['40 civilians', 'losses'], ['12 members', 'losses'], ['two nurses', 'losses']]],
    ['Two medics and 300 troops were sent to the port.', [['Two medics', 'personnel'], ['300 troops', 'personnel']]],
    // No shared predicate, no list, or a list of things: nothing for the people.
    ['Two journalists, five of them local, arrived.', []],
    ['Two journalists met three civilians who were killed.', [['three civilians', 'losses']]],
    ['Two journalists, three cameras and four tripods were seized.', []],
  ])('%j', (input, expected) => {
    expect(read(input)).toEqual(expected);
  });
});

describe('findFigures: "tens of"', () => {
  it('reads "tens of casualties" as a vague amount, and keeps "tens of thousands" whole', () => {
    const read = (input: string) => findFigures(input, CATEGORIES).map((m) => [m.text, m.vague, m.category]);
    expect(read('There were reports of tens of casualties.')).toEqual([['tens of casualties', 'tens', 'losses']]);
    expect(read('Tens of thousands of troops crossed.')).toEqual([['Tens of thousands of troops', 'tens of thousands', 'personnel']]);
  });
});

describe('findFigures: negated bounds', () => {
  it('keeps "no fewer than", "not less than", "no more than" whole as the qualifier', () => {
    const read = (input: string) => findFigures(input, CATEGORIES).map((m) => [m.text, m.qualifier]);
    expect(read('No fewer than 3,000 troops crossed.')).toEqual([['No fewer than 3,000 troops', 'no fewer than']]);
    expect(read('It sent not less than 3,000 troops and no more than 500 marines.')).toEqual([
      ['not less than 3,000 troops', 'not less than'],
      ['no more than 500 marines', 'no more than'],
    ]);
  });
});

describe('findFigures: ranges', () => {
  it('reads "between N and M" as one mention with the lower value and an upper bound', () => {
    const input = 'The agency estimated between 3,000 and 4,000 troops had crossed.';
    expect(findFigures(input, CATEGORIES)).toEqual([
      { ...at(input, 'between 3,000 and 4,000 troops', { value: 3000, qualifier: 'between', unit: 'troops', category: 'personnel' }), upper: 4000 },
    ]);
  });

  it('reads "N to M" and "N-M" as ranges', () => {
    const input = 'It said 5,000 to 6,000 soldiers and 700-800 marines took part.';
    expect(findFigures(input, CATEGORIES)).toEqual([
      { ...at(input, '5,000 to 6,000 soldiers', { value: 5000, qualifier: 'between', unit: 'soldiers', category: 'personnel' }), upper: 6000 },
      { ...at(input, '700-800 marines', { value: 700, qualifier: 'between', unit: 'marines', category: 'personnel' }), upper: 800 },
    ]);
  });

  it('scales the lower end by the scale word written once after the upper end: "10 to 12 thousand troops"', () => {
    const ends = (input: string) => findFigures(input, CATEGORIES).map((m) => [m.text, m.value, m.upper]);
    expect(ends('It sent 10 to 12 thousand troops.')).toEqual([['10 to 12 thousand troops', 10000, 12000]]);
    expect(ends('They shipped two or three million shells.')).toEqual([['two or three million shells', 2000000, 3000000]]);
    // A lower end with a scale of its own, or one the scale would lift past the upper end, is as written.
    expect(ends('It sent two thousand to three thousand troops.')).toEqual([['two thousand to three thousand troops', 2000, 3000]]);
    expect(ends('They shipped 500 to 2 million shells.')).toEqual([['500 to 2 million shells', 500, 2000000]]);
  });
});

describe('findFigures: categories', () => {
  const shared: FigureCategory[] = [
    { id: 'deployed', label: 'Deployed', units: ['soldiers'], cues: ['sent', 'deployed'] },
    { id: 'killed', label: 'Killed', units: ['soldiers', 'dead'], cues: ['killed', 'died'] },
  ];

  it('breaks ties between categories sharing a unit with cue words in the sentence', () => {
    const input = 'More than 2,000 soldiers were killed. Some 4,000 soldiers were sent.';
    expect(findFigures(input, shared).map((m) => [m.text, m.category])).toEqual([
      ['More than 2,000 soldiers', 'killed'],
      ['Some 4,000 soldiers', 'deployed'],
    ]);
  });

  it('falls back to the first listed category when no cue decides', () => {
    expect(findFigures('There are 4,000 soldiers there.', shared).map((m) => m.category)).toEqual(['deployed']);
  });

  it('never files people under deaths listed first when nothing in the sentence tells of a loss', () => {
    // The category of deaths listed first, as a topic may list it: order alone must not make presence a loss.
    const deathsFirst: FigureCategory[] = [
      { id: 'killed', label: 'Killed', units: ['soldiers', 'peacekeepers', 'dead'], cues: ['killed', 'died'] },
      { id: 'deployed', label: 'Deployed', units: ['soldiers', 'peacekeepers'], cues: ['sent', 'deployed'] },
    ];
    const cases: [string, string][] = [
      ['Sylvania has about 2,000 peacekeepers in the region.', 'deployed'],
      ['Sylvania, which has had hundreds of soldiers there for years, said nothing.', 'deployed'],
      ['Marsh City keeps 2,000 soldiers in the enclave under a 2020 deal.', 'deployed'],
      ['Freedonia has 60,000 soldiers on the border.', 'deployed'],
      // A cue, or words of loss the cues do not list, leave the tie to the cues and the order listed.
      ['More than 2,000 soldiers were killed.', 'killed'],
      ['Among the victims were 12 soldiers.', 'killed'],
      ['Freedonia buried 30 soldiers on Friday.', 'killed'],
      ['The shelling left 15 soldiers in hospital.', 'killed'],
      ['Freedonia mourned 200 soldiers.', 'killed'],
    ];
    for (const [input, category] of cases) expect(findFigures(input, deathsFirst).map((m) => m.category), input).toEqual([category]);
    // With no category of deaths among those tied, the first listed still wins.
    expect(findFigures('There are 4,000 soldiers there.', shared).map((m) => m.category)).toEqual(['deployed']);
  });

  it('keeps every span verbatim at its index', () => {
    const input = 'About 1,200 marines, nearly 40,000 casualties and between 3,000 and 4,000 troops; a total of 9,000 expected.';
    const mentions = findFigures(input, CATEGORIES);
    expect(mentions).toHaveLength(4);
    for (const m of mentions) expect(input.slice(m.index, m.index + m.text.length)).toBe(m.text);
  });
});
