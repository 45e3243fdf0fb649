import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

/**
 * Test categories, built here so the tests do not depend on one briefing's topic data. "Workers" are
 * listed among casualties only and "hospitals" cues them, so a group of workers a sentence puts in
 * hospitals reads as casualties; "doctors" and "nurses" no category lists.
 */
const CATEGORIES: FigureCategory[] = [
  { id: 'displaced', label: 'Displaced', units: ['refugees', 'people', 'families'], cues: ['fled', 'arrived', 'crossed'] },
  { id: 'casualties', label: 'Casualties', units: ['people', 'workers', 'soldiers', 'dead'], cues: ['killed', 'wounded', 'hospitals'] },
];

/** Each figure as [text, category]. */
function read(text: string): [string, string | null][] {
  return findFigures(text, CATEGORIES).map((m) => [m.text, m.category]);
}

describe('findFigures: a relative clause after a count, or after the last count of a list, tells what happened to them', () => {
  it.each([
    // A clause between dashes; what follows the closing dash belongs to the verb that governs them.
    ['The ministry placed 300 nurses – who fled Fredonburg in May – in hospitals across the country.', [['300 nurses', 'displaced']]],
    ['The ministry placed 300 nurses — who had crossed the border in May — in hospitals across the country.', [['300 nurses', 'displaced']]],
    // A list no verb has for its subject shares the relative clause after its last item.
    [
      'The agency is helping the ministry place health workers, including 300 doctors and 1,200 nurses – who arrived from Marsh City on Saturday – in clinics and hospitals.',
      [['300 doctors', 'displaced'], ['1,200 nurses', 'displaced']],
    ],
    ['The charity trained workers, including 30 doctors and 20 nurses who were wounded in May.', [['30 doctors', 'casualties'], ['20 nurses', 'casualties']]],
    ['Among those treated were 30 doctors and 20 nurses who fled Fredonburg.', [['30 doctors', 'displaced'], ['20 nurses', 'displaced']]],
    ['Officials registered 300 people and 400 families who fled Fredonburg.', [['300 people', 'displaced'], ['400 families', 'displaced']]],
  ])('fires: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // The verb the count is the object of tells what happened to them, whatever the clause after the dash says.
    ['Militias killed 300 nurses – who fled Fredonburg in May – near the border.', [['300 nurses', 'casualties']]],
    ['Militias killed 300 nurses, who fled Fredonburg in May, near the border.', [['300 nurses', 'casualties']]],
    // So does the verb a list is the object of, for every item, though the relative clause follows the last one.
    ['Militias killed 300 soldiers and 400 families who fled Fredonburg.', [['300 soldiers', 'casualties'], ['400 families', 'casualties']]],
    ['Shelling wounded 300 people and 400 families – who fled Fredonburg – near the border.', [['300 people', 'casualties'], ['400 families', 'casualties']]],
    // A counted group decides what its parts are.
    [
      'The shelling wounded 60 health workers, including 30 doctors and 20 nurses who had arrived from Marsh City.',
      [['60 health workers', 'casualties'], ['30 doctors', 'casualties'], ['20 nurses', 'casualties']],
    ],
    ['Officials registered 300 refugees, including 30 doctors and 20 nurses – who were wounded – at the border.', [['300 refugees', 'displaced'], ['30 doctors', 'displaced'], ['20 nurses', 'displaced']]],
    // A verb after the list is the clause's own.
    ['Health workers, including 300 doctors and 400 nurses, were killed in the shelling.', [['300 doctors', 'casualties'], ['400 nurses', 'casualties']]],
  ])('does not fire: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

/** Test categories with a population, whose cue "lived" a relative clause may hold. */
const WITH_POPULATION: FigureCategory[] = [
  { id: 'displaced', label: 'Displaced', units: ['refugees', 'people', 'families', 'residents'], cues: ['fled', 'arrived', 'crossed', 'left'] },
  { id: 'casualties', label: 'Casualties', units: ['people', 'soldiers', 'dead'], cues: ['killed', 'wounded'] },
  { id: 'population', label: 'Population', units: ['people', 'residents', 'inhabitants'], cues: ['live', 'lived', 'living', 'remain'] },
];

describe('findFigures: the main verb after a relative clause tells what happened to the counted, where it cues a category', () => {
  const readAll = (text: string) => findFigures(text, WITH_POPULATION).map((m) => [m.text, m.category]);

  it.each([
    ['Some 100,000 people who lived in the enclave have fled to Sylvania.', [['Some 100,000 people', 'displaced']]],
    ['Some 2,000 residents who fled the town were killed.', [['Some 2,000 residents', 'casualties']]],
    ['About 5,000 inhabitants who lived in Marsh City were wounded in the shelling.', [['About 5,000 inhabitants', 'casualties']]],
  ])('fires: %s', (text, expected) => {
    expect(readAll(text)).toEqual(expected);
  });

  it.each([
    // The main verb cues nothing: the relative clause says what they are.
    ['300 soldiers who were wounded have returned home.', [['300 soldiers', 'casualties']]],
    ['The 120,000 people who live in the region are under blockade.', [['120,000 people', 'population']]],
    ['Some 100,000 people who lived in the enclave remain there.', [['Some 100,000 people', 'population']]],
  ])('does not fire: %s', (text, expected) => {
    expect(readAll(text)).toEqual(expected);
  });
});
