import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import type { Actor } from '../../src/schemas/actor.ts';

const actors: Actor[] = [
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: ['Fredonburg'], demonyms: ['Freedonian'] },
  { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: [], demonyms: ['Sylvanian'] },
  { id: 'freedonia-bureau', name: 'Freedonian Bureau of Ports', kind: 'body', government: 'freedonia', aliases: ['the Bureau'], demonyms: [] },
  { id: 'marsh-courier', name: 'Marsh Courier', kind: 'media', aliases: ['the Courier'], demonyms: [] },
  { id: 'anna-berg', name: 'Anna Berg', kind: 'person', government: 'freedonia', role: 'defence minister', aliases: ['Berg'], demonyms: [] },
];
const lexicon = createActorLexicon(actors);

/** The actor and government of the last statement of the paragraphs. */
function lastCredit(paragraphs: string[]) {
  const found = findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), lexicon);
  const last = found.at(-1);
  return [last?.speaker.actor ?? null, last?.government ?? null];
}

describe('unnamed officials right after a side’s institution spoke are of that side', () => {
  it.each([
    // Bare officials go on with the body that spoke.
    [['The Freedonian Bureau of Ports said the harbour was closed.', 'The ships had left before dawn, officials said.'], ['freedonia-bureau', 'freedonia']],
    [['The Freedonian Bureau of Ports said the harbour was closed.', '“The ships left before dawn,” officials said.'], ['freedonia-bureau', 'freedonia']],
    // Officials of a kind are of its side only.
    [['The harbour was closed, the Freedonian Bureau of Ports said.', 'Two defense officials told reporters that the ships had left.'], [null, 'freedonia']],
    [['The harbour was closed, the Freedonian Bureau of Ports said.', 'The ships had left before dawn, military officials said.'], [null, 'freedonia']],
    // After a group of officials of a side: the same officials.
    [['The harbour was closed, several Freedonian officials said.', 'According to officials, the ships had left before dawn.'], [null, 'freedonia']],
    // One official, of a kind or not.
    [['The harbour was closed, several Freedonian officials said.', '“The ships left before dawn,” a senior security official told reporters.'], [null, 'freedonia']],
    [['The harbour was closed, the Freedonian Bureau of Ports said.', 'The ships had left before dawn, according to another official.'], [null, 'freedonia']],
    // An official of a ministry the article names with no country.
    [['The harbour was closed, several Freedonian officials said.', '“The ships left before dawn,” said a senior Defence Ministry official.'], [null, 'freedonia']],
  ])('%j', (paragraphs, credit) => {
    expect(lastCredit(paragraphs)).toEqual(credit);
  });
});

describe('unnamed officials stay no one’s when the side before is not plain', () => {
  it.each([
    // Nobody spoke before.
    [['The harbour was closed on Monday.', 'The ships had left before dawn, officials said.']],
    // A person spoke before: officials may be anyone's.
    [['Anna Berg said the harbour was closed.', 'The ships had left before dawn, officials said.']],
    // An outlet spoke before: it speaks for no side.
    [['The harbour was closed, the Courier reported.', 'The ships had left before dawn, officials said.']],
    // Another side was told of since.
    [['The Freedonian Bureau of Ports said the harbour was closed.', 'Sylvania sent two tugs to the port.', 'The ships had left before dawn, officials said.']],
    // The officials tell of the body's own act from outside it.
    [['The Freedonian Bureau of Ports said the harbour was closed.', 'The Bureau briefed lawmakers on the closure, according to officials.']],
    // What they tell is about another side first.
    [['The Freedonian Bureau of Ports said the harbour was closed.', 'Officials estimate that 300 Sylvanian sailors were sent to the port.']],
    // A place's officials, whose place the sentence does not name.
    [['The Freedonian Bureau of Ports said the harbour was closed.', 'The ships had left before dawn, local officials said.']],
    // Too far back.
    [['The Freedonian Bureau of Ports said the harbour was closed.', 'Fog lay over the bay.', 'The tide was low.', 'Boats waited offshore.', 'The ships had left before dawn, officials said.']],
  ])('%j', (paragraphs) => {
    expect(lastCredit(paragraphs)).toEqual([null, null]);
  });
});
