import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The last statement's speaker actor (or name) and government. */
function lastSpeaker(paragraphs: string[]): [string | null, string | null] | null {
  const found = statements(paragraphs).at(-1);
  return found ? [found.speaker.actor ?? found.speaker.name, found.government] : null;
}

describe('"he said" after a sentence whose named subject follows a fronted clause: that person, not the speaker before', () => {
  it.each<[string, string[], [string | null, string | null]]>([
    [
      'a clause of being questioned before the person',
      ['Anna Berg said on Monday that the convoy had turned back.', 'When questioned by reporters about the convoy, Defence Minister Tomas Ruhl refrained from any comment. He remarked, “There are many stories.”'],
      ['tomas-ruhl', 'sylvania'],
    ],
    [
      'a clause of being asked before the person',
      ['Anna Berg said on Monday that the convoy had turned back.', 'Asked about the reports, Tomas Ruhl declined to go into detail. He said, “We will not comment.”'],
      ['tomas-ruhl', 'sylvania'],
    ],
    [
      'a clause of time before the person',
      ['Tomas Ruhl said on Monday that the port was shut.', 'While the talks went on in Marsh City, Anna Berg stayed away from the press. She said, “The bureau is waiting.”'],
      ['anna-berg', 'freedonia'],
    ],
    [
      'a clause of responding before the person',
      ['Tomas Ruhl said on Monday that the port was shut.', 'Responding to the Sylvanian claims, Anna Berg avoided the question. She said the bureau would look into it.'],
      ['anna-berg', 'freedonia'],
    ],
    // Near misses: with no person after the clause, or with the pronoun's own speaker named, the pronoun
    // keeps the speaker before; a clause with no comma names no subject.
    [
      'a fronted clause followed by no person',
      ['Anna Berg said on Monday that the convoy had turned back.', 'When asked about the convoy, the ministry gave no details. She said, “We are checking.”'],
      ['anna-berg', 'freedonia'],
    ],
    [
      'a fronted clause followed by a plain noun',
      ['Tomas Ruhl said on Monday that the port was shut.', 'While the talks went on, ships waited off the coast. He said the port would reopen.'],
      ['tomas-ruhl', 'sylvania'],
    ],
    [
      'the same speaker after the clause',
      ['Anna Berg said on Monday that the convoy had turned back.', 'Asked about the reports, Anna Berg declined to go into detail. She said, “We will not comment.”'],
      ['anna-berg', 'freedonia'],
    ],
    [
      'a person named inside the clause, not after it',
      ['Anna Berg said on Monday that the convoy had turned back.', 'When Tomas Ruhl visited the port, the crowds were small. She said, “Nobody came.”'],
      ['anna-berg', 'freedonia'],
    ],
  ])('%s', (_label, paragraphs, expected) => {
    expect(lastSpeaker(paragraphs)).toEqual(expected);
  });
});
