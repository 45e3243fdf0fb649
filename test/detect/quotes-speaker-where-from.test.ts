import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Each report of one sentence: its speaker (actor id, else the description), government and reported words. */
const read = (text: string) => statements([text]).map((m) => [m.speaker.actor ?? m.speaker.description, m.government, m.reported]);

describe('a role and where its holders are or come from is a speaker: "witnesses from the region", "commanders on the ground"', () => {
  it.each([
    ['Witnesses from the region reported that the depot burned for hours.', [['Witnesses from the region', null, 'that the depot burned for hours']]],
    ['Witnesses from inside the region said that the depot burned for hours.', [['Witnesses from inside the region', null, 'that the depot burned for hours']]],
    ['Sources from within the ministry said that the depot burned for hours.', [['Sources from within the ministry', null, 'that the depot burned for hours']]],
    ['Commanders on the ground have reported that the depot burned for hours.', [['Commanders on the ground', null, 'that the depot burned for hours']]],
    // Where they are tells nothing of whom they speak for: the demonym before the role still does.
    ['Sylvanian commanders on the ground said that the depot burned for hours.', [['Sylvanian commanders on the ground', 'sylvania', 'that the depot burned for hours']]],
    ['Freedonian officials on the scene said that the depot burned for hours.', [['Freedonian officials on the scene', 'freedonia', 'that the depot burned for hours']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // No role before the place: a thing that came from somewhere says nothing.
    ['Shells fired from inside the region said nothing about the depot.'],
    ['The attack on soldiers from the village said nothing about the depot.'],
    // "on" that tells what a thing is about, not where people are.
    ['The pressure on the ground said nothing about the depot.'],
    ['The report on the scene of the fire said nothing about the depot.'],
    // "from" after no role: smoke from the region.
    ['Smoke from the region reported nothing about the depot.'],
  ])('no speaker: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});
