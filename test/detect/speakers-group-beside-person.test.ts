import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The last statement's speaker actor (or name) and government. */
function lastSpeaker(paragraphs: string[]): [string | null, string | null] | null {
  const found = statements(paragraphs).at(-1);
  return found ? [found.speaker.actor ?? found.speaker.name, found.government] : null;
}

describe('"he" after a sentence about a person acting on a group of private people: that person, once the source calls them so', () => {
  it.each<[string, string[], [string | null, string | null]]>([
    [
      'the named subject, called "his" in a sentence of their own before',
      [
        'Tomas Ruhl said on Monday that the port would reopen, and offered his condolences to the crews.',
        'During the ceremony in Marsh City, Ruhl bowed before the portraits and embraced the families.',
        'He described their loss as a wound and vowed that the state would not forget them.',
      ],
      ['tomas-ruhl', 'sylvania'],
    ],
    [
      'the named subject, called "he" before',
      ['“We will rebuild,” Tomas Ruhl said. He added that the port would reopen.', 'Ruhl then met the widows and parents of the fallen.', '“Their sacrifice will be honoured,” he said.'],
      ['tomas-ruhl', 'sylvania'],
    ],
    [
      'a pronoun for the person in a sentence whose subject is something else',
      [
        '“We will rebuild,” Tomas Ruhl said.',
        'He praised the crews.',
        'Photos from the Ostmark agency showed him embracing wounded sailors and families of the fallen.',
        'He remarked, “Every day seemed like a year.”',
      ],
      ['tomas-ruhl', 'sylvania'],
    ],
    [
      'a woman called "her" before, beside two captured soldiers',
      ['Anna Berg said on Monday that the bureau would pay for her visit.', 'Berg later met two captured Sylvanian soldiers in Fredonburg.', 'She vowed that the bureau would bring them home.'],
      ['anna-berg', 'freedonia'],
    ],
    // Near misses: the pronoun may be one of the group when the source has not called the person by it,
    // calls them by the other one, or the sentence tells of one private person alone or of no person.
    [
      'the person never called by a pronoun',
      ['“We will rebuild,” Tomas Ruhl said.', 'Ruhl then met the widows and parents of the fallen.', '“Their sacrifice will be honoured,” he said.'],
      [null, null],
    ],
    [
      'the pronoun of the other gender',
      ['“We will rebuild,” Tomas Ruhl said.', 'He added that the port would reopen.', 'Ruhl then met the widows of the fallen.', '“My son did his duty,” she said.'],
      [null, null],
    ],
    [
      'one private person told of alone',
      ['“We will rebuild,” Tomas Ruhl said.', 'He added that the port would reopen.', 'Ruhl then met a wounded soldier and the families of the fallen.', '“I want to go home,” he said.'],
      [null, null],
    ],
    [
      'a group with no person acting on it',
      ['“We will rebuild,” Tomas Ruhl said.', 'He added that the port would reopen.', 'Photos of the families of the fallen were shown at the port.', '“Nobody came to help us,” he said.'],
      [null, null],
    ],
    [
      '"his" in a sentence that names another person too',
      [
        'Tomas Ruhl said the talks with Anna Berg and his aides had gone well.',
        'Ruhl then met the widows and parents of the fallen.',
        '“Their sacrifice will be honoured,” he said.',
      ],
      [null, null],
    ],
  ])('%s', (_label, paragraphs, expected) => {
    expect(lastSpeaker(paragraphs)).toEqual(expected);
  });
});
