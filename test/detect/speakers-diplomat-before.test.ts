import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { ActorsFileSchema } from '../../src/schemas/actor.ts';

/** Two sides; one listed spokeswoman of a foreign ministry, everyone else named only by the article. */
const lexicon = createActorLexicon(
  ActorsFileSchema.parse([
    { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: ['Fredonburg'], demonyms: ['Freedonian'] },
    { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: ['Marsh City'], demonyms: ['Sylvanian'] },
    { id: 'freedonia-foreign-ministry', name: 'Freedonian Foreign Ministry', kind: 'body', government: 'freedonia', aliases: [] },
    { id: 'anna-berg', name: 'Anna Berg', kind: 'person', government: 'freedonia', body: 'freedonia-foreign-ministry', role: 'spokesperson, Freedonian Foreign Ministry', aliases: ['Berg'] },
  ]),
);

/** Who is credited with the words starting "The port" (quoted or reported): the actor, else the name or description, and the government. */
function creditOf(paragraphs: string[]): string {
  const found = findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), lexicon).find((s) => /^(?:that\s+)?the port/i.test(s.quote ?? s.reported ?? ''));
  if (!found) return 'none';
  return `${found.speaker.actor ?? found.speaker.name ?? found.speaker.description} / ${found.government ?? 'none'}`;
}

describe('"the diplomat" is the last speaker whose post is a foreign ministry’s or an envoy’s', () => {
  it.each([
    // A foreign ministry's spokeswoman, listed by the topic data.
    [['Freedonian Foreign Ministry Spokeswoman Anna Berg said the talks were routine.', '“The port stays open,” the diplomat said.'], 'anna-berg / freedonia'],
    // A deputy foreign minister the data does not list; a word of rank before the noun.
    [['Freedonian Deputy Foreign Minister Karl Ruhl said on Friday that the mission had left.', 'The senior diplomat emphasized that the port was never shelled.'], 'Karl Ruhl / freedonia'],
    [['Sylvanian Foreign Minister Lena Weiss said the talks would go on.', '“The port is safe,” the top diplomat added.'], 'Lena Weiss / sylvania'],
    // The Minister of Foreign Affairs, worded with its long of-phrase.
    [['Minister of Foreign Affairs of Sylvania Jan Kowal said the border was calm.', '“The port will reopen,” the diplomat noted.'], 'Jan Kowal / sylvania'],
    // An envoy, as before.
    [['Sylvania’s special envoy Karl Ruhl said the talks had stalled.', '“The port is closed,” the diplomat said.'], 'Karl Ruhl / sylvania'],
  ])('%j → %s', (paragraphs, credit) => {
    expect(creditOf(paragraphs)).toBe(credit);
  });

  it.each([
    // A defence minister, a trade minister and a spokesman of the army are no diplomats.
    [['Freedonian Defence Minister Karl Ruhl said the troops had left.', '“The port stays open,” the diplomat said.'], 'the diplomat / none'],
    [['Sylvanian Foreign Trade Minister Lena Weiss said exports rose.', '“The port is busy,” the diplomat said.'], 'the diplomat / none'],
    [['Army spokesman Jan Kowal said the shelling had stopped.', 'The senior diplomat said that the port was calm.'], 'The senior diplomat / none'],
    // Another side told of since: the diplomat may be theirs.
    [['Freedonian Deputy Foreign Minister Karl Ruhl said the mission had left.', 'Sylvania sent two ships to the coast.', '“The port is ours,” the diplomat said.'], 'the diplomat / none'],
    // A diplomat introduced as someone new ("a senior diplomat") is not one who spoke before.
    [['Freedonian Foreign Minister Lena Weiss said the talks would go on.', 'A senior Sylvanian diplomat said that the port was mined.'], 'A senior Sylvanian diplomat / sylvania'],
  ])('near miss: %j → %s', (paragraphs, credit) => {
    expect(creditOf(paragraphs)).toBe(credit);
  });
});
