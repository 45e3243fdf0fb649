import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import type { Actor } from '../../src/schemas/actor.ts';

const actors: Actor[] = [
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
  { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: [], demonyms: ['Sylvanian'] },
  { id: 'freedonia-foreign-office', name: 'Freedonian Foreign Office', kind: 'body', government: 'freedonia', aliases: [], demonyms: [] },
  { id: 'anna-berg', name: 'Anna Berg', kind: 'person', government: 'freedonia', role: 'spokesperson, Freedonian Foreign Office', aliases: ['Berg'], demonyms: [] },
  { id: 'karl-ruhl', name: 'Karl Ruhl', kind: 'person', government: 'sylvania', role: 'President of Sylvania', aliases: ['Ruhl'], demonyms: [] },
  { id: 'otto-weiss', name: 'Otto Weiss', kind: 'person', government: 'freedonia', role: 'Defence Minister of Freedonia', aliases: ['Weiss'], demonyms: [] },
];
const lexicon = createActorLexicon(actors);

/** The actor of the last statement of the paragraphs: whom its "he" or "she" was read as. */
function lastActor(paragraphs: string[]) {
  const found = findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), lexicon);
  return found.at(-1)?.speaker.actor ?? null;
}

describe('the one a sentence says made the remarks is whom a later pronoun means', () => {
  it.each([
    // The subject with an apposition, after a quoted vow of another side's president.
    [['The Foreign Office said the blockade “must end.”', 'Anna Berg, the office’s spokesperson, made the remarks after Sylvanian President Karl Ruhl vowed to “never yield” on the strait.', '“We are concerned,” she told a briefing.'], 'anna-berg'],
    // "the comments", and "he".
    [['Freedonia called the drills “reckless.”', 'Defence Minister Otto Weiss made the comments after Ruhl promised “more drills.”', '“This must stop,” he added.'], 'otto-weiss'],
    // "also made the statement", the pronoun in a report.
    [['The Foreign Office condemned the drills.', 'Berg also made the statement after Ruhl warned of “a long winter.”', 'She said the talks would go on.'], 'anna-berg'],
  ])('%j', (paragraphs, actor) => {
    expect(lastActor(paragraphs)).toBe(actor);
  });
});

describe('a pronoun after a sentence that says no one made the remarks goes on as before', () => {
  it.each([
    // No "made the remarks": the one quoted last is meant.
    [['The Foreign Office said the blockade “must end.”', 'Anna Berg spoke after Sylvanian President Karl Ruhl vowed to “never yield” on the strait.', '“We are concerned,” he told a briefing.'], 'karl-ruhl'],
    // "made remarks" with no determiner: some remarks, not the ones told.
    [['Freedonia called the drills “reckless.”', 'Otto Weiss made remarks at a dinner after Ruhl promised “more drills.”', '“This must stop,” he added.'], 'karl-ruhl'],
    // The remarks made, with no one said to have made them.
    [['Freedonia called the drills “reckless.”', 'The comments were made after Ruhl promised “more drills.”', '“This must stop,” he added.'], 'karl-ruhl'],
    // A speech verb before "made the remarks": the sentence's subject is another's report, left as it was.
    [['Freedonia called the drills “reckless.”', 'Ruhl said Otto Weiss made the comments to provoke “more drills.”', '“This must stop,” he added.'], 'karl-ruhl'],
    // "made the decision" is no remarks.
    [['Freedonia called the drills “reckless.”', 'Otto Weiss made the decision after Ruhl promised “more drills.”', '“This must stop,” he added.'], 'karl-ruhl'],
  ])('%j', (paragraphs, actor) => {
    expect(lastActor(paragraphs)).toBe(actor);
  });
});
