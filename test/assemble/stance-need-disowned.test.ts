import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { type StanceSpeaker } from '../../src/lib/assemble/stance/speaker.ts';
import type { Stance } from '../../src/lib/model.ts';

/** A side's spokesperson, in reported words. */
const SIDE: StanceSpeaker = { forThemselves: false, reported: true, forASide: true };
/** A side's own words, quoted. */
const QUOTED: StanceSpeaker = { forThemselves: false, reported: false, forASide: true };

describe('a need disowned ("sees no need to", "does not see the need for") asks no one to act', () => {
  /** [reporting verb, words, who speaks, the stance]. */
  const cases: [string, string, StanceSpeaker, Stance][] = [
    // The need denied: the side turns something down; it calls for nothing.
    ['said', 'it does not see the need to take part in talks of this kind', SIDE, 'confirms'],
    ['said', 'Sylvania does not need such a forum. Marsh City sees no need to discuss the matter with distant powers', QUOTED, 'confirms'],
    ['said', 'the ministry did not see the need for foreign observers', SIDE, 'confirms'],
    ['said', 'there is no need for any monitoring mission in Fredonburg', SIDE, 'confirms'],
    ['said', "Ruritania doesn't need to send more troops to the border", SIDE, 'confirms'],
    ['said', 'We never needed to ask anyone for permission. We see no need to do so now', QUOTED, 'confirms'],
    // Near misses: the need asserted still calls.
    ['said', 'Freedonia needs to withdraw its troops from the border', SIDE, 'calls-for'],
    ['said', 'there is an urgent need for aid in Fredonburg', SIDE, 'calls-for'],
    ['said', 'it sees the need to open talks with Sylvania at once', SIDE, 'calls-for'],
    ['said', 'We need to talk now. Both sides need to stop the shelling', QUOTED, 'calls-for'],
    ['said', 'the talks stalled. Both sides need to return to the table', SIDE, 'calls-for'],
    ['said', 'Berg stressed the need for a ceasefire in Marsh City', SIDE, 'calls-for'],
  ];
  it.each(cases)('%s %s', (verb, words, speaker, stance) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, speaker)).toBe(stance);
  });
});
