import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * Words quoted where the writer gives the response or the support an act is part of ("(the attack) was
 * “part of our response to defend the valley”", "(it fired) as part of its “continued support for the
 * people of Fredonburg”") give the act's motive: they tell no happening of their own (`other`). A part of
 * anything else (a convoy, a coalition, the territory), or a happening quoted after "part of", is told.
 */

/** [the reported words, the words quoted inside them, the stance]. */
type Case = [string, string, Stance];

describe('a quotation that gives the response or support an act is part of', () => {
  const cases: Case[] = [
    ['the raid on the depot was “part of [the militia’s] military response to defend the valley”', 'part of [the militia’s] military response to defend the valley', 'other'],
    ['the strike was “part of our continued solidarity with the people of Fredonburg”', 'part of our continued solidarity with the people of Fredonburg', 'other'],
    ['the group “fired two missiles at the tanker” as part of its “continued support for the people of Marsh City”', 'continued support for the people of Marsh City', 'other'],
    ['the drones were launched as part of the “retaliation for the raids on Fredonburg”', 'retaliation for the raids on Fredonburg', 'other'],
    // A part of something that is no motive, or a happening quoted: told.
    ['the frigate was “part of a convoy of ten ships” crossing the strait', 'part of a convoy of ten ships', 'confirms'],
    ['the island has been “part of Sylvania” since the treaty', 'part of Sylvania', 'confirms'],
    ['the frigate sailed as part of the “Harbour Guardian” coalition', 'Harbour Guardian', 'confirms'],
    ['as part of the operation, the navy “sank three boats” near Marsh City', 'sank three boats', 'confirms'],
  ];
  it.each(cases)('%s (%s)', (words, quote, stance) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true }, quote)).toBe(stance);
  });
});
