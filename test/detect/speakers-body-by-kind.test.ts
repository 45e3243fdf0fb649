import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import type { Actor } from '../../src/schemas/actor.ts';

const actors: Actor[] = [
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
  { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: [], demonyms: ['Sylvanian'] },
  { id: 'sylvania-ports-ministry', name: 'Ministry of Ports of Sylvania', kind: 'body', government: 'sylvania', aliases: ['Sylvanian Ministry of Ports'], demonyms: [] },
  { id: 'marsh-courier', name: 'Marsh Courier', kind: 'media', aliases: ['the Courier'], demonyms: [] },
  { id: 'anna-berg', name: 'Anna Berg', kind: 'person', government: 'sylvania', role: 'minister of ports', aliases: ['Berg'], demonyms: [] },
];
const lexicon = createActorLexicon(actors);

/** The actor and government of the last statement of the paragraphs. */
function lastCredit(paragraphs: string[]) {
  const found = findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), lexicon);
  const last = found.at(-1);
  return [last?.speaker.actor ?? null, last?.government ?? null];
}

describe('“the department” or “the agency” with no such antecedent is the state body that just spoke', () => {
  it.each([
    [['The Ministry of Ports of Sylvania said two tugs sank.', 'The department claims that the crews were rescued.']],
    [['The Ministry of Ports of Sylvania announced the closure of the harbour.', 'According to the agency, the ships left before dawn.']],
    [['Two tugs sank, the Sylvanian Ministry of Ports said.', '“The crews were rescued,” the department said.']],
  ])('%j', (paragraphs) => {
    expect(lastCredit(paragraphs)).toEqual(['sylvania-ports-ministry', 'sylvania']);
  });
});

describe('“the department” or “the agency” stays no one’s when no state body just spoke', () => {
  it.each([
    // A government, not a body of it, spoke.
    [['Sylvania said two tugs sank.', 'The department claims that the crews were rescued.']],
    // An outlet spoke.
    [['Two tugs sank, the Courier reported.', 'The department claims that the crews were rescued.']],
    // A person spoke.
    [['Anna Berg said two tugs sank.', 'The department claims that the crews were rescued.']],
    // Another side was told of since.
    [['The Ministry of Ports of Sylvania said two tugs sank.', 'Freedonia sent a frigate to the strait.', 'The department claims that the crews were rescued.']],
    // Too far back.
    [['The Ministry of Ports of Sylvania said two tugs sank.', 'Fog lay over the bay.', 'The tide was low.', 'Boats waited offshore.', 'The department claims that the crews were rescued.']],
    // Another word for the body is no such word.
    [['The Ministry of Ports of Sylvania said two tugs sank.', 'The office claims that the crews were rescued.']],
  ])('%j', (paragraphs) => {
    expect(lastCredit(paragraphs)).toEqual([null, null]);
  });
});
