import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The one statement's speaker description, actor and government. */
function speaker(sentence: string): [string, string | null, string | null] | null {
  const found = statements([sentence]).at(-1);
  return found ? [found.speaker.description, found.speaker.actor, found.government] : null;
}

describe('"said a soldier in the video Ruhl posted": a name in a relative clause without "that" is no speaker', () => {
  const cases: [string, string, [string, string | null, string | null]][] = [
    ['a video a minister posted', '“I want to go home,” said a soldier in the video Ruhl posted.', ['a soldier', null, null]],
    ['footage a minister released, after "says"', '“I want to go home,” says the prisoner in the footage Ruhl released.', ['the prisoner', null, null]],
    ['a clause whose subject opens with an article', '“I want to go home,” says a prisoner in the video the Defence Ministry published.', ['a prisoner', null, null]],
    ['a rally a minister addressed', '“We will win,” said a woman at the rally Ruhl addressed.', ['a woman', null, null]],
    // Near misses: a name that ends the phrase, or one a title comes before, is the phrase's own.
    ['a ship’s name ending the phrase', '“We lost power,” said the captain of the tanker Marlin Star.', ['the captain of the tanker', null, null]],
    ['a minister named after his title', '“We will respond,” said Defence Minister Tomas Ruhl.', ['Defence Minister', 'tomas-ruhl', 'sylvania']],
    ['a body of a side after the speaker’s role', '“We will respond,” said a spokesman for the Defence Ministry.', ['a spokesman for the Defence Ministry', 'freedonia-defence-ministry', 'freedonia']],
  ];
  it.each(cases)('%s', (_, sentence, expected) => {
    expect(speaker(sentence)).toEqual(expected);
  });
});

describe('"said a prisoner held by Freedonia": "held by" is captivity, as "captured by" is; the captor is no speaker’s side', () => {
  const cases: [string, string, [string, string | null, string | null]][] = [
    ['a prisoner', '“I want to go home,” said a prisoner held by Freedonia.', ['a prisoner held by Freedonia', null, null]],
    ['sailors', '“We want to go home,” said the sailors held by Sylvania.', ['the sailors held by Sylvania', null, null]],
    ['one of the captives', '“I want to go home,” said one of the captives held by Freedonia.', ['one of the captives held by Freedonia', null, null]],
    // Near misses: "held" of talks or a post is no captivity; "in custody" was read already.
    ['an officer who held a post', '“We will respond,” said a Freedonian officer who held the post.', ['a Freedonian officer', null, 'freedonia']],
    ['a prisoner in custody', '“I want to go home,” said a prisoner in Freedonian custody.', ['a prisoner in Freedonian custody', null, null]],
    ['a side’s own body after "for"', '“We will respond,” said a spokesman for the State Bureau.', ['a spokesman for the State Bureau', 'freedonia-state-bureau', 'freedonia']],
  ];
  it.each(cases)('%s', (_, sentence, expected) => {
    expect(speaker(sentence)).toEqual(expected);
  });
});
