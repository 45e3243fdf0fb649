import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The speakers (actor, else words) the sentence's statements are given. */
const speakers = (sentence: string) => statements([sentence]).map((s) => s.speaker.actor ?? s.speaker.name ?? s.speaker.description);

describe('words that open with a preposition inside a sentence tell where or when, never who speaks', () => {
  it.each([
    ['The State Bureau earlier on Telegram said the boats were lost.'],
    ['The Defence Ministry later on X said the port was shut.'],
    ['A statement issued by the State Bureau earlier on Telegram said the crews were safe.'],
    ['The State Bureau later on Facebook said the crews had left.'],
    ['The State Bureau late at night via Telegram said the boats had turned back.'],
  ])('%s', (sentence) => {
    expect(speakers(sentence).filter((s) => /^(?:on|in|at|via)\s/i.test(s))).toEqual([]);
  });

  it.each([
    // Opening the sentence, the phrase still holds its subject.
    ['On Monday the State Bureau said the boats were lost.', 'freedonia-state-bureau'],
    ['In Fredonburg the Defence Ministry said the port was shut.', 'freedonia-defence-ministry'],
    // A platform right after the subject, or a role before where it is held, reads as before.
    ['The State Bureau on Telegram said the crews were safe.', 'freedonia-state-bureau'],
    ['Officials in Marsh City said the talks had stalled.', 'Officials in Marsh City'],
    ['The Defence Ministry said on Telegram that the boats had turned back.', 'freedonia-defence-ministry'],
  ])('near miss: %s', (sentence, expected) => {
    expect(speakers(sentence)).toEqual([expected]);
  });
});
