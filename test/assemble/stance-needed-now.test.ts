import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` said by a side, with "said". */
function said(words: string, reported: boolean): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported, forASide: true });
}

describe('a fact told, then what is needed now', () => {
  /** [the words said, whether they are the writer's report (else a quotation), the stance]. */
  const cases: [string, boolean, Stance][] = [
    ['Our partners are stepping up their support to the authorities, but international help is very urgently required', false, 'calls-for'],
    ['We have sent 20 trucks, but more aid is still needed', false, 'calls-for'],
    // What is not needed, or was needed, asks nothing.
    ['The port reopened, but no help is needed from abroad', true, 'confirms'],
    ['Three people were killed, and surgery was required for five others', true, 'confirms'],
    ['The crews are safe, and no further assistance is required', true, 'confirms'],
    ['The ship is damaged. Repairs are not required before it sails', true, 'confirms'],
  ];
  it.each(cases)('%s', (words, reported, stance) => {
    expect(said(words, reported)).toBe(stance);
  });
});
