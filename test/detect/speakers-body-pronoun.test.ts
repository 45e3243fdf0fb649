import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The speaker and government of each statement, in order. */
const credits = (paragraphs: string[]) => statements(paragraphs).map((s) => [s.speaker.name ?? s.speaker.description, s.government]);

describe('a personal pronoun after a body, in a source that names no person, is the body', () => {
  it.each([
    [
      ['The Freedonian Defence Ministry said that on Monday Sylvanian forces shelled the port.', 'She added, “Two sailors were killed.”', 'She noted that limited measures have been launched.'],
      [
        ['The Freedonian Defence Ministry', 'freedonia'],
        ['The Freedonian Defence Ministry', 'freedonia'],
        ['The Freedonian Defence Ministry', 'freedonia'],
      ],
    ],
    [
      ['The State Bureau said 20 boats sank.', 'It said that one sailor was rescued.', 'He added: “The names will be released later.”'],
      [
        ['The State Bureau', 'freedonia'],
        ['The State Bureau', 'freedonia'],
        ['The State Bureau', 'freedonia'],
      ],
    ],
  ])('reads "she added", "he noted" as the body: %j', (paragraphs, expected) => {
    expect(credits(paragraphs)).toEqual(expected);
  });

  it.each([
    // Another side spoke since: the pronoun may be theirs.
    [['The State Bureau said 20 boats sank.', 'Sylvania denied the claim.', 'She added that the port was closed.'], ['She', null]],
    // A person was told of since: the pronoun may be them.
    [['The State Bureau said 20 boats sank.', 'Karl Weiss, a fisherman, watched from the shore.', '“It was terrible,” he said.'], ['Karl Weiss', null]],
    [['The State Bureau said 20 boats sank.', 'A woman in the port wept.', '“My son was aboard,” she said.'], ['A woman', null]],
    // A person named inside the body's own report.
    [['The State Bureau said Karl Weiss had left the port.', 'He added that the boats were lost.'], ['He', null]],
    // Another side's body spoke before.
    [['The Sylvanian ministry said the port was open.', 'The State Bureau said 20 boats sank.', 'She added that the port was closed.'], ['She', null]],
  ])('leaves the pronoun when someone else may be meant: %j', (paragraphs, expected) => {
    expect(credits(paragraphs).at(-1)).toEqual(expected);
  });
});
