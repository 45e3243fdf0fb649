import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

const told = { forThemselves: false, reported: true, forASide: true };

describe('a feeling shared', () => {
  /** [verb, words, the stance]. */
  const cases: [string, string, Stance][] = [
    ['said', 'he shared the governor\'s "disappointment and frustration" with the contractors', 'condemns'],
    ['said', 'he shared U.S. Governor Jane Berg\'s "disappointment and frustration" with the contractors', 'condemns'],
    ['said', 'she shared their concern over the cracks in the dam', 'warns'],
    ['said', 'We share the joy of the families who welcomed the crew home', 'other'],
    ['shared', 'his alarm at the rising river', 'warns'],
    // Not a feeling: what is shared is left to the other rules.
    ['said', 'he shared the prize with two colleagues from the institute', 'confirms'],
    ['shared', 'a video of the collapsed bridge on social media', 'confirms'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, told)).toBe(stance);
  });
});
