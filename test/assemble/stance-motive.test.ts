import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * Why a side acts: the statement explains (`other`); a happening told with its motive is still told
 * (`confirms`).
 */

/** [the words said, whether they are the writer's report (else a quotation), the stance]. */
type Case = [string, boolean, Stance];

/** The stance of `words` said by a side, with "said". */
function said(words: string, reported: boolean): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported, forASide: true });
}

describe('a motive given for acting at all', () => {
  const cases: Case[] = [
    ['Our friends acted out of a sense of solidarity, driven by the spirit of the treaty', false, 'other'],
    ['they acted out of fear for their families', true, 'other'],
    ['We did so out of a sense of duty to our allies', false, 'other'],
    ['the volunteers are acting from a deep sense of compassion', true, 'other'],
    // A happening told with its motive stays told; "out of" a place or a supply is no motive.
    ['Sylvania sent troops out of a sense of duty', true, 'confirms'],
    ['the troops moved out of the city on Monday', true, 'confirms'],
    ['the vessels ran out of fuel before reaching port', true, 'confirms'],
    ['the crews acted quickly to put out the fire', true, 'confirms'],
  ];
  it.each(cases)('%s', (words, reported, stance) => {
    expect(said(words, reported)).toBe(stance);
  });
});


describe('a side standing up for others', () => {
  const cases: Case[] = [
    ['they are standing up for the valley’s people', true, 'other'],
    ['We are standing up for our sovereignty and our people', false, 'other'],
    // Standing told as a happening stays told.
    ['the delegates were standing when the anthem played', true, 'confirms'],
    ['the soldiers stood up for the anthem', true, 'confirms'],
  ];
  it.each(cases)('%s', (words, reported, stance) => {
    expect(said(words, reported)).toBe(stance);
  });
});

describe('acts said to answer a people’s demands or others’ calls', () => {
  const cases: Case[] = [
    ['the attacks were in response to the demands of the valley’s people and calls from its neighbours to stand with the farmers', true, 'other'],
    ['the blockade was in direct response to the calls of the protesters', true, 'other'],
    ['the new curfew was in response to the wishes of the residents', true, 'other'],
    ['the protests were in response to calls from the unions to stand with the strikers', true, 'other'],
    // A past cause told, a promise of the speaker's own, and another's call told are not motives.
    ['their exclusion from the exchange was in response to a request from the Sylvanian government', true, 'confirms'],
    ['the raid was in response to the shelling of the town', true, 'confirms'],
    ['we continue to stand with the people of Sylvania', false, 'pledges'],
    ['Freedonia stands firmly with its neighbours', true, 'pledges'],
  ];
  it.each(cases)('%s', (words, reported, stance) => {
    expect(said(words, reported)).toBe(stance);
  });
});

/**
 * "(the group, claiming) to act in solidarity with the valley": "act" names no happening of its own, and
 * what follows gives the motive, as "acted out of solidarity" does. "Acted" with a part taken ("in support
 * of the assault", "in concert with …") or a manner tells what was done.
 */
describe('acting in solidarity with others', () => {
  const cases: Case[] = [
    ['to act in solidarity with the farmers of the valley', true, 'other'],
    ['they act in solidarity with the strikers at the port', true, 'other'],
    ['the crews acted in solidarity with the fishermen', true, 'other'],
    ['Sylvania acted in support of the assault on Monday', true, 'confirms'],
    ['the unions acted in concert with the farmers on Monday', true, 'confirms'],
    ['the crews acted quickly in the storm', true, 'confirms'],
  ];
  it.each(cases)('%s', (words, reported, stance) => {
    expect(said(words, reported)).toBe(stance);
  });
});
