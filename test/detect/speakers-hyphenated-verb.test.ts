import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The speaker (actor, else description) of the sentence's last statement. */
const speakerOf = (sentence: string) => {
  const last = statements([sentence]).at(-1);
  return last && (last.speaker.actor ?? last.speaker.description);
};

describe('a hyphenated past form before its object is the verb, which ends the speaker phrase', () => {
  it.each([
    ['Sylvania re-classified the rebel group on Friday, saying the raids went on.', 'sylvania'],
    ['Freedonia re-elected its leader on Sunday, saying the vote was fair.', 'freedonia'],
    ['Sylvania re-classified the rebel group on Friday, citing its raids on the ferries.', 'sylvania'],
  ])('%s', (sentence, speaker) => {
    expect(speakerOf(sentence)).toBe(speaker);
  });

  it.each([
    // A compound modifier goes on to its noun: the whole phrase speaks.
    ['The Freedonia-backed group said the port was closed.', 'The Freedonia-backed group'],
    ['The newly re-elected president said the port was closed.', 'The newly re-elected president'],
    ['A Sylvania-trained officer said the port was closed.', 'A Sylvania-trained officer'],
    ['The re-elected Sylvanian president said the port was closed.', 'The re-elected Sylvanian president'],
  ])('a modifier, not a verb: %s', (sentence, speaker) => {
    expect(speakerOf(sentence)).toBe(speaker);
  });
});
