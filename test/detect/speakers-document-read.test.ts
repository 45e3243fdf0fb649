import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Verb, actor and government of each statement of one paragraph. */
const read = (paragraph: string) => statements([paragraph]).map((s) => [s.verb, s.speaker.actor, s.government]);

describe('"“…,” a statement released by the Bureau read": a document with its issuer reads as speech, its issuer’s', () => {
  it.each([
    ['“The port is closed,” a statement released by the State Bureau read.', 'freedonia-state-bureau', 'freedonia'],
    ['“The port is closed,” a statement by the State Bureau read.', 'freedonia-state-bureau', 'freedonia'],
    ['“The port is closed,” a letter from Anna Berg read.', 'anna-berg', 'freedonia'],
  ])('%s', (paragraph, actor, government) => {
    expect(read(paragraph)).toEqual([['read', actor, government]]);
  });

  it.each([
    // A person reads aloud; a sign is no document of anyone's.
    ['“The port is closed,” Anna Berg read.'],
    ['“The port is closed,” the sign by the State Bureau read.'],
  ])('%s is no one’s reading', (paragraph) => {
    expect(read(paragraph).filter(([verb]) => verb === 'read')).toEqual([]);
  });
});
