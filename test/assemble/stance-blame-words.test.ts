import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** [the words said, whether they are the writer's report (else a quotation), the stance]. */
type Case = [string, boolean, Stance];

/** The stance of `words` said by a side, with "said". */
function said(words: string, reported: boolean): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported, forASide: true });
}

describe('a side charged with a breach or with complicity', () => {
  const cases: Case[] = [
    ['the deployment violated UN Security Council resolutions', true, 'condemns'],
    ['Sylvania had violated the terms of the truce', true, 'condemns'],
    ['Freedonia is now complicit in the blockade', false, 'condemns'],
    ['the silence of the council amounts to complicity', false, 'condemns'],
    // A breach or a side named with no charge of either: told, not condemned.
    ['the deployment was approved by the council', true, 'confirms'],
    ['the two armies held joint drills on the border', true, 'confirms'],
  ];
  it.each(cases)('%s', (words, reported, stance) => {
    expect(said(words, reported)).toBe(stance);
  });
});

describe('a search for suspects of a crime', () => {
  const cases: Case[] = [
    ['border guards were also looking for war crimes suspects who would be prosecuted', true, 'confirms'],
    ['these measures are being taken to identify war crimes suspects', true, 'confirms'],
    ['police detained two crime suspects at the port', true, 'confirms'],
    // The crime itself charged, the suspects apart: condemned.
    ['these were war crimes, committed by suspects still at large', false, 'condemns'],
    ['the shelling of the town was a war crime', true, 'condemns'],
  ];
  it.each(cases)('%s', (words, reported, stance) => {
    expect(said(words, reported)).toBe(stance);
  });
});

describe('words of disgust for a side or its acts', () => {
  const cases: Case[] = [
    ['the United States would be forming the filthiest coalition in history', true, 'condemns'],
    ['This is a disgraceful act against unarmed people', false, 'condemns'],
    ['it was the vilest of crimes', false, 'condemns'],
    // A superlative that measures, not judges: no condemnation.
    ['the allies would be forming the largest coalition in history', true, 'other'],
    ['the frigate is the fastest ship in the fleet', false, 'confirms'],
  ];
  it.each(cases)('%s', (words, reported, stance) => {
    expect(said(words, reported)).toBe(stance);
  });
});

describe('minds said to be poisoned', () => {
  const cases: Case[] = [
    ['the former leaders had poisoned the minds of the population', true, 'condemns'],
    ['state television is poisoning young people’s minds with hatred', false, 'condemns'],
    // Poison of bodies or water: told, not condemned.
    ['the water in the well had been poisoned', true, 'confirms'],
    ['two soldiers were treated for food poisoning', true, 'confirms'],
  ];
  it.each(cases)('%s', (words, reported, stance) => {
    expect(said(words, reported)).toBe(stance);
  });
});

describe('an act called treacherous or perfidious', () => {
  const cases: Case[] = [
    ['this treacherous attack on our fishermen', false, 'condemns'],
    ['the strikes answered a treacherous naval assault by the coalition', true, 'condemns'],
    ['the perfidious conduct of the occupiers', false, 'condemns'],
    // A place or a road called treacherous is a danger of it, not a blame.
    ['the treacherous waters of the strait had claimed two boats', true, 'confirms'],
    ['the convoy crossed treacherous mountain roads overnight', true, 'confirms'],
  ];
  it.each(cases)('%s', (words, reported, stance) => {
    expect(said(words, reported)).toBe(stance);
  });
});

describe('an act charged with mocking the law or undermining peace', () => {
  const cases: Case[] = [
    ['a mockery of international law.', false, 'condemns'],
    ['the deployment makes a mockery of the truce', true, 'condemns'],
    ['the launch seriously undermines peace and stability in the region', false, 'condemns'],
    ['Freedonia undermined the ceasefire by shelling the port', true, 'condemns'],
    // Must not fire: an effect foretold is a forecast, not a charge; peace strengthened is no charge.
    ['the cuts would undermine stability in the region', true, 'other'],
    ['the talks strengthened peace and stability in the region', true, 'confirms'],
  ];
  it.each(cases)('%s', (words, reported, stance) => {
    expect(said(words, reported)).toBe(stance);
  });
});
