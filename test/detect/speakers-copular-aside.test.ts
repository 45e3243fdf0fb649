import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The speaker's name and government of the first statement. */
const credit = (sentence: string) => {
  const found = statements([sentence])[0];
  return [found?.speaker.name ?? null, found?.government ?? null];
};

describe('"Weiss, who is chair of …, said": what the speaker is now, told in a relative aside, describes them', () => {
  it.each([
    ['Karl Weiss, who is chair of the Northern Council’s military committee, said the frigates were needed.', 'northern-council'],
    ['Lena Kowal, who is a Sylvanian deputy minister, said the port was closed.', 'sylvania'],
    ['Max Lind, who is the Freedonian ambassador to the Council, told the Courier that the talks had failed.', 'freedonia'],
  ])('%s', (sentence, government) => {
    expect(credit(sentence)).toEqual([expect.stringMatching(/^\p{Lu}/u), government]);
  });

  it.each([
    // An office held before: the speaker no longer speaks for it.
    ['Karl Weiss, who was the Sylvanian defence minister until May, said the port was closed.'],
    ['Karl Weiss, who is a former Sylvanian minister, said the port was closed.'],
    // An aside that tells what the speaker did or where they are, not what they are.
    ['Karl Weiss, who visited Sylvania in May, said the port was closed.'],
    ['Karl Weiss, who is in Sylvania this week, said the port was closed.'],
  ])('%s credits no government', (sentence) => {
    expect(credit(sentence)[1]).toBeNull();
  });
});
