import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * Words quoted inside the writer's report that open with a purpose, right after an act the writer
 * names ("started the activities in the region “to put an end to …”"), give what the act is for: they
 * tell no happening of their own (`other`). A place after "to", or a happening quoted, is not a purpose.
 */

/** [the reported words, the words quoted inside them, the stance]. */
type Case = [string, string, Stance];

describe('a purpose quoted after an act', () => {
  const cases: Case[] = [
    ['Sylvania was forced to start the local security activities in the region “to put an end to the provocative actions of the other side.”', 'to put an end to the provocative actions of the other side.', 'other'],
    ['the navy launched operations in the strait “to restore freedom of navigation”', 'to restore freedom of navigation', 'other'],
    ['the coalition stepped up its efforts “in order to stop the smuggling”', 'in order to stop the smuggling', 'other'],
    // A place, or a happening quoted: told.
    ['the troops moved their operations “to the south of the city”', 'to the south of the city', 'confirms'],
    ['the activities in the region “have stopped completely”', 'have stopped completely', 'confirms'],
  ];
  it.each(cases)('%s', (words, quote, stance) => {
    expect(stanceOf({ verb: 'noted', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true }, quote)).toBe(stance);
  });
});
