import { describe, expect, it } from 'vitest';
import { stanceOf } from '../../src/lib/assemble/stance.ts';
import type { Stance } from '../../src/lib/model.ts';

describe('a claim or a plan named a fiction', () => {
  /** [verb, words after it, the stance]. */
  const cases: [string, string, Stance][] = [
    ['labeled', 'such statements as "fantasies," insisting the port had never been closed', 'denies'],
    ['called', 'the reports of a secret deal a hoax', 'denies'],
    ['described', 'the opposition\'s claims as "pure fiction"', 'denies'],
    ['branded', 'the proposal a pipe dream', 'denies'],
    ['called', 'it a myth', 'denies'],
    // No claim is named: a place or a book described, left to its other words.
    ['called', 'the new theme park a fantasy land for children', 'other'],
    ['described', 'the novel as science fiction', 'other'],
    ['called', 'the strikes a provocation', 'condemns'],
  ];
  it.each(cases)('%s %s', (verb, words, stance) => {
    expect(stanceOf({ verb, negated: false, denial: false }, words, { forThemselves: false, reported: true, forASide: true })).toBe(stance);
  });
});
