import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * Statements that describe, hope, judge or foretell (`other`) against look-alikes that promise (`pledges`),
 * tell a happening (`confirms`) or deny (`denies`): a hope told of a side, dialogue kept up, what is called
 * fitting, a forecast doubted, the speaker's telling announced before what is told, blame rejected, and what
 * something still is.
 */

/** [the words said, whether they are the writer's report (else a quotation), the stance]. */
type Case = [string, boolean, Stance];

/** The stance of `words` said by a side, with "said". */
function said(words: string, reported: boolean): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported, forASide: true });
}

describe('a hope told of a side or a person: neither a promise nor a report', () => {
  const cases: Case[] = [
    ['Sylvania hopes that the new talks will help ensure calm on the border', true, 'other'],
    ['he hoped the new bridge would help traders on both banks', true, 'other'],
    ['the Ministry hopes to deliver the first shipments of grain', true, 'other'],
    ['Marsh City hopes the summit will contribute to a lasting settlement', true, 'other'],
    // A hope said to be there, no one's named.
    ['There is a hope for some positive dynamics', false, 'other'],
    ['there is still hope that the talks will resume next month', true, 'other'],
    ['There are high hopes of a deal on the border', false, 'other'],
    // Hope said to be gone is not a hope told: how things stand is told.
    ['There is no hope of finding more survivors', false, 'confirms'],
    // The side's own "will", with no hope told first, still promises (a hope named after the promise does not undo it).
    ['it will help rebuild the port', true, 'pledges'],
    ['Sylvania will help rebuild the port and hopes for more', true, 'pledges'],
  ];
  it.each(cases)('%s', (words, reported, stance) => {
    expect(said(words, reported)).toBe(stance);
  });
});

describe('what is called fitting or not, and judgements coordinated after "both"', () => {
  const cases: Case[] = [
    ['it is not appropriate for the two capitals to talk through the newspapers', true, 'other'],
    ['the response of the port authority was appropriate', true, 'other'],
    ['Of course, any claim built on such a one-sided view is both impossible and inappropriate', false, 'other'],
    ['the new rules are both necessary and fair', true, 'other'],
    // "appropriate" naming a thing, and "both" before a happening, still tell.
    ['the appropriate authorities were informed of the spill', true, 'confirms'],
    ['appropriate steps were taken to evacuate the crew', true, 'confirms'],
    ['both ships were hit by missiles overnight', true, 'confirms'],
  ];
  it.each(cases)('%s', (words, reported, stance) => {
    expect(said(words, reported)).toBe(stance);
  });
});

describe('a forecast doubted by a negated verb of belief is a forecast, not a denial', () => {
  const cases: [string, string, Stance][] = [
    ['does not believe', 'she will ever be able to go back to the village', 'other'],
    ['did not think', 'the new talks would succeed', 'other'],
    ['does not believe', 'the rebels can hold the town for long', 'other'],
    // A claim or a happening doubted is denied, as is what may have happened.
    ['does not believe', 'the reports of a massacre', 'denies'],
    ['did not believe', 'that the tanker could have been hit by a drone', 'denies'],
    ['does not believe', 'the grain has arrived and will be shared', 'denies'],
    ['did not consider', 'them a threat to shipping', 'denies'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(stanceOf({ verb, negated: true, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(stance);
  });
});

describe('the speaker’s own telling announced at the head of the clause frames what follows; it promises nothing', () => {
  const cases: Case[] = [
    ['And I will say that we note the minister has said there will be no new strikes, and we expect him to keep to that', false, 'calls-for'],
    ['I’ll tell you this: the convoy reached the town on Monday', false, 'confirms'],
    ['we must stress that the port is under attack', false, 'confirms'],
    ['I have to say the talks went well and were very constructive', false, 'other'],
    // A telling still to come, an opinion given, a promise told: not a frame.
    ['I will tell them tomorrow', false, 'pledges'],
    ['I would say the talks went well', false, 'other'],
    ['I will tell you that we will defend our borders', false, 'pledges'],
  ];
  it.each(cases)('%s', (words, reported, stance) => {
    expect(said(words, reported)).toBe(stance);
  });
});

describe('blame or a claim rejected, for the future or as what no one can say, denies; it promises nothing', () => {
  const cases: Case[] = [
    ['Nobody can say our crews did anything wrong, and we will never accept such reproaches', false, 'denies'],
    ['No one can blame the rescuers for the delay. We will never agree with such reproaches', false, 'denies'],
    ['we will not agree with these accusations', false, 'denies'],
    ['it cannot accept the claims made by the rebels', true, 'denies'],
    // An offer or a state of things refused, and a doubt about what no one can say, are not blame rejected.
    ['we will never accept a ceasefire on those terms', false, 'pledges'],
    ['no one can say when the talks will end', false, 'other'],
  ];
  it.each(cases)('%s', (words, reported, stance) => {
    expect(said(words, reported)).toBe(stance);
  });
});

describe('what something still is, in the present: a description, not a happening', () => {
  const cases: Case[] = [
    ['Sylvania remains Freedonia’s ally, a close state', false, 'other'],
    ['the port remains a target for the rebels', true, 'other'],
    ['it remains an open question', true, 'other'],
    // How things stand in fact, and the noun "remains", still tell.
    ['the town remains under siege', true, 'confirms'],
    ['the toll remains at 40', true, 'confirms'],
    ['the remains of 12 soldiers were returned', true, 'confirms'],
  ];
  it.each(cases)('%s', (words, reported, stance) => {
    expect(said(words, reported)).toBe(stance);
  });
});
