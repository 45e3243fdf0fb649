import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Description (or name), actor and government of the last statement found. */
function lastCredit(paragraphs: string[]): [string, string | null, string | null] {
  const last = statements(paragraphs).at(-1);
  return [last?.speaker.description || (last?.speaker.name ?? ''), last?.speaker.actor ?? null, last?.government ?? null];
}

describe('"they" after a sentence about private people is not a body of a side that spoke before', () => {
  it.each([
    [['The State Bureau said the unit had been destroyed.', 'Berg posted a letter from the prisoners. In the letter, they wrote that they wished to go home.']],
    [['The State Bureau said the raid had failed.', 'It released a video of two captured sailors. They said they had been told it was an exercise.']],
    [['"The crossing is closed," the Defence Ministry said.', 'Reporters met the crews in the port.', 'They say they have not been paid for months.']],
    [['The State Bureau said the camp was full.', 'Photos showed the refugees at the gate. They said they had walked for three days.']],
    // The last to speak was one of some private people, whom "they" may mean together.
    [['"The raid failed," the State Bureau said.', '"We were told it was an exercise," one of them says.', '"We did not know," they said.']],
    [['"The raid failed," the State Bureau said.', '"We had no food," a sailor said.', '"We want to go home," they said.']],
  ])('%j', (paragraphs) => {
    // The people told of may be meant as well as the body: no one is named, rather than the body's side.
    expect(lastCredit(paragraphs)).toEqual([expect.stringMatching(/^they$/i), null, null]);
  });

  it.each([
    // No sentence about private people between: the body goes on.
    [['The State Bureau said the unit had been destroyed.', 'They said the strikes would continue.'], 'The State Bureau'],
    // "they added" goes on with the speaker, whoever was told of since.
    [['The State Bureau said the raid had failed.', 'It released a video of two captured sailors.', '"The exchange is ready," they added.'], 'The State Bureau'],
    // A sentence between about a thing, not people.
    [['The State Bureau said the raid had failed.', 'It released photos of the damaged port. They said repairs would take weeks.'], 'The State Bureau'],
    // The one who spoke last was of a side, or "they added" goes on with the body.
    [['"The raid failed," the State Bureau said.', '"It is over," a Freedonian official said.', '"We will rebuild," they said.'], 'the State Bureau'],
    [['"The raid failed," the State Bureau said.', '"We had no food," a sailor said.', '"The exchange is ready," they added.'], 'the State Bureau'],
    // One private person is no "they".
    [['The State Bureau said the raid had failed.', 'It released a video of a captured sailor. They said the exchange was ready.'], 'The State Bureau'],
  ])('the body goes on: %j', (paragraphs, speaker) => {
    expect(lastCredit(paragraphs)[0]).toBe(speaker);
  });
});
