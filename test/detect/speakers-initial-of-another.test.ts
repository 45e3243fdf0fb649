import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The actor and government of the last statement. */
const credit = (paragraphs: string[]) => {
  const found = statements(paragraphs).at(-1);
  return [found?.speaker.actor ?? null, found?.government ?? null];
};

describe('an initial before a surname the topic data knows: the listed person only when it opens one of their names', () => {
  it.each([
    [['A. Ruhl said the port was closed.']],
    [['J. Berg said the port was closed.']],
    [['Karl Ruhl, an opposition deputy, spoke first.', '“The port is closed,” K. Ruhl said.']],
  ])('%j is someone else, of no side the data gives', (paragraphs) => {
    expect(credit(paragraphs)).toEqual([null, null]);
  });

  it.each([
    [['T. Ruhl said the port was closed.'], ['tomas-ruhl', 'sylvania']],
    [['A. Berg said the port was closed.'], ['anna-berg', 'freedonia']],
    [['Ruhl said the port was closed.'], ['tomas-ruhl', 'sylvania']],
    [['Tomas Ruhl said the port was closed.'], ['tomas-ruhl', 'sylvania']],
  ])('%j is the listed person', (paragraphs, expected) => {
    expect(credit(paragraphs)).toEqual(expected);
  });
});
