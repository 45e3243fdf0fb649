import { describe, expect, it } from 'vitest';
import { CueCounts } from '../../src/lib/detect/figures/cue-counts.ts';
import type { FigureCategory } from '../../src/schemas/figure-category.ts';

const category = (id: string, cues: string[]): FigureCategory => ({ id, label: id, units: [id], cues });

const CATEGORIES = [
  category('sent', ['sent', 'deployed', 'Deployed', 'carried out', 'nov. 19', '2nd']),
  category('killed', ['killed', 'dead', 'dead', 'toll']),
  category('other', ['-strong', 'éclair', 'sent']),
];

/** The plain rule the index must agree with: each listed cue that stands in the text with no letter or digit touching it. */
function searched(text: string): number[] {
  const lower = text.toLowerCase();
  const whole = (cue: string) => {
    for (let at = lower.indexOf(cue); at >= 0; at = lower.indexOf(cue, at + 1)) {
      if (!/[\p{L}\d]/u.test(lower.charAt(at - 1)) && !/[\p{L}\d]/u.test(lower.charAt(at + cue.length))) return true;
    }
    return false;
  };
  return CATEGORIES.map((c) => c.cues.filter((cue) => whole(cue.toLowerCase())).length);
}

describe('CueCounts: the cue words of each category a text holds as whole words', () => {
  const counts = new CueCounts(CATEGORIES);

  it.each([
    ['Troops were sent and DEPLOYED; 12 were killed.', [3, 1, 1]],
    // A cue listed twice counts twice; a word said twice counts once.
    ['The dead, the dead and the toll.', [0, 3, 0]],
    // Inside a longer word, or touching a digit, a cue is not there.
    ['The resentment of the undeployed killedx 2sent toll2.', [0, 0, 0]],
    // A cue of several words, or with a dot, is searched for, and must stand whole too.
    ['Strikes were carried out on Nov. 19, not carried outward.', [2, 0, 0]],
    ['It was nov. 190 and carried-out.', [0, 0, 0]],
    // A letter outside ASCII touches a cue as any letter does; a cue may hold one itself.
    ['sentí and éclair, but not éclairs.', [0, 0, 1]],
    ['a 600-strong unit, the 2nd sent; a -strong one', [2, 0, 2]],
    ['', [0, 0, 0]],
  ])('%s', (text, expected) => {
    expect(counts.counts(text)).toEqual(expected);
    expect(counts.counts(text)).toEqual(searched(text));
  });
});

describe('CueCounts: the present participle of a past-form cue', () => {
  const counts = new CueCounts([category('moved', ['arrived', 'diverted', 'stopped', 'carried', 'fled', 'agreed']), category('other', ['transiting', 'transited'])]);

  it.each([
    ['Ships diverting, refugees arriving, trains stopping, trucks carrying.', [4, 0]],
    // Must not: a stem too short or ending in "e" to be sure of ("fled", "agreed"), and a longer word.
    ['Fleing and agreing, the arrivings.', [0, 0]],
    // A participle the category lists itself counts once.
    ['Ships transiting.', [0, 1]],
  ])('%s', (text, expected) => {
    expect(counts.counts(text)).toEqual(expected);
  });
});
