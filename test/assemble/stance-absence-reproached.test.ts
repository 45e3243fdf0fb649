import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of a speaker's own quoted `words`, said with `verb`. */
function quoted(verb: string, words: string): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: true, reported: false });
}

describe('a question that asks where a party is, in reproach, condemns it; a question that seeks a place asks', () => {
  /** [the verb, the words, the stance]. */
  const cases: [string, string, Stance][] = [
    ['asked', 'Everyone is saying they care about us, but where are they?', 'condemns'],
    ['said', 'Where is Freedonia? Where is Sylvania? Where is Anna Berg?', 'condemns'],
    ['said', 'We waited for weeks. Where was the world?', 'condemns'],
    ['asked', 'Where is the Council?', 'condemns'],
    ['said', 'They promised to help. Where are they?', 'condemns'],
    // A place sought, a position asked, a place told.
    ['asked', 'Where are the refugees going?', 'other'],
    ['said', 'Where is the ship now?', 'other'],
    ['asked', 'Where is the nearest shelter?', 'other'],
    ['asked', 'Where is Freedonia on this issue?', 'other'],
    ['asked', 'Where is the ship?', 'other'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(quoted(verb, words)).toBe(stance);
  });
});
