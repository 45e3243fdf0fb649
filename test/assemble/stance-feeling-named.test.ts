import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

const told = { forThemselves: false, reported: true, forASide: true };
const own = { forThemselves: false, reported: false, forASide: true };

describe('grief, remorse or greetings expressed or conveyed', () => {
  /** [verb, words after it, the stance]. */
  const cases: [string, string, Stance][] = [
    ['expressed', 'deep sorrow over the miners who died in the collapse', 'other'],
    ['expressed', 'sorrow and remorse for the passengers killed in the crash', 'other'],
    ['voiced', 'her grief at the loss of the crew', 'other'],
    ['conveyed', '"warm greetings" to the people of the island, who won the cup', 'other'],
    ['conveyed', 'his congratulations to the rescue teams', 'other'],
    // Other feelings keep their stance, and a message conveyed is left to its words.
    ['conveyed', 'concern over the shelling near the plant', 'warns'],
    ['expressed', 'outrage at the arrest of the journalists', 'condemns'],
    ['conveyed', 'a message that the troops had already left the town', 'confirms'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, told)).toBe(stance);
  });
});

describe('a feeling the speaker finds no words for', () => {
  /** [quoted words, the stance]. */
  const cases: [string, Stance][] = [
    ["As I stand before the families of the miners, I don't know how to express my sorrow and apologies.", 'other'],
    ['We do not know how to thank the volunteers who pulled us out.', 'other'],
    ['I don’t know how to express our gratitude to the firefighters', 'other'],
    // Not knowing what happened, or how to do something, is still not confirming it.
    ["We don't know how the fire started.", 'unconfirmed'],
    ["I don't know whether the ferry was overloaded.", 'unconfirmed'],
  ];
  it.each(cases)('said %s', (words, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, own)).toBe(stance);
  });
});
