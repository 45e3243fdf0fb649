import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import type { Actor } from '../../src/schemas/actor.ts';

const actors: Actor[] = [
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
  { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: [], demonyms: ['Sylvanian'] },
  { id: 'sylvania-ports-ministry', name: 'Ministry of Ports of Sylvania', kind: 'body', government: 'sylvania', aliases: ['Sylvania’s Ministry of Ports'], demonyms: [] },
];
const lexicon = createActorLexicon(actors);

function found(paragraphs: string[]) {
  return findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), lexicon);
}

/** The actor and government of the last statement of the paragraphs. */
function lastCredit(paragraphs: string[]) {
  const last = found(paragraphs).at(-1);
  return [last?.speaker.actor ?? null, last?.government ?? null];
}

describe('a modifier letter apostrophe (U+02BC) is read as an apostrophe', () => {
  it.each([
    // "the country's" after the country was named.
    [['Sylvania closed the harbour on Monday.', 'The countryʼs Ministry of Ports said two tugs sank.'], ['sylvania-ports-ministry', 'sylvania']],
    // A possessive the topic data lists.
    [['Two tugs sank, Sylvaniaʼs Ministry of Ports said.'], ['sylvania-ports-ministry', 'sylvania']],
    // The same with the right single quotation mark, as before.
    [['Sylvania closed the harbour on Monday.', 'The country’s Ministry of Ports said two tugs sank.'], ['sylvania-ports-ministry', 'sylvania']],
  ])('%j', (paragraphs, credit) => {
    expect(lastCredit(paragraphs)).toEqual(credit);
  });

  it('keeps the evidence as printed, with its U+02BC', () => {
    const paragraph = 'The harbourʼs gates were shut, Sylvaniaʼs Ministry of Ports said.';
    const [statement] = found([paragraph]);
    expect(statement?.evidence).toContain('harbourʼs');
    expect(paragraph).toContain(statement?.evidence ?? '\u0000');
  });
});

describe('a modifier letter apostrophe gives no side the text does not make plain', () => {
  it.each([
    // Two countries named before: "the country" may be either.
    [['Sylvania and Freedonia closed the harbour on Monday.', 'The countryʼs Ministry of Ports said two tugs sank.']],
    // No country named before.
    [['The harbour was closed on Monday.', 'The countryʼs Ministry of Ports said two tugs sank.']],
    // A modifier letter used as a letter in a name is no possessive.
    [['Two tugs sank, Haʼapai officials said.']],
  ])('%j', (paragraphs) => {
    expect(lastCredit(paragraphs)).toEqual([null, null]);
  });
});
