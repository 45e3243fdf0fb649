import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import type { Actor } from '../../src/schemas/actor.ts';
import { actors } from './quotes.fixture.ts';

describe('a company speaks, not the ship the source named after it', () => {
  const topic: Actor[] = [
    ...actors,
    { id: 'ostrava', name: 'Ostrava', kind: 'commentator', role: 'shipping company', aliases: ['Ostrava Lines'], demonyms: [] },
  ];
  const lexicon = createActorLexicon(topic);
  const find = (text: string) => findStatements([{ n: 1, text }], lexicon);

  /** [sentence, the speaker shown, the actor]. */
  const cases: [string, string, string | null][] = [
    ['After the attack on the Ostrava Star, Ostrava said it would pause all sailings.', 'Ostrava', 'ostrava'],
    ['Ostrava said on Sunday that the Ostrava Star had been hit twice.', 'Ostrava', 'ostrava'],
    // Must not fire: a person's surname still stands for the full name the source gave.
    ['Lena Kowal, a sailor, was hurt. Kowal said the crew had not slept.', 'Lena Kowal', null],
  ];
  it.each(cases)('%s', (sentence, name, actor) => {
    const said = find(sentence).filter((m) => m.verb === 'said');
    expect(said.map((m) => [m.speaker.name, m.speaker.actor])).toEqual([[name, actor]]);
  });
});
