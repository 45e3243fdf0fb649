import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

const credit = (paragraphs: string[]) => statements(paragraphs).map((s) => [s.speaker.actor, s.government]);

describe('a definite description refers to an actor the article named before', () => {
  it('"The Bureau" after the State Bureau was named', () => {
    expect(credit(['Inspectors of the State Bureau left the port on Monday.', 'The Bureau said the boats would return.'])).toEqual([
      ['freedonia-state-bureau', 'freedonia'],
    ]);
  });

  it('stays unresolved when nothing named before fits', () => {
    expect(credit(['Inspectors left the port on Monday.', 'The Bureau said the boats would return.'])).toEqual([[null, null]]);
  });
});
