import { describe, expect, it } from 'vitest';
import { assessesForNoSide } from '../../src/lib/assemble/stance/speaker.ts';

/** [the speaker's description, the government they speak for, whether they assess for no side]. */
type Case = [string, string | null, boolean];

describe('a speaker described as an analyst, an expert or an academic of no side', () => {
  const cases: Case[] = [
    ['a senior analyst at the Marsh Institute', null, true],
    ['a professor of history at Marsh University', null, true],
    ['a senior fellow at the Ruhl Centre for Strategy', null, true],
    ['a research fellow', null, true],
    ['a Fredonburg-based think tank', null, true],
    ['a lecturer in politics', null, true],
    // A side's own people, or a title that only sounds like one, assess nothing for no side.
    ['a professor who advises the president', 'freedonia', false],
    ['the defence minister', null, false],
    ['a fellow soldier', null, false],
    ['a resident of the town', null, false],
    // A publication titled after the trade it serves is no analyst; the trade's people still are.
    ['The Economist', null, false],
    ['The Strategist', null, false],
    ['the economist', null, true],
    ['The Chief Economist', null, true],
    ['an Economist at the Marsh Bank', null, true],
  ];
  it.each(cases)('%s', (description, government, assesses) => {
    expect(assessesForNoSide(description, government)).toBe(assesses);
  });
});
