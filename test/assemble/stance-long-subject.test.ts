import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A judging predicate after a long subject judges as it does after a short one: "the withdrawal of the rebel
 * units from the hills above the northern districts of Marsh City creates conditions for …" weighs an effect,
 * "the presence of foreign warships in the waters off the coast of Sylvania is a burden" describes, both
 * `other`. The same long subjects before a happening, a count or a state told in fact stay told.
 */
describe('a judging predicate after a long subject', () => {
  /** [words reported with "said", the stance]. */
  const cases: [string, Stance][] = [
    ['the withdrawal of the rebel units from the hills above the northern districts of Marsh City creates conditions for the return of the displaced', 'other'],
    ['the talks of the envoys of Freedonia and Ruritania in the old palace of Fredonburg were frank and cordial', 'other'],
    ['the cooperation of the coast guards of Freedonia and Ruritania in the southern strait has been very productive', 'other'],
    ['the presence of foreign warships in the waters off the coast of Sylvania is a burden for the fishermen', 'other'],
    ['the port of Fredonburg on the eastern shore of the lake remains a lifeline for the island', 'other'],
    ['the small harbour of Fredonburg on the eastern shore of the lake continues to be a lifeline for the islanders', 'other'],
    // The same subjects before a happening, a count or a state told in fact: still told.
    ['the withdrawal of the rebel units from the hills above the northern districts of Marsh City began on Monday', 'confirms'],
    ['the talks of the envoys of Freedonia and Ruritania in the old palace of Fredonburg were held on Monday', 'confirms'],
    ['the coast guards of Freedonia and Ruritania in the southern strait have been patrolling the waters since Monday', 'confirms'],
    ['the number of foreign warships in the waters off the coast of Sylvania is 14', 'confirms'],
    ['the port of Fredonburg on the eastern shore of the lake remains under siege', 'confirms'],
    ['the small harbour of Fredonburg on the eastern shore of the lake continues to be shelled every night', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
