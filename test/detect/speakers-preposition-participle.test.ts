import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The speaker and verb of each statement of a sentence. */
const speakers = (sentence: string) => statements([sentence]).map((m) => [m.speaker.actor ?? m.speaker.name ?? m.speaker.description, m.verb]);

describe('a participle used as a preposition opening the sentence ("Following", "Regarding") is no speaker', () => {
  it.each([
    ['Following reported advances near the port, Freedonian officials said the army had retaken two villages.', [['Freedonian officials', 'said']]],
    ['Regarding reported shortages at the depot, the Marsh Bureau said supplies were on their way.', [['the Marsh Bureau', 'said']]],
    ['Pending reported talks in Fredonburg, the ministry said it would keep the border closed.', [['the ministry', 'said']]],
  ])('%s', (sentence, expected) => {
    expect(speakers(sentence)).toEqual(expected);
  });

  it.each([
    ['Following the talks, Anna Berg reported that the port had reopened.', [['anna-berg', 'reported']]],
    ['Following the blast, the Marsh Bureau reported that two ships had sunk.', [['the Marsh Bureau', 'reported']]],
  ])('a speaker after the opening phrase still speaks: %s', (sentence, expected) => {
    expect(speakers(sentence)).toEqual(expected);
  });
});
