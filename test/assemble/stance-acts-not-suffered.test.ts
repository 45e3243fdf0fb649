import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of a side's own quoted `words`, said with `verb`. */
function quoted(verb: string, words: string): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true });
}

describe('the other side’s acts not to be suffered to go on threaten, as “will not go unanswered” does', () => {
  /** [the verb, the words, the stance]. */
  const cases: [string, string, Stance][] = [
    ['said', 'This cannot continue and cannot be allowed to continue.', 'threatens'],
    ['said', 'These attacks on shipping cannot be allowed to continue.', 'threatens'],
    ['said', 'Such behaviour will not be allowed to go on.', 'threatens'],
    ['said', 'We will not allow these attacks to continue.', 'threatens'],
    ['said', 'Their raids on the port must not be permitted to persist.', 'threatens'],
    // A call about talks, a restriction told of people, a judgement of how things stand.
    ['said', 'The talks cannot be allowed to fail.', 'confirms'],
    ['said', 'The refugees cannot be allowed to continue.', 'confirms'],
    ['said', 'Protesters will not be permitted to continue past the gate.', 'confirms'],
    ['said', 'The situation cannot continue like this for long.', 'confirms'],
    ['said', 'The rains cannot continue for much longer.', 'confirms'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(quoted(verb, words)).toBe(stance);
  });
});
