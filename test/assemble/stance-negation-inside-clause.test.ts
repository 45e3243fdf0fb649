import { describe, expect, it } from 'vitest';
import { assembleStatements } from '../../src/lib/assemble/statements.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';

const lexicon = createActorLexicon([
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
  { id: 'anna-berg', name: 'Anna Berg', kind: 'person', government: 'freedonia', aliases: ['Berg'], demonyms: [] },
]);

/** The reporting verb and negation shown with the one quotation of a paragraph. */
function quoteReporting(text: string): [string | null, boolean] | undefined {
  const source = { id: 's', title: 't', publisher: null, published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text }] };
  const quote = assembleStatements(analyseSource(source, lexicon, []), lexicon).candidates.find((c) => c.quote !== null);
  return quote ? [quote.verb, quote.negated] : undefined;
}

/**
 * "Berg said Freedonia has never abandoned its “partners”": a negated verb in the clause "said" reports,
 * with a subject of its own, is what she says; the quote is reported by "said". The speaker's own
 * negated opinion ("said he did not consider …", "…, although she did not consider …") and a refusal
 * told with a modal ("would not accept") still frame the quote.
 */
describe('a negated verb inside the reported clause is not the reporting verb', () => {
  it.each([
    ['Anna Berg said Freedonia has never abandoned its “partners” in the north.', ['said', false]],
    ['Anna Berg told reporters the harbour had not lost its “old charm” after the flood.', ['told', false]],
  ])('%s', (text, expected) => {
    expect(quoteReporting(text)).toEqual(expected);
  });

  it.each([
    ['Anna Berg said she did not consider the floods a “serious threat” to the harbour.', ['did not consider', true]],
    ['Anna Berg said the dams held, although she did not consider them “safe for long”.', ['did not consider', true]],
    ['Anna Berg said Freedonia would not accept “any ultimatum” from its neighbours.', ['would not accept', true]],
  ])('leaves the frame when it is the speaker’s own or a refusal: %s', (text, expected) => {
    expect(quoteReporting(text)).toEqual(expected);
  });
});
