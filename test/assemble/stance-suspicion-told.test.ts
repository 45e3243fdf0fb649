import { describe, expect, it } from 'vitest';
import type { Stance } from '../../src/lib/model.ts';
import { stanceIn } from './stance.fixture.ts';

/**
 * A suspicion told as the clause's own verb ("said they suspected …") affirms nothing (`other`), as the
 * reporting verb "suspects" does not; with a count, it reports the count, as a verb of estimating does.
 */

/** [the sentence, its reporting verb, the reported words, the stance]. */
type Case = [string, string, string, Stance];

describe('a suspicion told', () => {
  const cases: Case[] = [
    ['The command said they suspected the enemy was preparing another offensive.', 'said', 'they suspected the enemy was preparing another offensive', 'other'],
    ['Police said they suspect the fire was set deliberately.', 'said', 'they suspect the fire was set deliberately', 'other'],
    ['The minister said the intelligence services now suspect the convoy is heading north.', 'said', 'the intelligence services now suspect the convoy is heading north', 'other'],
    // A count, or a suspected thing in a happening told: told.
    ['The agency revealed the service suspects Sylvania has deployed an additional 3,000 troops.', 'revealed', 'the service suspects Sylvania has deployed an additional 3,000 troops', 'confirms'],
    ['The navy said a suspected drone was shot down overnight.', 'said', 'a suspected drone was shot down overnight', 'confirms'],
  ];
  it.each(cases)('%s', (sentence, verb, words, stance) => {
    expect(stanceIn(sentence, verb, words)).toBe(stance);
  });
});
