import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The last statement's speaker (actor, else words) and government. */
const lastCredit = (paragraphs: string[]) => {
  const last = statements(paragraphs).at(-1);
  return [last?.speaker.actor ?? last?.speaker.description ?? last?.speaker.name, last?.government ?? null];
};

describe('"each soldier" is all of them: a later "he" still means the person named before', () => {
  it.each([
    [['Tomas Ruhl praised the crews as “a loyal army.”', 'Photos showed Ruhl at the wall, with each soldier’s name written in gold.', '“My heart is heavy,” he said in a speech.']],
    [['Tomas Ruhl praised the crews as “a loyal army.”', 'Every fallen soldier was given a medal at the ceremony.', '“We will not forget them,” he said.']],
    [['Tomas Ruhl praised the crews as “a loyal army.”', 'Each prisoner received a blanket and a meal.', '“They are safe now,” he said.']],
    [['Tomas Ruhl praised the crews as “a loyal army.”', 'Ruhl greeted every refugee at the gate of the camp.', '“They are welcome here,” he said.']],
  ])('%j', (paragraphs) => {
    expect(lastCredit(paragraphs)).toEqual(['tomas-ruhl', 'sylvania']);
  });

  it.each([
    // One private person told of: "he" may be them, so the minister is not credited.
    [['Tomas Ruhl praised the crews as “a loyal army.”', 'Photos showed Ruhl at the wall, beside the soldier’s mother.', '“My heart is heavy,” he said in a speech.']],
    [['Tomas Ruhl praised the crews as “a loyal army.”', 'A wounded soldier was given a medal at the ceremony.', '“We will not forget them,” he said.']],
    [['Tomas Ruhl praised the crews as “a loyal army.”', 'The prisoner received a blanket and a meal.', '“They are safe now,” he said.']],
    [['Tomas Ruhl praised the crews as “a loyal army.”', 'Ruhl greeted a refugee at the gate of the camp.', '“They are welcome here,” he said.']],
  ])('near miss: %j', (paragraphs) => {
    expect(lastCredit(paragraphs)[0]).not.toBe('tomas-ruhl');
  });
});
