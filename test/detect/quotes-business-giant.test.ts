import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

describe('"the shipping giant" is a company speaking', () => {
  it.each([
    ['The shipping giant said it is “deeply concerned about the situation”.', 'The shipping giant'],
    ['The Sylvanian energy giant said the pipeline was not damaged.', 'The Sylvanian energy giant'],
  ])('%s', (sentence, description) => {
    const found = statements([sentence]);
    expect(found.map((m) => [m.speaker.description, m.government])).toEqual([[description, null]]);
  });
});
