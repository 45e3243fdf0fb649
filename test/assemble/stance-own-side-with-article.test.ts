import { describe, expect, it } from 'vitest';
import { assembleStatements } from '../../src/lib/assemble/statements.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import type { Stance } from '../../src/lib/model.ts';

const lexicon = createActorLexicon([
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
  { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: [], demonyms: ['Sylvanian'] },
  { id: 'palace', name: 'Palace', kind: 'body', government: 'freedonia', aliases: ['the Palace', 'The Palace'], demonyms: [] },
  { id: 'harbour-board', name: 'Harbour Board', kind: 'body', government: 'sylvania', aliases: ['the Harbour Board', 'The Harbour Board'], demonyms: [] },
  { id: 'anna-berg', name: 'Anna Berg', kind: 'person', government: 'freedonia', aliases: ['Berg'], demonyms: [] },
]);

/** The stance of the one reported statement of a paragraph. */
function stanceIn(text: string): Stance | null | undefined {
  const source = { id: 's', title: 't', publisher: null, published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text }] };
  return assembleStatements(analyseSource(source, lexicon, []), lexicon).candidates.find((c) => c.reported !== null)?.stance;
}

/**
 * "(Berg said) the Palace regrets the losses": a side whose name holds its article ("the Palace", "the
 * Ministry") is the speaker's own side from that article on, as "Freedonia" is; its feeling is the
 * side's own, and what it will do it undertakes. Another side so named, or the speaker's side named
 * after other words, is not.
 */
describe('the speaker’s own side named with the article of its name', () => {
  it.each([
    ['The Palace regrets the losses in the valley, spokeswoman Anna Berg said.', 'other'],
    ['Anna Berg said the Palace regrets the losses in the valley.', 'other'],
    ['Anna Berg said that the Palace regrets the losses in the valley.', 'other'],
    ['Anna Berg said Freedonia regrets the losses in the valley.', 'other'],
  ])('%s', (text, stance) => {
    expect(stanceIn(text)).toBe(stance);
  });

  it.each([
    ['Anna Berg said the Harbour Board regrets the losses in the valley.', 'confirms'],
    ['The Harbour Board regrets the losses in the valley, Anna Berg said.', 'confirms'],
    ['Anna Berg said Sylvania regrets the losses in the valley.', 'confirms'],
    ['Anna Berg said critics of the Palace regret the losses in the valley.', 'confirms'],
  ])('not another side, nor the side named after other words: %s', (text, stance) => {
    expect(stanceIn(text)).toBe(stance);
  });
});
