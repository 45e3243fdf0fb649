import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The last statement's speaker actor (or description) and government. */
function lastSpeaker(paragraphs: string[]): [string | null, string | null] | null {
  const found = statements(paragraphs).at(-1);
  return found ? [found.speaker.actor ?? found.speaker.description, found.government] : null;
}

describe('a document named by a demonym alone ("the Sylvanian statement") is its side’s: the body of that side that spoke last, else the side', () => {
  it.each<[string, string[], [string | null, string | null]]>([
    [
      'the side’s body that issued a statement before',
      ['Freedonia’s Defence Ministry, in its own statement, said the drills would go on.', '“Special emphasis was placed on dialogue,” the Freedonian statement said.'],
      ['freedonia-defence-ministry', 'freedonia'],
    ],
    [
      'the side’s body that made an assessment before',
      ['The State Bureau has assessed that the ships could arrive within months.', 'The Freedonian assessment also mentions that the ships are being refitted.'],
      ['freedonia-state-bureau', 'freedonia'],
    ],
    [
      'the side’s body, with another side’s person speaking since',
      ['The State Bureau said the port was closed.', 'Tomas Ruhl said the port was open.', '“The port is closed,” the Freedonian statement said.'],
      ['freedonia-state-bureau', 'freedonia'],
    ],
    ['no body of the side before: the side', ['Sylvanian ships were seen near Marsh City.', 'The Sylvanian statement said the ships were on a routine patrol.'], ['sylvania', 'sylvania']],
    // Near misses of the body: a document introduced, and one after only a body the topic data does not
    // know, are the side's; "the statement" alone and an issuer named by more than a demonym keep to the
    // other rules.
    ['a document introduced: the side, not its body', ['The State Bureau said the port was closed.', 'A Freedonian statement said the ships were refitted.'], ['freedonia', 'freedonia']],
    [
      'only an unnamed body of the side before: the side',
      ['A Freedonian report said the ships were refitted.', 'The Freedonian assessment also mentions that the port is closed.'],
      ['freedonia', 'freedonia'],
    ],
    [
      '"the statement" alone: the institution that spoke last',
      ['The State Bureau said in a statement that the port was closed.', 'Tomas Ruhl said the port was open.', '“The port is closed,” the statement said.'],
      ['freedonia-state-bureau', 'freedonia'],
    ],
    ['an issuer named by a noun after the demonym', ['The State Bureau said the port was closed.', 'The Freedonian ministry statement said the ships were refitted.'], ['the Freedonian ministry', 'freedonia']],
  ])('%s', (_label, paragraphs, expected) => {
    expect(lastSpeaker(paragraphs)).toEqual(expected);
  });
});
