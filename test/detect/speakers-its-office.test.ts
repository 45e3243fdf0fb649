import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The speaker actor and government of the statement whose reported words start with `words`. */
function speakerOf(paragraphs: string[], words: string): [string | null, string | null] | null {
  const found = statements(paragraphs).find((s) => s.reported?.startsWith(words));
  return found ? [found.speaker.actor, found.government] : null;
}

describe('"its foreign ministry said": an office of the side "its" means', () => {
  // The actor is what the phrase written out ("Freedonia's foreign ministry") resolves to: no office the
  // fixture's topic data lists, so none; the government is the side's.
  const cases: [string, string[], string, [string | null, string | null]][] = [
    ['the side that opens the sentence', ['Freedonia has never armed the rebels, its foreign ministry said on Monday.'], 'Freedonia has never', [null, 'freedonia']],
    ['the side that opens it, with another side named after', ['Sylvania urged Freedonia to show restraint, its foreign ministry said.'], 'Sylvania urged', [null, 'sylvania']],
    ['an opening date before the side', ['On Monday, Freedonia closed the port, its navy said.'], 'On Monday', [null, 'freedonia']],
    ['a sentence that opens with "Its": the institution that spoke last', ['Sylvania said the convoy had crossed.', 'Its foreign ministry said the talks would go on.'], 'the talks would', [null, 'sylvania']],
  ];
  it.each(cases)('%s', (_name, paragraphs, words, expected) => {
    expect(speakerOf(paragraphs, words)).toEqual(expected);
  });

  const none: [string, string[], string][] = [
    // Two sides and neither opens the sentence: a reader cannot tell whose office it is.
    ['two sides, neither opening the sentence', ['After talks, Sylvania and Freedonia agreed to reopen the port, its foreign ministry said.'], 'After talks'],
    // "Its" with no institution that spoke before: nobody to point back to.
    ['"Its" after a person alone', ['Max Ober said the convoy had crossed.', 'Its foreign ministry said the talks would go on.'], 'the talks would'],
  ];
  it.each(none)('no government: %s', (_name, paragraphs, words) => {
    expect(speakerOf(paragraphs, words)?.[1] ?? null).toBeNull();
  });
});
