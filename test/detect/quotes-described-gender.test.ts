import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The last statement's speaker words and government. */
const lastCredit = (paragraphs: string[]) => {
  const last = statements(paragraphs).at(-1);
  return [last?.speaker.description || last?.speaker.name, last?.government ?? null];
};

describe('a described speaker called "he" is not a later "she", nor the other way', () => {
  it.each([
    [['A Sylvanian official said that 25 sailors were killed.', 'He added that two of the dead were civilians.', 'The port is shut. She says the area is her homeland.'], ['She', null]],
    [['A Freedonian diplomat said the talks had stalled.', 'She added that the envoys had left.', 'The port is shut. He says the boats were seized.'], ['He', null]],
  ])('%j', (paragraphs, expected) => {
    expect(lastCredit(paragraphs)).toEqual(expected);
  });

  it.each([
    [['A Sylvanian official said that 25 sailors were killed.', 'He added that two of the dead were civilians.', 'He said the port was shut.'], ['A Sylvanian official', 'sylvania']],
    [['A Freedonian diplomat said the talks had stalled.', 'She added that the envoys had left.', 'She said the boats were seized.'], ['A Freedonian diplomat', 'freedonia']],
  ])('the same pronoun goes on: %j', (paragraphs, expected) => {
    expect(lastCredit(paragraphs)).toEqual(expected);
  });
});
