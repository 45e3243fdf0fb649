import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The last statement's speaker actor (or name) and government. */
function lastSpeaker(paragraphs: string[]): [string | null, string | null] | null {
  const found = statements(paragraphs).at(-1);
  return found ? [found.speaker.actor ?? found.speaker.name, found.government] : null;
}

describe('"he said" after a sentence whose subject is a role with the name in apposition: that person, not the speaker before', () => {
  it.each<[string, string[], [string | null, string | null]]>([
    [
      'a possessive description',
      ['Anna Berg said on Monday that the convoy had turned back.', 'Sylvania’s defence minister, Tomas Ruhl, visited the port on Tuesday. He said, “The port is open.”'],
      ['tomas-ruhl', 'sylvania'],
    ],
    [
      'an article and a demonym',
      ['Tomas Ruhl said on Monday that the port was shut.', 'The Freedonian foreign minister, Anna Berg, met the envoys in Marsh City. She said, “We are waiting.”'],
      ['anna-berg', 'freedonia'],
    ],
    // Near misses: no role before the comma, a place in apposition, or a clause before the comma.
    [
      'a thing described, no role',
      ['Anna Berg said on Monday that the convoy had turned back.', 'The port’s new crane, Big Lift, broke down on Tuesday. She said, “We are checking.”'],
      ['anna-berg', 'freedonia'],
    ],
    [
      'a place in apposition',
      ['Anna Berg said on Monday that the convoy had turned back.', 'The region’s capital, Marsh City, was quiet on Tuesday. She said, “We are checking.”'],
      ['anna-berg', 'freedonia'],
    ],
    [
      'a verb before the comma',
      ['Anna Berg said on Monday that the convoy had turned back.', 'The envoy was late, Sylvanian officials complained on Tuesday. She said, “We are checking.”'],
      ['anna-berg', 'freedonia'],
    ],
  ])('%s', (_label, paragraphs, expected) => {
    expect(lastSpeaker(paragraphs)).toEqual(expected);
  });
});
