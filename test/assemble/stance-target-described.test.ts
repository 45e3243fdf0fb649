import { describe, expect, it } from 'vitest';
import type { Stance } from '../../src/lib/model.ts';
import { FOR_A_SIDE, stanceIn } from './stance.fixture.ts';

/**
 * What a side says of a ship or a target it struck, or of those it helps, describes it: it tells no
 * happening (`other`). The happening itself, and what is said of anything else, is still told.
 */

/** [the sentence, its reporting verb, the reported words, the stance]. */
type Case = [string, string, string, Stance];


describe('the country of a ship or a target', () => {
  const cases: Case[] = [
    ['The spokesman announced the targeted Aurora ship was American.', 'announced', 'the targeted Aurora ship was American', 'other'],
    ['The navy said the vessel is British-owned.', 'said', 'the vessel is British-owned', 'other'],
    ['The militia said both tankers were Liberian-flagged and empty.', 'said', 'both tankers were Liberian-flagged and empty', 'other'],
    ['The rebels claimed the target was Sylvanian, a naval depot.', 'claimed', 'the target was Sylvanian, a naval depot', 'other'],
    // A happening, a name, or anyone but a ship or a target: told.
    ['The navy said the ship was hit by a missile.', 'said', 'the ship was hit by a missile', 'confirms'],
    ['The agency said the target was MV Aurora.', 'said', 'the target was MV Aurora', 'confirms'],
    ['The agency said the ship was sinking.', 'said', 'the ship was sinking', 'confirms'],
    ['The agency said the crew were Filipino.', 'said', 'the crew were Filipino', 'confirms'],
    ['The ministry said the vessel was Sylvania’s last frigate.', 'said', 'the vessel was Sylvania’s last frigate', 'confirms'],
  ];
  it.each(cases)('%s', (sentence, verb, words, stance) => {
    expect(stanceIn(sentence, verb, words)).toBe(stance);
  });
});

/** [the sentence, its reporting verb, the reported words, the words quoted inside them, the stance]. */
type QuotedCase = [string, string, string, string, Stance];

describe('a participle of help or backing quoted after what it describes', () => {
  const cases: QuotedCase[] = [
    ['The spokesman said the attack targeted an American ship “aiding” Sylvania in the strait.', 'said', 'the attack targeted an American ship “aiding” Sylvania in the strait', 'aiding', 'other'],
    ['The group announced that it fired missiles at a navy vessel, which was "assisting" Sylvania.', 'announced', 'that it fired missiles at a navy vessel, which was "assisting" Sylvania.', 'assisting', 'other'],
    ['The rebels said they struck a tanker “serving the enemy” off the coast.', 'said', 'they struck a tanker “serving the enemy” off the coast', 'serving the enemy', 'other'],
    // After a verb, a copula of the clause's own or a preposition: a happening told or a charge laid.
    ['The minister said its troops were “helping” civilians flee the town.', 'said', 'its troops were “helping” civilians flee the town', 'helping', 'confirms'],
    ['The minister said Sylvania kept “supporting” the rebels.', 'said', 'Sylvania kept “supporting” the rebels', 'supporting', 'confirms'],
    ['The minister said the troops kept “supporting” the rebels.', 'said', 'the troops kept “supporting” the rebels', 'supporting', 'confirms'],
    // Another participle after a noun is not a description of whom it backs.
    ['The navy said it saw a tanker “burning” in the strait.', 'said', 'it saw a tanker “burning” in the strait', 'burning', 'confirms'],
  ];
  it.each(cases)('%s', (sentence, verb, words, quote, stance) => {
    expect(stanceIn(sentence, verb, words, FOR_A_SIDE, quote)).toBe(stance);
  });
});
