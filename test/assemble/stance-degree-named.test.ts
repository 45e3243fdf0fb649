import { describe, expect, it } from 'vitest';
import type { Stance } from '../../src/lib/model.ts';
import { stanceIn } from './stance.fixture.ts';

/**
 * A degree or a quality of a condition named with no verb ("the inadequacy of …", "the gravity of …")
 * weighs how things stand: it tells no happening (`other`). A clause that goes on to tell, or a lack or an
 * amount named, is left to the other rules.
 */

/** [the sentence, its reporting verb, the reported words, the stance]. */
type Case = [string, string, string, Stance];

describe('a degree of a condition named', () => {
  const cases: Case[] = [
    ['The minister wrote on social media, emphasizing the inadequacy of medical resources in the region.', 'emphasizing', 'the inadequacy of medical resources in the region', 'other'],
    ['She stressed the gravity of the situation in the camps.', 'stressed', 'the gravity of the situation in the camps', 'other'],
    ['The mayor underlined the sheer magnitude of the flooding.', 'underlined', 'the sheer magnitude of the flooding', 'other'],
    // A clause that tells, a lack named: not weighed.
    ['He said the severity of the shelling forced them to flee.', 'said', 'the severity of the shelling forced them to flee', 'confirms'],
    ['He stressed the lack of medicine in the hospitals.', 'stressed', 'the lack of medicine in the hospitals', 'confirms'],
  ];
  it.each(cases)('%s', (sentence, verb, words, stance) => {
    expect(stanceIn(sentence, verb, words)).toBe(stance);
  });
});
