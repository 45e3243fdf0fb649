import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

const credits = (sentence: string) => statements([sentence]).map((m) => [m.speaker.actor ?? m.speaker.description, m.verb]);

describe('a speech participle before an agent told by a common noun is passive', () => {
  it.each([
    'Elections in Sylvania condemned by the whole world',
    'The referendum in Marsh City criticised by many governments',
    'The Freedonian vote denounced by the international community',
  ])('makes no statement of the words before it: %s', (sentence) => {
    expect(credits(sentence)).toEqual([]);
  });

  it.each([
    // A time after "by the": the subject still speaks.
    ['Tomas Ruhl warned by the end of the week the port would close.', [['tomas-ruhl', 'warned']]],
    // A means after "by a": the subject still speaks.
    ['Tomas Ruhl announced by a video address that the port would close.', [['tomas-ruhl', 'announced']]],
    // No determiner: "by phone" is a means.
    ['Tomas Ruhl confirmed by phone that the port would close.', [['tomas-ruhl', 'confirmed']]],
  ])('keeps the subject as the speaker when "by" tells when or how: %s', (sentence, expected) => {
    expect(credits(sentence)).toEqual(expected);
  });
});
