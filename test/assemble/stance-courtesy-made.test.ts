import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/** A side's own words, quoted. */
const QUOTED: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };
/** A private person's own words, quoted. */
const PERSON: StanceSpeaker = { forThemselves: true, reported: false };

describe('thanks and congratulations made as the speaker speaks', () => {
  /** [reporting verb, words, who speaks, the stance]. */
  const cases: [string, string, StanceSpeaker, Stance][] = [
    // The speaker's own thanks, congratulations or salute affirm nothing at issue.
    ['remarked', 'I congratulate the victorious army for its historic success', QUOTED, 'other'],
    ['said', 'We thank the coast guard for rescuing the crew', QUOTED, 'other'],
    ['said', 'I salute the firefighters who saved the town', QUOTED, 'other'],
    ['said', 'We warmly congratulate the people of Freedonia on the election', QUOTED, 'other'],
    // Thanks said to be wished are made as the speaker speaks.
    ['said', 'I would like to thank you on behalf of the people of Sylvania for your help', QUOTED, 'other'],
    ['said', 'We want to sincerely thank the volunteers who came', QUOTED, 'other'],
    ['said', 'I’d like to congratulate the crews on their rescue', QUOTED, 'other'],
    // Thanks made on behalf of others, and a request only to carry the speaker's thanks on.
    ['said', 'On behalf of the people of Sylvania, I would like to thank you for your help', QUOTED, 'other'],
    ['said', 'I ask you to convey my warmest words of gratitude to the people of Freedonia', QUOTED, 'other'],
    ['said', 'Please pass on our condolences to the families of the crew', QUOTED, 'other'],
    // On behalf of others, a promise is still made; a request to do more than carry words still calls.
    ['said', 'On behalf of my government, we will send two more ships', QUOTED, 'pledges'],
    ['said', 'I ask you to send two more ships to the port', QUOTED, 'calls-for'],
    // A wish that is not thanks still promises or tells.
    ['said', 'I would like to assure you that we will continue to support the refugees', QUOTED, 'pledges'],
    // A promise in a later sentence is still made; what was done is still told.
    ['said', 'We thank our partners. We will continue to support the refugees.', QUOTED, 'pledges'],
    ['said', 'The coast guard rescued the crew', QUOTED, 'confirms'],
    ['said', 'We have sent two ships to the area', QUOTED, 'confirms'],
  ];
  it.each(cases)('%s %s', (verb, words, speaker, stance) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, speaker)).toBe(stance);
  });
  it('leaves thanks told as past to the words', () => {
    expect(stanceOf({ verb: 'told', negated: false, denial: false }, 'We thanked them and went home', PERSON)).toBe('other');
  });
});
