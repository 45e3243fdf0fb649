import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** [the words said, whether they are the writer's report (else a quotation), the stance]. */
type Case = [string, boolean, Stance];

/** The stance of `words` said by a side, with "said". */
function said(words: string, reported: boolean): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported, forASide: true });
}

describe('an interest or a desire disowned', () => {
  const cases: Case[] = [
    ['the capital had no interest in a war with its neighbour', true, 'other'],
    ['they are not interested in talks', true, 'other'],
    ['we have no wish to stay here', false, 'other'],
    ['the bank had no interest payments due', true, 'confirms'],
    ['the town had no electricity', true, 'confirms'],
  ];
  it.each(cases)('%s', (words, reported, stance) => {
    expect(said(words, reported)).toBe(stance);
  });
});

describe("a forecast the speaker doubts in their own words", () => {
  const cases: Case[] = [
    ['We don’t believe that the new dam will help the farmers', false, 'other'],
    ['I do not think they could win the vote', false, 'other'],
    // A claim rejected, with no forecast, is left to the other rules.
    ['We don’t believe the reports', false, 'confirms'],
  ];
  it.each(cases)('%s', (words, reported, stance) => {
    expect(said(words, reported)).toBe(stance);
  });
});

describe('a view the speaker opens with', () => {
  const cases: Case[] = [
    ['In my view, the plan was rushed', false, 'other'],
    ['in her opinion, the bridge was hit twice', true, 'other'],
    // An assessment or an estimate of a count still claims it.
    ['In our assessment, 600 soldiers were killed', false, 'confirms'],
    ['In May, the bridge was hit twice', false, 'confirms'],
  ];
  it.each(cases)('%s', (words, reported, stance) => {
    expect(said(words, reported)).toBe(stance);
  });
});

describe('a feeling the speaker has about what happened', () => {
  const cases: Case[] = [
    ['We regret that the talks failed', false, 'other'],
    ['it deeply regretted the decision', true, 'other'],
    ['we appreciate their help', false, 'other'],
    ['they regretted nothing and fought on', true, 'confirms'],
    ['the talks failed', true, 'confirms'],
  ];
  it.each(cases)('%s', (words, reported, stance) => {
    expect(said(words, reported)).toBe(stance);
  });
});

describe('a motive given', () => {
  const cases: Case[] = [
    ['the capital seeks to modernise its fleet', true, 'other'],
    ['the rebels are seeking to split the coalition', true, 'other'],
    ['the rebels split the coalition', true, 'confirms'],
  ];
  it.each(cases)('%s', (words, reported, stance) => {
    expect(said(words, reported)).toBe(stance);
  });
});
