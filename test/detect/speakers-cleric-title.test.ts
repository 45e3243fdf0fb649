import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The government the one statement of `text` is credited to. */
function government(text: string): string | null | undefined {
  return statements([text]).at(0)?.government;
}

describe('a cleric named with a title and a demonym speaks for a church, not for the demonym’s state', () => {
  it.each<[string, string | null]>([
    ['Sylvanian Archbishop Jan Lind said the port was closed.', null],
    ['The Freedonian Patriarch Karl Weiss said the refugees needed shelter.', null],
    ['Sylvanian Bishop Jan Lind told reporters that the churches were empty.', null],
    ['Freedonian Imam Karl Weiss said the mosque had been hit.', null],
    // Near misses: officials with a title of state speak for their state, whatever cleric they tell of or address.
    ['Sylvanian Defence Minister Jan Lind said the archbishop was safe.', 'sylvania'],
    ['A Sylvanian official told Archbishop Jan Lind that the port was closed.', 'sylvania'],
    ['Freedonian Interior Minister Karl Weiss said the refugees needed shelter.', 'freedonia'],
    ['A Sylvanian official said the churches were empty.', 'sylvania'],
  ])('%j', (text, expected) => {
    expect(government(text)).toBe(expected);
  });
});
