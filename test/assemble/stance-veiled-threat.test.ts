import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import { veiledThreat } from '../../src/lib/assemble/stance/threat.ts';
import type { Stance } from '../../src/lib/model.ts';

/** The stance of `words` reported of a side with `verb`. */
function reported(verb: string, words: string): Stance {
  return stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true });
}

describe('"watch this space" said to the other side holds out action to come', () => {
  /** [the verb, the words reported, the stance]. */
  const cases: [string, string, Stance][] = [
    ['warned', 'the rebels to “watch this space” after the latest raid', 'threatens'],
    ['said', 'Our message to them is simple: watch this space.', 'threatens'],
    ['adding', 'watch this space', 'threatens'],
    // A warning without the idiom stays a warning.
    ['warned', 'the rebels to stay away from the coast', 'warns'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(reported(verb, words)).toBe(stance);
  });

  /** [the words, whether they hold the idiom]. */
  const idiom: [string, boolean][] = [
    ['watch this space', true],
    ['the new hall will have space for five hundred people', false],
    ['they will watch this area closely', false],
  ];
  it.each(idiom)('%s', (words, holds) => {
    expect(veiledThreat(words)).toBe(holds);
  });
});

describe('retaliation held out on the other side’s act: passivity forsworn, fighting back', () => {
  /** [the verb, the words reported, the stance]. */
  const cases: [string, string, Stance][] = [
    ['emphasized', 'the militia would not remain passive if Sylvania escalated its involvement', 'threatens'],
    ['said', 'We will not stand idly by if they attack the islands', 'threatens'],
    ['warned', 'that this force would fight back if attacked by Sylvania', 'threatens'],
    ['warned', 'that they would fight back if attacked', 'threatens'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(reported(verb, words)).toBe(stance);
  });
  /** No act of the other side to answer, or no force: [the verb, the words reported, the stance it must not take]. */
  const nearMisses: [string, string, Stance][] = [
    ['said', 'Freedonia would not remain passive in the talks on the border', 'threatens'],
    ['said', 'Freedonia would not stand idly by while the crews starve', 'threatens'],
    ['warned', 'that the fishermen would fight for their licences in court', 'threatens'],
    ['said', 'that this force would help the villagers rebuild their homes', 'threatens'],
  ];
  it.each(nearMisses)('%s %s', (verb, words, stance) => {
    expect(reported(verb, words)).not.toBe(stance);
  });
});
