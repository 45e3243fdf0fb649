import { describe, expect, it } from 'vitest';
import type { Stance } from '../../src/lib/model.ts';
import { stanceIn } from './stance.fixture.ts';

/**
 * Clauses that explain, infer or judge rather than report a happening (`other`), with look-alikes that
 * tell one (`confirms`): what a side's acts are for, told in the present; a conclusion drawn from
 * signs; a judgement with the copula in the perfect.
 */
interface Case {
  /** The sentence as written. */
  sentence: string;
  /** The reporting verb as it stands in the sentence. */
  verb: string;
  /** The reported words after it. */
  words: string;
  stance: Stance;
}


/** A case whose words are the sentence after "said". */
function said(sentence: string, stance: Stance): Case {
  return { sentence, verb: 'said', words: sentence.slice(sentence.indexOf(' said ') + 6).replace(/\.$/, ''), stance };
}

describe("what a side's acts are for, told in the present", () => {
  const cases: Case[] = [
    said('The ministry said the patrols are to reassure residents and restore calm.', 'other'),
    said('The army said these operations are conducted to protect civilians and secure the roads.', 'other'),
    said('The ministry said the strikes are to stop further attacks on ports.', 'other'),
    said('The coastguard said the checks at sea are being carried out to deter smugglers.', 'other'),
    // A past act told with its purpose is told; a schedule is told.
    said('The army said the raids were carried out to disrupt supply lines.', 'confirms'),
    said('The council said the new measures are to take effect on Monday.', 'confirms'),
    said('The ministry said the strikes are to stop on Friday.', 'confirms'),
    said('The ministry said troops are to withdraw from the town by Friday.', 'confirms'),
  ];
  it.each(cases)('$sentence', (c) => expect(stanceIn(c.sentence, c.verb, c.words)).toBe(c.stance));
});

describe('a conclusion drawn from signs, in the present', () => {
  const cases: Case[] = [
    said('The analyst said these images may suggest that the bridge is being repaired.', 'other'),
    said('The analyst said this indicates the militia is regrouping.', 'other'),
    said('The analyst said the pattern points to a wider campaign.', 'other'),
    // Told in the past, or with a count, it tells.
    said('The analyst said the images suggested the bridge was repaired.', 'confirms'),
    said('The agency said the records show 300 people were killed.', 'confirms'),
    said('The agency said these signs indicate 300 people were killed.', 'confirms'),
  ];
  it.each(cases)('$sentence', (c) => expect(stanceIn(c.sentence, c.verb, c.words)).toBe(c.stance));
});

describe('a judgement with the copula in the perfect', () => {
  const cases: Case[] = [
    said('The agency said the talks have been productive and frank.', 'other'),
    said('The agency said the reaction of the allies has been swift and firm.', 'other'),
    said('The mayor said it has been very difficult for the families.', 'other'),
    // A happening in the perfect, or what is there, is told.
    said('The agency said the port has been closed.', 'confirms'),
    said('The agency said there has been a significant attack.', 'confirms'),
    said('The agency said the bridge has been badly damaged.', 'confirms'),
  ];
  it.each(cases)('$sentence', (c) => expect(stanceIn(c.sentence, c.verb, c.words)).toBe(c.stance));
});
