import { describe, expect, it } from 'vitest';
import { assembleStatements } from '../../src/lib/assemble/statements.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { quoteNamesNoneOf } from '../../src/lib/assemble/stance/none-quoted.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';

const lexicon = createActorLexicon([
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
  { id: 'anna-berg', name: 'Anna Berg', kind: 'person', government: 'freedonia', aliases: ['Berg'], demonyms: [] },
]);

/** The quotations of a paragraph with their stance. */
function quotes(text: string): [string | null, string | null][] {
  const source = { id: 's', title: 't', publisher: null, published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text }] };
  return assembleStatements(analyseSource(source, lexicon, []), lexicon).candidates.filter((c) => c.quote !== null).map((c) => [c.quote, c.stance]);
}

/**
 * "there were no injuries or “material damage”": the quote names what the speaker says there was none
 * of; alone, told as it stands, it would read as the harm confirmed. It denies it.
 */
describe('a partial quote after "no" is denied, not told', () => {
  it.each([
    ['“The raid will be answered,” Anna Berg told the Courier, adding there were no injuries or “material damage”.', 'material damage'],
    ['Anna Berg told the Courier there was no “damage” to the port.', 'damage'],
    ['Anna Berg said the ship suffered no casualties or “serious losses”.', 'serious losses'],
    ['Anna Berg said the navy found no boats, crews or “weapons of any kind” on the shore.', 'weapons of any kind'],
  ])('%s', (text, quote) => {
    expect(quotes(text).find(([q]) => q === quote)?.[1]).toBe('denies');
  });

  it.each([
    // Must not fire: a "no" of the future (a threat), a "no" with a clause between, the "no" quoted, no "no".
    ['Anna Berg said there will be no “mercy” for the raiders.', 'mercy'],
    ['Anna Berg said there was no doubt the raids were “illegal”.', 'illegal'],
    ['Anna Berg told the Courier there were “no injuries” among the crew.', 'no injuries'],
    ['Anna Berg told the Courier there were injuries and “material damage”.', 'material damage'],
  ])('%s', (text, quote) => {
    expect(quotes(text).find(([q]) => q === quote)?.[1]).not.toBe('denies');
  });
});

describe('quoteNamesNoneOf', () => {
  it.each([
    ['there were no injuries or “material damage”', 'material damage', true],
    ['there has been no “disruption”', 'disruption', true],
    ['reported no deaths, injuries or “damage”', 'damage', true],
    ['there would be no “mercy”', 'mercy', false],
    ['there was no sign that the talks were “over”', 'over', false],
    ['no one saw “anything”', 'anything', false],
  ])('%s', (words, quote, expected) => {
    expect(quoteNamesNoneOf(words, quote)).toBe(expected);
  });
});
