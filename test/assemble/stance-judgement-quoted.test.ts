import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * Words quoted after the writer's copula that only judge ("(the strikes carried out overnight against
 * targets in the north) were “necessary and proportionate”", "(the old arrangements) are “ineffective”")
 * assess, `other`, however long the subject before them. A happening quoted, a noun phrase, and a
 * judgement conceded in a "while" clause before a main clause that tells, stay as they were.
 */
describe('a judgement quoted after the writer’s copula', () => {
  /** [the reported words, the words quoted inside them, the stance]. */
  const cases: [string, string, Stance][] = [
    ['the strikes carried out overnight against targets in the north over the attacks on shipping were “necessary and proportionate”', 'necessary and proportionate', 'other'],
    ['the old security arrangements of the country, which is a member of the pact, are “ineffective” after the defeat', 'ineffective', 'other'],
    ['the measures taken by the port authority in Marsh City after the blast were “fully justified”', 'fully justified', 'other'],
    ['the talks between the two delegations in Fredonburg on Monday were “very constructive”', 'very constructive', 'other'],
    // A happening quoted, a noun phrase, a conceded judgement: as before.
    ['the villages along the northern border of the region were “shelled overnight”', 'shelled overnight', 'confirms'],
    ['the new rules for the crossings at the border are “effective immediately”', 'effective immediately', 'confirms'],
    ['the Chief of Staff noted that while the front remains “difficult,” their operations are expanding into the north', 'difficult,', 'confirms'],
    ['the men held by the militia in the hills were “released unharmed”', 'released unharmed', 'confirms'],
  ];
  it.each(cases)('%s', (words, quote, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true }, quote)).toBe(expected);
  });
});
