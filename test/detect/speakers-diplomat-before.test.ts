import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { ActorsFileSchema, type Actor } from '../../src/schemas/actor.ts';

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

/** Listed people whose office only the topic data tells (a role, or a body alone). */
const serviceActors: Actor[] = [
  { id: 'freedonia', name: 'Freedonia', kind: 'government', aliases: [], demonyms: ['Freedonian'] },
  { id: 'sylvania', name: 'Sylvania', kind: 'government', aliases: [], demonyms: ['Sylvanian'] },
  { id: 'sylvania-foreign-ministry', name: 'Sylvanian Foreign Ministry', kind: 'body', government: 'sylvania', aliases: ['Ministry of Foreign Affairs of Sylvania'], demonyms: [] },
  { id: 'sylvania-defence-ministry', name: 'Sylvanian Defence Ministry', kind: 'body', government: 'sylvania', aliases: [], demonyms: [] },
  // Listed with a body only: the topic data tells her office, the article need not.
  { id: 'anna-berg', name: 'Anna Berg', kind: 'person', government: 'sylvania', body: 'sylvania-foreign-ministry', role: 'spokesperson', aliases: ['Berg'], demonyms: [] },
  { id: 'karl-ruhl', name: 'Karl Ruhl', kind: 'person', government: 'sylvania', role: 'Defence Minister, Sylvania', aliases: ['Ruhl'], demonyms: [] },
  { id: 'ida-lind', name: 'Ida Lind', kind: 'person', government: 'freedonia', role: 'lawmaker', aliases: ['Lind'], demonyms: [] },
];
const serviceLexicon = createActorLexicon(serviceActors);

/** The actor and government of the last statement of the paragraphs. */
function lastCredit(paragraphs: string[]) {
  const found = findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), serviceLexicon);
  const last = found.at(-1);
  return [last?.speaker.actor ?? null, last?.government ?? null];
}

describe('“the diplomat” is the foreign service’s person who spoke before, as an envoy or ambassador is', () => {
  it.each([
    // The article calls her a foreign ministry spokeswoman.
    [['Sylvanian Foreign Ministry spokeswoman Anna Berg said the talks would go on.', '“We will never forget our friends,” the diplomat stressed.'], 'anna-berg', 'sylvania'],
    // Only the topic data tells her body.
    [['Anna Berg said the talks would go on.', 'The diplomat added that the border stays open.'], 'anna-berg', 'sylvania'],
    // A foreign minister the article names by his title.
    [['Freedonian Foreign Minister Otto Hahn said the talks would go on.', '“There is hope,” the diplomat said.'], null, 'freedonia'],
    // The Ministry of Foreign Affairs, named in full.
    [['Otto Hahn, a spokesman for the Ministry of Foreign Affairs of Sylvania, said the talks would go on.', 'The diplomat added that the border stays open.'], null, 'sylvania'],
    // An envoy, as before.
    [['The Sylvanian special envoy Otto Hahn said the talks would go on.', 'The diplomat added that the border stays open.'], null, 'sylvania'],
  ])('%j', (paragraphs, actor, government) => {
    const [gotActor, gotGovernment] = lastCredit(paragraphs);
    expect(gotGovernment).toBe(government);
    if (actor) expect(gotActor).toBe(actor);
  });
});

describe('“the diplomat” stays no one’s after a speaker who is no diplomat', () => {
  it.each([
    // A defence minister.
    [['Sylvanian Defence Minister Karl Ruhl said the talks would go on.', '“We will never forget our friends,” the diplomat stressed.']],
    // A defence ministry's spokesman.
    [['Otto Hahn, a spokesman for the Sylvanian Defence Ministry, said the talks would go on.', 'The diplomat added that the border stays open.']],
    // A lawmaker of a foreign affairs committee.
    [['Ida Lind, who chairs the Freedonian parliament’s foreign affairs committee, said the talks would go on.', 'The diplomat added that the border stays open.']],
    // A secretary of state for another office.
    [['Freedonian Secretary of State for Defence Otto Hahn said the talks would go on.', 'The diplomat added that the border stays open.']],
    // A foreign fighter is no foreign service.
    [['A foreign fighter, Otto Hahn, said the talks would go on.', 'The diplomat added that the border stays open.']],
  ])('%j', (paragraphs) => {
    expect(lastCredit(paragraphs)[1]).toBeNull();
  });
});
