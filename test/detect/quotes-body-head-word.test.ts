import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Speaker actor and government of the statement in paragraph 2. */
function creditOfSecond(paragraphs: string[]): [string | null, string | null] {
  const found = statements(paragraphs).find((s) => s.paragraph === 2);
  return [found?.speaker.actor ?? null, found?.government ?? null];
}

describe('a body called by the last word of its name ("Bureau officials said") is the one body the source names so', () => {
  it.each([
    [['The State Bureau sent two ships on Monday.', 'Bureau officials said the ships had reached the port.']],
    [['The State Bureau sent two ships on Monday.', '"The ships have reached the port," a Bureau spokesperson said.']],
    // Named in full only after the words, as copy often does.
    [['The port was closed on Monday.', 'Bureau officials said the ships had reached the port.', 'The State Bureau sent two more ships.']],
  ])('%j', (paragraphs) => {
    expect(creditOfSecond(paragraphs)).toEqual(['freedonia-state-bureau', 'freedonia']);
  });

  it.each([
    // Another bureau is named too, which the topic data does not know: either may be meant.
    [['The port was closed on Monday.', 'Bureau officials said the ships had reached the port.', 'The State Bureau and the Sylvanian Press Bureau sent boats.']],
    // No body whose name ends in the word is named.
    [['The Defence Ministry published a list of the missing.', 'Bureau officials said the ships had reached the port.']],
    // Nothing is named at all.
    [['The port was closed on Monday.', 'Bureau officials said the ships had reached the port.']],
    // A lower-case word is a kind, not a name: "bureau officials" of any bureau.
    [['The State Bureau sent two ships on Monday.', 'Some bureau officials said the ships had reached the port.']],
  ])('no body: %j', (paragraphs) => {
    expect(creditOfSecond(paragraphs)).toEqual([null, null]);
  });
});
