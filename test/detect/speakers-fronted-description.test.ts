import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The last statement's speaker (name, else description) and government. */
function lastSpeaker(sentence: string): [string | null, string | null] | null {
  const found = statements([sentence]).at(-1);
  return found ? [found.speaker.name ?? found.speaker.description, found.government] : null;
}

describe('"A Sylvanian officer with the scouts, Lind was captured … and claimed …": the name after a fronted description is the subject', () => {
  const cases: [string, string, [string | null, string | null]][] = [
    ['an officer of a side, captured', 'A Sylvanian officer with the scouts, Lind was captured last month and claimed he was tricked.', ['Lind', null]],
    ['a soldier with a unit', 'A soldier with the Sylvanian scouts, Lind was captured last month and claimed he was tricked.', ['Lind', null]],
    ['a medic from a town', 'A medic from the border town, Lena Ost fled in May and said the clinic was shelled.', ['Lena Ost', null]],
    // Near misses: no role before the comma, a relative clause, or the name already read.
    ['a thing, not a role, before the comma', 'A truce with Freedonia, Ruhl said, would be welcome.', ['Tomas Ruhl', 'sylvania']],
    ['a relative clause after the role', 'An official at the Defence Ministry, who declined to be named, said the port was closed.', ['An official at the Defence Ministry', 'freedonia']],
    ['a spokesman of a body before the name', 'A spokesman for the State Bureau, Berg said the port was closed and added that talks would go on.', ['Anna Berg', 'freedonia']],
  ];
  it.each(cases)('%s', (_, sentence, expected) => {
    expect(lastSpeaker(sentence)).toEqual(expected);
  });
});
