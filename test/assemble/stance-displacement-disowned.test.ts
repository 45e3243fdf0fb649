import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * People's forced departure disowned ("people leaving Marsh City haven’t been forced from their homes",
 * "Sylvania does not aim to force the residents to leave") rejects a charge of expulsion: denies, not an
 * absence told. A departure forced and told, a call that no one be forced, and a negated "force" that
 * drives no one out stay as they were.
 */
describe('forced departure disowned', () => {
  /** [words said by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['that people leaving Marsh City haven’t been forced from their homes', 'denies'],
    ['Sylvania does not aim to force the Ostmark residents to leave this region', 'denies'],
    ['we did not expel anyone from Fredonburg', 'denies'],
    ['nobody is forcing them to leave', 'denies'],
    ['they were not deported, they left of their own free will', 'denies'],
    // Told, called for, or no one driven out: as before.
    ['the residents were forced to flee their homes', 'confirms'],
    ['no one should be forced to leave their home', 'calls-for'],
    ['the port has not been forced to close', 'confirms'],
    ['the troops have not been forced back', 'confirms'],
    ['Freedonia did not force the pace of the talks', 'confirms'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true })).toBe(expected);
  });
});
