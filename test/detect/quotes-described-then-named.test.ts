import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/schemas/actor.ts';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { actors } from './quotes.fixture.ts';

/** The fixture's topic with a few more people, as an editor would list them. */
const people: Actor[] = [
  { id: 'lena-holt', name: 'Lena Holt', kind: 'person', government: 'sylvania', role: 'member of the Sylvanian assembly', aliases: ['Holt'], demonyms: [] },
  { id: 'ivo-marek', name: 'Ivo Marek', kind: 'person', government: 'sylvania', role: 'member of the Sylvanian assembly', aliases: ['Marek'], demonyms: [] },
  { id: 'karl-weiss', name: 'Karl Weiss', kind: 'person', government: 'freedonia', role: 'Freedonian general', aliases: ['Weiss'], demonyms: [] },
];
const lexicon = createActorLexicon([...actors, ...people]);

/** Speaker actor and government of the first statement of the first paragraph. */
function firstCredit(paragraphs: string[]): [string | null, string | null] {
  const found = findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), lexicon).find((s) => s.paragraph === 1);
  return [found?.speaker.actor ?? null, found?.government ?? null];
}

describe('a person a source describes first ("A Sylvanian lawmaker said …") and names later by the same noun is that person', () => {
  it.each([
    // A title before the name, in a later paragraph.
    [['A Sylvanian lawmaker said on Tuesday that a captured soldier wanted to live a “quiet life” in Marsh City.', 'Lawmaker Lena Holt said she had met the two soldiers in a camp.'], ['lena-holt', 'sylvania']],
    // An indefinite apposition after the name.
    [['A Freedonian general said the column had pulled back from the river.', 'Karl Weiss, a Freedonian general who leads the northern front, spoke after the talks.'], ['karl-weiss', 'freedonia']],
    // A title in lower case with a modifier before it, in the same paragraph.
    [['An opposition lawmaker told reporters that the vote was unlawful. The claim was repeated by opposition lawmaker Holt on Friday.'], ['lena-holt', 'sylvania']],
    // A description with no side of its own: the person named gives it.
    [['A lawmaker revealed that the soldiers had asked to stay.', 'Lawmaker Lena Holt visited them in February.'], ['lena-holt', 'sylvania']],
    // A title that opens its sentence: the sentence before is no part of it.
    [['A Sylvanian lawmaker said the soldiers had asked to stay. Lawmaker Lena Holt visited them in February.'], ['lena-holt', 'sylvania']],
    // The title's own words are the description's.
    [['A Sylvanian lawmaker said the soldiers had asked to stay.', 'Sylvanian lawmaker Lena Holt visited them in February.'], ['lena-holt', 'sylvania']],
    // Of two named by the noun, the one whose title's words are the description's.
    [['A ruling-party lawmaker said the soldiers had asked to stay.', 'Opposition lawmaker Lena Holt disagreed.', 'Ruling-party lawmaker Ivo Marek visited them.'], ['ivo-marek', 'sylvania']],
  ])('%j', (paragraphs, expected) => {
    expect(firstCredit(paragraphs)).toEqual(expected);
  });

  it.each([
    // Named so before the description: "a lawmaker" after "Lawmaker Lena Holt" is someone else.
    [['Lawmaker Lena Holt visited the camp on Monday. A Sylvanian lawmaker said that the soldiers were well.'], [null, 'sylvania']],
    // Two people named by the noun later: which one, a reader cannot tell.
    [['A Sylvanian lawmaker said the soldiers had asked to stay.', 'Lawmaker Lena Holt and lawmaker Ivo Marek visited them.'], [null, 'sylvania']],
    // The person named speaks for another side than the description's.
    [['A Freedonian lawmaker said the soldiers had asked to stay.', 'Lawmaker Lena Holt visited them in February.'], [null, 'freedonia']],
    // A definite apposition holds someone's post, which "a general" need not mean.
    [['A Freedonian general said the column had pulled back from the river.', 'Karl Weiss, the Freedonian president’s general, spoke after the talks.'], [null, 'freedonia']],
    // Named by another noun.
    [['A Sylvanian lawmaker said the soldiers had asked to stay.', 'Lena Holt, a Sylvanian envoy, visited them in February.'], [null, 'sylvania']],
    // Two descriptions of the noun: two people, the later naming may be either.
    [['A ruling-party lawmaker said the soldiers had asked to stay.', 'An opposition lawmaker said the request was unlawful.', 'Lawmaker Lena Holt visited them in February.'], [null, null]],
    // Named by a title whose words the description does not have: another lawmaker.
    [['A ruling-party lawmaker said the soldiers had asked to stay.', 'Opposition lawmaker Lena Holt disagreed.'], [null, null]],
    [['A Freedonian general said the column had pulled back.', 'Karl Weiss, a retired general, spoke after the talks.'], [null, 'freedonia']],
    // The name is no title of the noun: the lawmaker is only told of beside it.
    [['A Sylvanian lawmaker said the soldiers had asked to stay.', 'Lena Holt met the lawmaker in February.'], [null, 'sylvania']],
  ])('no person: %j', (paragraphs, expected) => {
    expect(firstCredit(paragraphs)).toEqual(expected);
  });
});
