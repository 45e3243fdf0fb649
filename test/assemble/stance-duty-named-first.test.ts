import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of a side's own quoted `words`. */
function quoted(words: string): Stance {
  return stanceOf({ verb: 'said', negated: false, denial: false }, words, { forThemselves: false, reported: false, forASide: true });
}

describe('a duty of the speaker’s side named first, then what it is, undertakes it', () => {
  /** [the words, the stance]. */
  const cases: [string, Stance][] = [
    ['As for the government of Freedonia, our primary duty today is to receive our compatriots from Marsh City with care.', 'pledges'],
    ['Our duty is to protect the people of the valley.', 'pledges'],
    ['My first obligation now is to rebuild the homes in Fredonburg.', 'pledges'],
    ['Our main duty at the moment is to provide shelter to every family that arrives.', 'pledges'],
    // A duty of speech, a duty told of the past, another's duty, or a duty named without what it is.
    ['Our duty is to inform the public about the danger in the strait.', 'warns'],
    ['Our duty was to hold the bridge until the convoy passed.', 'confirms'],
    ['The duty of every state is to protect the civilians of the valley.', 'other'],
    ['Our duty to the families of the crew has not changed since the war began.', 'confirms'],
  ];
  it.each(cases)('%s', (words, stance) => {
    expect(quoted(words)).toBe(stance);
  });
});
