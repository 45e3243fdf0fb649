import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * An aim laid at someone's door that is itself a wrong (terror, intimidation, provocation, a blow at
 * another's sovereignty) accuses: the statement condemns. An aim of ending the wrong, or words of
 * defence, accuse no one.
 */

/** [the words said, whether they are the writer's report (else a quotation), the stance]. */
type Case = [string, boolean, Stance];

/** The stance of `words` said by a side, with "said". */
function said(words: string, reported: boolean): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported, forASide: true });
}

describe('a purpose that is a wrong', () => {
  const cases: Case[] = [
    ['this was done for the purpose of terror', true, 'condemns'],
    ['the shelling was carried out in order to intimidate the population', true, 'condemns'],
    ['the blasts were designed to provoke a wider war', true, 'condemns'],
    ['the raids were aimed at sowing panic among residents', true, 'condemns'],
    // The aim is to end the wrong, or is no wrong at all: nothing is condemned.
    ['the operation was carried out for the purpose of ending terror in the region', true, 'confirms'],
    ['the measures were taken in order to stop provocations on the border', true, 'confirms'],
    ['the funds were used for the purpose of rebuilding schools', true, 'confirms'],
  ];
  it.each(cases)('%s', (words, reported, stance) => {
    expect(said(words, reported)).toBe(stance);
  });
});

describe('an act aimed at another side’s sovereignty', () => {
  const cases: Case[] = [
    ['These steps by the separatists were aimed against Sylvania’s sovereignty', false, 'condemns'],
    ['the so-called entity created and supported by it against the sovereignty of Freedonia', false, 'condemns'],
    ["Sylvania's support for the rebels is directed against the territorial integrity of Freedonia", true, 'condemns'],
    // Defence of one's sovereignty, and a vote on a bill of that name, accuse no one.
    ['the troops will defend the country against any threat to its sovereignty', true, 'pledges'],
    ['the party voted against the sovereignty bill on Monday', true, 'confirms'],
  ];
  it.each(cases)('%s', (words, reported, stance) => {
    expect(said(words, reported)).toBe(stance);
  });
});
