import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The government of the first statement. */
const firstGovernment = (sentence: string) => statements([sentence])[0]?.government;

describe('"a Sylvanian church official said": an office of civil society, told by the noun before it, speaks for no government', () => {
  it.each([
    'A Sylvanian church official said the monasteries were at risk.',
    'A Freedonian charity director said the camps were full.',
    'A Sylvanian university official said the students had fled.',
    'A Freedonian NGO official said the convoy was stopped.',
    'A Sylvanian hospital director said 40 wounded had arrived.',
    'A Freedonian diaspora leader said the exodus must be investigated.',
  ])('%s', (sentence) => {
    expect(firstGovernment(sentence)).toBeNull();
  });

  it.each([
    ['A Sylvanian government official said the monasteries were at risk.', 'sylvania'],
    ['A Freedonian ministry official said the camps were full.', 'freedonia'],
    ['A Sylvanian military official said the students had fled.', 'sylvania'],
    ['A Freedonian defence official said the convoy was stopped.', 'freedonia'],
    ['A senior Sylvanian official said 40 wounded had arrived.', 'sylvania'],
    ['A Freedonian foreign ministry spokesman said the exodus must be investigated.', 'freedonia'],
  ])('near miss: %s', (sentence, expected) => {
    expect(firstGovernment(sentence)).toBe(expected);
  });
});
