import { describe, expect, it } from 'vitest';
import { reportedAct } from '../../src/lib/assemble/stance/verb.ts';

describe('a deed committed is no commitment; committing oneself to something is', () => {
  it.each([
    'Sylvania committed violations of the truce on Monday',
    'that Freedonia committed atrocities in the port',
    'the Sylvanian army committed crimes against the sailors',
  ])('reads no pledge in: %s', (words) => {
    expect(reportedAct(words)).not.toBe('pledges');
  });

  it.each([
    'Sylvania committed to the truce',
    'that Freedonia committed itself to a ceasefire',
    'Sylvania and Freedonia committed themselves to talks',
  ])('reads a pledge in: %s', (words) => {
    expect(reportedAct(words)).toBe('pledges');
  });
});
