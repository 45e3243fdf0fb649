import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/**
 * A speaker who says they have no information or details about a matter ("(Ruhl said) he has no information
 * about the arrest", "we have no further details on the incident") leaves it open, as "we do not know"
 * does: unconfirmed. Information that someone gave, a lack told of others, and a matter called false stay
 * as they were.
 */
describe('no information about a matter', () => {
  /** [words reported with "said" by a side, the stance]. */
  const cases: [string, Stance][] = [
    ['he has no information about the arrest of the Freedonian citizen', 'unconfirmed'],
    ['the ministry had no details on the incident near Marsh City', 'unconfirmed'],
    ['we have no further information regarding the crew', 'unconfirmed'],
    ['Sylvania has no precise details about the casualties', 'unconfirmed'],
    // Information given or received, an act told, a report called false: as before.
    ['Sylvania gave information about the arrest to the court', 'confirms'],
    ['the agency received details of the attack on Monday', 'confirms'],
    ['the ministry published information on the casualties', 'confirms'],
    ['the reports of an arrest are false', 'denies'],
  ];
  it.each(cases)('%s', (words, expected) => {
    expect(stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(expected);
  });
});
