import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/lib/detect/figures/index.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

const REFUGEES: FigureCategory[] = [{ id: 'fled', label: 'Fled', units: ['people', 'refugees'], cues: ['fled', 'arrived', 'resettled'] }];

/**
 * How many a thing suffices for ("enough resources to resettle about 40,000 refugees", "medicines which
 * will cover three months of treatment for up to 50,000 people") is a capacity, no count of anyone who
 * came or was helped (corpus README). People counted beside such words still count.
 */
describe('findFigures: how many a thing suffices for is no count', () => {
  it.each<[string, string[]]>([
    ['Freedonia only has enough resources to resettle about 40,000 refugees.', []],
    ['The agency has sufficient tents for 5,000 refugees.', []],
    ['It is sending medicines which will cover three months of treatment for up to 50,000 people.', []],
    ['The convoy carried enough food to feed 12,000 people for a week.', []],
    // Near misses: people who fled, resettled or were sheltered, with no word of sufficing before them.
    ['Some 40,000 refugees fled, and there is not enough food.', ['Some 40,000 refugees']],
    ['Freedonia has resettled about 40,000 refugees.', ['about 40,000 refugees']],
    ['The report covers the 40,000 refugees who fled Marsh City.', ['40,000 refugees']],
    ['Enough is enough, said the 3,000 refugees who fled.', ['3,000 refugees']],
  ])('%s', (input, expected) => {
    expect(findFigures(input, REFUGEES).map((m) => m.text)).toEqual(expected);
  });
});

const WOUNDED: FigureCategory[] = [{ id: 'losses', label: 'Killed and wounded', units: ['people', 'persons', 'wounded', 'injured'], cues: ['wounded', 'injured', 'killed'] }];

/**
 * Whom supplies are sent to care for, and whose needs aid will meet ("emergency supplies to care for
 * 250 injured people", "the aid will allow to meet the needs of 250 wounded persons"), is a capacity
 * too. People cared for, treated or in need, told without supplies or a need met, still count.
 */
describe('findFigures: whom supplies care for, or whose needs aid meets, is no count', () => {
  it.each<[string, string[]]>([
    ['Sylvania will send a consignment of medical equipment and emergency supplies to care for 250 seriously injured people.', []],
    ['The ambassador said the aid will allow to meet the needs of 250 gravely wounded persons.', []],
    ['The medicines will help meet the urgent needs of up to 400 injured people.', []],
    ['Freedonia flew in medical kits to treat some 300 wounded people.', []],
    // Near misses: the injured who were there, cared for or treated, and needs told of them.
    ['Hospitals in Marsh City struggled to care for 290 injured people.', ['290 injured people']],
    ['Doctors treated 300 wounded people, using supplies from Freedonia.', ['300 wounded people']],
    ['The supplies arrived as 250 injured people waited in Fredonburg.', ['250 injured people']],
    ['The needs are great: 400 people were injured in the blast.', ['400 people']],
  ])('%s', (input, expected) => {
    expect(findFigures(input, WOUNDED).map((m) => m.text)).toEqual(expected);
  });
});
