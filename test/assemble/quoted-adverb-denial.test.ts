import { describe, expect, it } from 'vitest';
import { assembleStatements } from '../../src/lib/assemble/statements.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';

const lexicon = createActorLexicon([
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
  { id: 'anna-berg', name: 'Anna Berg', kind: 'person', government: 'freedonia', aliases: ['Berg'], demonyms: [] },
]);

/** The quotation of a paragraph, with the reporting verb and negation shown with it. */
function quoteReporting(text: string): [string | null, string | null, boolean, string | null] | undefined {
  const source = { id: 's', title: 't', publisher: null, published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text }] };
  const quote = assembleStatements(analyseSource(source, lexicon, []), lexicon).candidates.find((c) => c.quote !== null);
  return quote ? [quote.quote, quote.verb, quote.negated, quote.stance] : undefined;
}

/**
 * "said it “categorically” rejects the accusations": the quoted adverb alone would show a denial as an
 * assertion; the denying verb right after it joins the telling, negated.
 */
describe('a quoted adverb of a denying verb is shown with that denial', () => {
  it.each([
    ['Anna Berg said Freedonia “categorically” rejects the accusations.', ['categorically', 'said … rejects', true, 'denies']],
    ['Anna Berg said Freedonia “firmly” denied the reports on Monday.', ['firmly', 'said … denied', true, 'denies']],
    ['Anna Berg said she “strongly” disagreed with the criticism of the navy.', ['strongly', 'said … disagreed', true, 'denies']],
    // Must not fire: an adverb of a verb that denies nothing, and a quoted word that is no adverb.
    ['Anna Berg said Freedonia “deeply” regrets the losses.', ['deeply', 'said', false]],
    ['Anna Berg said Freedonia “categorically” supports the plan.', ['categorically', 'said', false]],
    ['Anna Berg said the “rejected” plan would come back to parliament.', ['rejected', 'said', false]],
  ])('%s', (text, expected) => {
    // The near misses leave the stance to the words, as they were.
    expect(quoteReporting(text)?.slice(0, expected.length)).toEqual(expected);
  });
});
