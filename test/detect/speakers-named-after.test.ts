import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/**
 * "A Freedonian spokesperson said … ¶ …, said Freedonian spokesperson, Anna Berg.": someone a lead
 * introduces by an indefinite description of their office is the person the article names later with
 * that office as a title before the name, as a careful reader takes them (corpus README: the name
 * when the article gives it anywhere). The first statement had kept the description alone.
 */

/** The speaker of the first paragraph's first statement: the actor, else the description. */
const firstSpeaker = (paragraphs: string[]) => {
  const first = statements(paragraphs).find((m) => m.paragraph === 1);
  return first ? (first.speaker.actor ?? first.speaker.description) : null;
};

describe('a speaker described, then named with the same office as a title', () => {
  it.each<[string, string[], string]>([
    [
      'the whole description repeated before the name',
      ['A Freedonian spokesperson said on Friday that the raids had killed five sailors.', 'The raids would not go unanswered, said Freedonian spokesperson, Anna Berg.'],
      'anna-berg',
    ],
    [
      'a description with its complement, the title opening the next paragraph',
      ['A spokesperson for the State Bureau says the bureau will reply to the raids.', 'Spokesperson Anna Berg told the Courier there were no injuries.'],
      'anna-berg',
    ],
    [
      '"the <office>," pointing back, a rank between',
      ['A Sylvanian spokesman claimed the rebels had struck the ship.', 'The spokesman, Col. Tomas Ruhl, also said the vessel was heading to Marsh City.'],
      'tomas-ruhl',
    ],
  ])('%s', (_label, paragraphs, expected) => {
    expect(firstSpeaker(paragraphs)).toBe(expected);
  });

  // Near misses: the description stays.
  it.each<[string, string[], string]>([
    [
      'an office told in an apposition after the name, which may be another holder’s',
      ['A Sylvanian envoy said the talks could lead to a treaty.', 'Talks are hard, said Tomas Ruhl, the Sylvanian president’s special envoy.'],
      'A Sylvanian envoy',
    ],
    [
      'a word of the description the title does not repeat',
      ['An anonymous Freedonian spokesperson said the port was closed.', 'The port reopened, said Freedonian spokesperson Anna Berg.'],
      'An anonymous Freedonian spokesperson',
    ],
    [
      'the person named speaks for another side',
      ['A Freedonian spokesperson said the port was closed.', 'The port reopened, said spokesperson Tomas Ruhl.'],
      'A Freedonian spokesperson',
    ],
    [
      'an office that is no title before the name',
      ['A Freedonian spokesperson said the port was closed.', 'The spokesperson’s office later confirmed that Anna Berg had left.'],
      'A Freedonian spokesperson',
    ],
  ])('%s', (_label, paragraphs, expected) => {
    expect(firstSpeaker(paragraphs)).toBe(expected);
  });

  it('a person named before the description is someone else', () => {
    const mentions = statements(['Freedonian spokesperson Anna Berg said the port was closed.', 'A Freedonian spokesperson said later that the port had reopened.']);
    expect(mentions.filter((m) => m.paragraph === 2).map((m) => m.speaker.actor ?? m.speaker.description)).toEqual(['A Freedonian spokesperson']);
  });
});
