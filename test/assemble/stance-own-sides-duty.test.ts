import { describe, expect, it } from 'vitest';
import { assembleStatements } from '../../src/lib/assemble/statements.ts';
import { analyseSource } from '../../src/lib/pipeline/analyse-source.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';

/**
 * A duty named with the speaker's own side, first in the words ("According to Berg, the primary duty of
 * the Freedonian government at the moment is to receive the displaced") is a duty taken on, pledges, as
 * "our primary duty is to" is. Another side's duty so named, a duty of speech and a duty told of the past
 * are not taken on.
 */
const lexicon = createActorLexicon([
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: ['the Freedonian government', 'Freedonian government'], demonyms: ['Freedonian'] },
  { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: ['the Sylvanian government', 'Sylvanian government'], demonyms: ['Sylvanian'] },
  { id: 'anna-berg', name: 'Anna Berg', kind: 'person', government: 'freedonia', aliases: ['Berg'], demonyms: [] },
]);

/** The stance of the first statement of a paragraph. */
function firstStance(text: string): string | null | undefined {
  const source = { id: 's', title: 't', publisher: null, published: '2025-03-14', wire: [], file: 'f.mdx', paragraphs: [{ n: 1, text }] };
  return assembleStatements(analyseSource(source, lexicon, []), lexicon).candidates[0]?.stance;
}

describe('the duty of the speaker’s own side', () => {
  /** [the paragraph, whether its first statement pledges]. */
  it.each<[string, boolean]>([
    ['According to Berg, the primary duty of the Freedonian government at the moment is to carefully receive the displaced families.', true],
    ['According to Berg, the first obligation of Freedonia now is to shelter the families from the valley.', true],
    ['Berg said the main duty of the Freedonian government is to rebuild the bridges in Marsh City.', true],
    // Another side's duty, a duty of speech, a duty told of the past: not taken on.
    ['According to Berg, the primary duty of the Sylvanian government at the moment is to protect the civilians.', false],
    ['According to Berg, the primary duty of the Freedonian government is to inform the public of the figures.', false],
    ['According to Berg, the primary duty of the Freedonian government was to hold the line in the valley.', false],
  ])('%s', (text, pledged) => {
    expect(firstStance(text) === 'pledges').toBe(pledged);
  });
});
