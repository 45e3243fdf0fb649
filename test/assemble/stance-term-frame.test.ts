import { describe, expect, it } from 'vitest';
import { assembleStatements } from '../../src/lib/assemble/statements.ts';
import { quotedAsTerm } from '../../src/lib/assemble/stance/term-frame.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';

/**
 * A quotation the writer gives as someone's name for a thing ("halt what they describe as Sylvania’s “total
 * aggression”", "stop what is said was the navy’s “full-scale aggression”") judges by that name, inside a
 * call or a report of another verb: a name of blame condemns. A name that neither blames nor calls false
 * leaves the statement to its verb, and a quotation with no such frame is read as before.
 */
describe('the writer’s frame of a term', () => {
  /** [the paragraph, whether its first quotation is given as someone's term]. */
  const cases: [string, boolean][] = [
    ['The ministry called on the peacekeepers to halt what they describe as Sylvania’s “total aggression” in the valley.', true],
    ['The ministry urged the bloc to stop what is said was the navy’s “full-scale aggression” against the villages.', true],
    ['Berg denounced what she called “a gross violation” of the truce.', true],
    ['Ruhl attended what he said were “routine exercises” near Marsh City.', true],
    ['Berg praised what Freedonia terms “an act of goodwill”.', true],
    // No frame of a term: a relative of another kind, a call, a naming verb with its object.
    ['Berg said what happened was “a tragedy” for the valley.', false],
    ['The ministry called on the peacekeepers to halt the “total aggression” in the valley.', false],
    ['Berg described the raid as “a gross violation” of the truce.', false],
    ['What the ministry said next was clear: “We will not leave.”', false],
    ['Ruhl asked what the navy would do about “the raiders”.', false],
  ];
  it.each(cases)('%s', (paragraph, expected) => {
    expect(quotedAsTerm(paragraph, paragraph.search(/[“"]/))).toBe(expected);
  });
});

const lexicon = createActorLexicon([
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
  { id: 'freedonia-foreign-ministry', name: 'Freedonian Foreign Ministry', kind: 'body', government: 'freedonia', aliases: ['Freedonia’s foreign ministry'], demonyms: [] },
]);

/** The stance of the first quotation of a paragraph. */
function quoteStance(text: string): string | null | undefined {
  const source = { id: 's', title: 't', publisher: null, published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text }] };
  return assembleStatements(analyseSource(source, lexicon, []), lexicon).candidates.find((c) => c.quote !== null)?.stance;
}

describe('a term of blame inside a call', () => {
  it.each([
    ['Freedonia’s foreign ministry called on the peacekeepers to intervene and halt what they describe as Sylvania’s “total aggression” against the villagers.', 'condemns'],
    ['Freedonia’s foreign ministry called on the peacekeepers to intervene and stop what is said was Sylvania’s “full-scale aggression” against the villagers.', 'condemns'],
    // A term that does not blame leaves the call; a quotation of blame with no term frame is the call's object.
    ['Freedonia’s foreign ministry called on the peacekeepers to protect what it describes as “the ancestral villages” of the valley.', 'calls-for'],
    ['Freedonia’s foreign ministry called on the peacekeepers to intervene and halt the “total aggression” against the villagers.', 'calls-for'],
  ])('%s', (text, expected) => {
    expect(quoteStance(text)).toBe(expected);
  });
});
