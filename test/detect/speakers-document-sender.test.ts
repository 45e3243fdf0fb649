import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Actor and government of each quotation of the paragraphs' last sentence. */
const quoted = (paragraphs: string[]) => statements(paragraphs).filter((s) => s.kind === 'quote' && s.paragraph === paragraphs.length).map((s) => [s.speaker.actor, s.government]);

describe('"Ruhl sent a message to Berg. ¶ The message said “…”": a sent message or letter is its sender’s words', () => {
  it.each([
    [['Tomas Ruhl sent a message to Anna Berg on Monday.', '“The crews proved our friendship,” the message said, according to the Courier.']],
    [['Tomas Ruhl sent a letter to Anna Berg.', 'The letter said the crews had “proved our friendship”.']],
    [['Tomas Ruhl has sent a message to the Northern Council.', '“We stand together,” the message read.']],
    // A state body that relays the message does not speak it: its government is not the sender's.
    [['Sylvanian leader Tomas Ruhl sent a message to Anna Berg, the State Bureau said.', 'The message said the crews had “proved our friendship”, according to the State Bureau.']],
  ])('%j is the sender’s', (paragraphs) => {
    expect(quoted(paragraphs)).toEqual([['tomas-ruhl', 'sylvania']]);
  });

  it.each([
    // One who publishes a letter found on another did not write it.
    [['The State Bureau published a letter found on a Sylvanian sailor.', 'The letter said “we are hungry”.'], [[null, null]]],
    // Whom a letter is from wrote it, not the one who sent it on.
    [['Tomas Ruhl sent a letter from Anna Berg to the Council.', 'The letter said “the port stays open”.'], [['anna-berg', 'freedonia']]],
    // A sender the sentence only reports, behind a lower-case word, is not named.
    [['Anna Berg said Tomas Ruhl’s aides sent a message to the Council.', 'The message said “the port stays open”.'], [[null, null]]],
    // A message nobody is said to have sent is no one’s.
    [['A message reached the port on Monday.', 'The message said “leave now”, according to the Courier.'], [[null, null]]],
    // A figurative message is no document: the one who says so speaks.
    [['Tomas Ruhl said the strikes sent a message to Freedonia.', '“The message is clear,” Anna Berg said.'], [['anna-berg', 'freedonia']]],
  ])('%j is not the sender’s', (paragraphs, expected) => {
    expect(quoted(paragraphs)).toEqual(expected);
  });
});
