import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/schemas/actor.ts';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { actors } from './quotes.fixture.ts';

/**
 * "A Sylvanian lawmaker said … ¶ Lawmaker Lena Holt said …", "A Freedonian spokesperson said … ¶ …, said
 * Freedonian spokesperson, Anna Berg.": someone a source describes first is the person it names later
 * by the same noun, as a careful reader takes them (corpus README: the name when the article gives it
 * anywhere), when the naming and the description tell one person: neither gives a word the other
 * lacks, but the side the person speaks for, and the description does not say the person is unnamed.
 */

/** The fixture's topic with a few more people, as an editor would list them. */
const people: Actor[] = [
  { id: 'lena-holt', name: 'Lena Holt', kind: 'person', government: 'sylvania', role: 'member of the Sylvanian assembly', aliases: ['Holt'], demonyms: [] },
  { id: 'ivo-marek', name: 'Ivo Marek', kind: 'person', government: 'sylvania', role: 'member of the Sylvanian assembly', aliases: ['Marek'], demonyms: [] },
  { id: 'karl-weiss', name: 'Karl Weiss', kind: 'person', government: 'freedonia', role: 'Freedonian general', aliases: ['Weiss'], demonyms: [] },
];
const lexicon = createActorLexicon([...actors, ...people]);

/** The statements found in paragraphs numbered from 1. */
const statements = (paragraphs: string[]) => findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), lexicon);

/** Speaker actor and government of the first statement of the first paragraph. */
function firstCredit(paragraphs: string[]): [string | null, string | null] {
  const found = statements(paragraphs).find((s) => s.paragraph === 1);
  return [found?.speaker.actor ?? null, found?.government ?? null];
}

/** The speaker of the first paragraph's first statement: the actor, else the description. */
const firstSpeaker = (paragraphs: string[]) => {
  const first = statements(paragraphs).find((m) => m.paragraph === 1);
  return first ? (first.speaker.actor ?? first.speaker.description) : null;
};

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
    // The naming gives the side the person speaks for, which the description left out.
    [['A lawmaker revealed that the soldiers had asked to stay.', 'Sylvanian lawmaker Lena Holt visited them in February.'], ['lena-holt', 'sylvania']],
    [['A general said the column had pulled back from the river.', 'Karl Weiss, a Freedonian general, spoke after the talks.'], ['karl-weiss', 'freedonia']],
    // A definite title points back to the one described, whose other words it need not repeat.
    [['A ruling-party lawmaker said the soldiers had asked to stay.', 'The lawmaker, Ivo Marek, visited them in February.'], ['ivo-marek', 'sylvania']],
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
    // A sentence ends between the noun and the name.
    [['A Sylvanian lawmaker said the soldiers had asked to stay.', 'Reporters met the lawmaker Friday. Lena Holt, who chairs the committee, was not there.'], [null, 'sylvania']],
    // A description's word the title does not repeat, not a side: another lawmaker may be meant.
    [['A ruling-party lawmaker said the soldiers had asked to stay.', 'Lawmaker Lena Holt disagreed.'], [null, null]],
    [['A Sylvanian opposition lawmaker said the soldiers had asked to stay.', 'Sylvanian lawmaker Lena Holt visited them in February.'], [null, null]],
    // A description that says the person is not named: no later name tells who.
    [['An unnamed Sylvanian lawmaker said the soldiers had asked to stay.', 'Lawmaker Lena Holt visited them in February.'], [null, 'sylvania']],
    [['An unidentified general said the column had pulled back.', 'Karl Weiss, a general, spoke after the talks.'], [null, null]],
  ])('no person: %j', (paragraphs, expected) => {
    expect(firstCredit(paragraphs)).toEqual(expected);
  });
});

describe('a speaker described, then named with the same office as a title', () => {
  it.each<[string, string[], string]>([
    [
      'the whole description repeated before the name',
      ['A Freedonian spokesperson said on Friday that the raids had killed five sailors.', 'The raids would not go unanswered, said Freedonian spokesperson, Anna Berg.'],
      'anna-berg',
    ],
    [
      'a description with its complement, the title opening the next paragraph',
      ['A spokesperson for the State Bureau says the bureau will reply to the raids.', 'Spokesperson Anna Berg told the Courier there were no injuries.'],
      'anna-berg',
    ],
    [
      '"the <office>," pointing back, a rank between',
      ['A Sylvanian spokesman claimed the rebels had struck the ship.', 'The spokesman, Col. Tomas Ruhl, also said the vessel was heading to Marsh City.'],
      'tomas-ruhl',
    ],
    [
      'a body read from the description gives way to its spokesperson',
      ['A State Bureau spokesperson said the port was closed.', 'The port reopened, said State Bureau spokesperson Anna Berg.'],
      'anna-berg',
    ],
  ])('%s', (_label, paragraphs, expected) => {
    expect(firstSpeaker(paragraphs)).toBe(expected);
  });

  // Near misses: the description stays.
  it.each<[string, string[], string]>([
    [
      'an office told in an apposition after the name, which may be another holder’s',
      ['A Sylvanian envoy said the talks could lead to a treaty.', 'Talks are hard, said Tomas Ruhl, the Sylvanian president’s special envoy.'],
      'A Sylvanian envoy',
    ],
    [
      'a description that says the person is not named',
      ['An anonymous Freedonian spokesperson said the port was closed.', 'The port reopened, said Freedonian spokesperson Anna Berg.'],
      'An anonymous Freedonian spokesperson',
    ],
    [
      'the person named speaks for another side',
      ['A Freedonian spokesperson said the port was closed.', 'The port reopened, said spokesperson Tomas Ruhl.'],
      'A Freedonian spokesperson',
    ],
    [
      'an office that is no title before the name',
      ['A Freedonian spokesperson said the port was closed.', 'The spokesperson’s office later confirmed that Anna Berg had left.'],
      'A Freedonian spokesperson',
    ],
  ])('%s', (_label, paragraphs, expected) => {
    expect(firstSpeaker(paragraphs)).toBe(expected);
  });

  it('a person named before the description is someone else', () => {
    const mentions = statements(['Freedonian spokesperson Anna Berg said the port was closed.', 'A Freedonian spokesperson said later that the port had reopened.']);
    expect(mentions.filter((m) => m.paragraph === 2).map((m) => m.speaker.actor ?? m.speaker.description)).toEqual(['A Freedonian spokesperson']);
  });
});
