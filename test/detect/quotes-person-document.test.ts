import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The last statement's speaker words, actor and government. */
const lastCredit = (paragraphs: string[]) => {
  const last = statements(paragraphs).at(-1);
  return [last?.reported, last?.speaker.actor ?? null, last?.government ?? null];
};

describe("a person's document is that person's, not the last institution's", () => {
  it.each([
    [
      ['A Sylvanian military spokesman said the boats had sunk a freighter.', 'The Defence Ministry said its jets struck the port.', "According to the spokesman's statement, the freighter was carrying arms."],
      ['the freighter was carrying arms', null, 'sylvania'],
    ],
    [['Tomas Ruhl said the boats had sunk a freighter. According to his statement, the freighter was carrying arms.'], ['the freighter was carrying arms', 'tomas-ruhl', 'sylvania']],
    [['Tomas Ruhl said the boats had sunk a freighter. According to his latest statement, the freighter was carrying arms.'], ['the freighter was carrying arms', 'tomas-ruhl', 'sylvania']],
  ])('%j', (paragraphs, expected) => {
    expect(lastCredit(paragraphs)).toEqual(expected);
  });

  it.each([
    // An institution's document still refers back to the institution.
    [['The Defence Ministry said its jets struck the port.', "According to the ministry's statement, the port was closed."], ['the port was closed', 'freedonia-defence-ministry', 'freedonia']],
    // "his statement" with no person to mean: no one's.
    [['The Defence Ministry said its jets struck the port.', 'According to his statement, the port was closed.'], ['the port was closed', null, null]],
  ])('leaves the rest as it was: %j', (paragraphs, expected) => {
    expect(lastCredit(paragraphs)).toEqual(expected);
  });
});
