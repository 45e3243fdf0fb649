import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The one statement's speaker actor and government. */
function speaker(sentence: string): [string | null, string | null] | null {
  const found = statements([sentence]).at(-1);
  return found ? [found.speaker.actor, found.government] : null;
}

describe('a surname the topic data lists, described as a private person or someone’s kin, is another person of that surname', () => {
  const cases: [string, string, [string | null, string | null]][] = [
    ['a teacher in an appositive', 'Ruhl, a teacher, said the shelling began at noon.', [null, null]],
    ['a nurse in an appositive', 'Berg, a nurse at the clinic, said the shelling began at noon.', [null, null]],
    ['a neighbour before the surname', 'Her neighbour Ruhl said he would never go back.', [null, null]],
    ['a trade before the surname', 'The teacher Ruhl said he would never go back.', [null, null]],
    ['a trade with where the person comes from', 'Ruhl, a retired teacher from the same street, said the shelling began at noon.', [null, null]],
    // Near misses: an office, a rank or the listed person's own title keeps the person the data lists.
    ['an office in an appositive', 'Ruhl, a veteran diplomat, said the shelling began at noon.', ['tomas-ruhl', 'sylvania']],
    ['a rank in an appositive', 'Ruhl, a senior officer, said the shelling began at noon.', ['tomas-ruhl', 'sylvania']],
    ['the listed title before the surname', 'Defence Minister Ruhl said he would never go back.', ['tomas-ruhl', 'sylvania']],
    ['the side’s office in an appositive', 'Ruhl, Sylvania’s defence minister, said the shelling began at noon.', ['tomas-ruhl', 'sylvania']],
  ];
  it.each(cases)('%s', (_, sentence, expected) => {
    expect(speaker(sentence)).toEqual(expected);
  });
});

describe('a later bare surname, after the source gave it to a private person, is that person again', () => {
  const last = (paragraphs: string[]) => {
    const found = statements(paragraphs).at(-1);
    return found ? [found.speaker.name ?? found.speaker.description, found.government] : null;
  };
  it.each([
    ['after an appositive', ['Ruhl, a teacher from the same street, said the shelling began at noon.', '“We hid in the basement,” Ruhl said.'], ['Ruhl', null]],
    ['after a kin noun', ['Her neighbour Ruhl said he would never go back.', '“We hid in the basement,” Ruhl said.'], ['Ruhl', null]],
    // Near miss: the minister named by his office first keeps the surname.
    ['after the minister’s office', ['Defence Minister Ruhl said the port was closed.', '“We will respond,” Ruhl said.'], ['Tomas Ruhl', 'sylvania']],
  ])('%s', (_, paragraphs, expected) => {
    expect(last(paragraphs as string[])).toEqual(expected);
  });
});
