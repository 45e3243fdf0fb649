import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { actors } from './quotes.fixture.ts';

/** The fixture's topic with each side's president and the office they head. */
const lexicon = createActorLexicon([
  ...actors,
  { id: 'freedonia-presidency', name: 'Freedonian Presidency', kind: 'body', government: 'freedonia', aliases: [], demonyms: [] },
  { id: 'karl-weiss', name: 'Karl Weiss', kind: 'person', government: 'freedonia', body: 'freedonia-presidency', role: 'President of Freedonia', aliases: ['Weiss'], demonyms: [] },
  { id: 'sylvania-presidency', name: 'Sylvanian Presidency', kind: 'body', government: 'sylvania', aliases: [], demonyms: [] },
  { id: 'ida-lind', name: 'Ida Lind', kind: 'person', government: 'sylvania', body: 'sylvania-presidency', role: 'President of Sylvania', aliases: ['Lind'], demonyms: [] },
  { id: 'olaf-moss', name: 'Olaf Moss', kind: 'person', government: 'freedonia', role: 'Prime Minister of Freedonia', aliases: ['Moss'], demonyms: [] },
]);

/** The actor and government of each statement whose speaker is described as `description`. */
const credit = (paragraphs: string[], description: RegExp) =>
  findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), lexicon)
    .filter((s) => description.test(s.speaker.description))
    .map((s) => [s.speaker.actor, s.government]);

describe('a press service whose owner the phrase does not name', () => {
  it.each([
    [['The boats will return if the port reopens, President Karl Weiss said, according to the presidential press service.'], 'freedonia-presidency', 'freedonia'],
    [['Weiss told Ida Lind that the port would stay closed, according to the presidential press service.'], 'freedonia-presidency', 'freedonia'],
    [['Ida Lind said the talks had failed, the presidential press office reported.'], 'sylvania-presidency', 'sylvania'],
    // "the press service" again: the press service that spoke before.
    [['Weiss said the port would reopen, according to the presidential press service.', '“The boats will return,” the press service said.'], 'freedonia-presidency', 'freedonia'],
  ])('%j is the president’s office', (paragraphs, actor, government) => {
    expect(credit(paragraphs, /press (?:service|office)/).at(-1)).toEqual([actor, government]);
  });

  it.each([
    // No president spoke: no office to credit.
    [['The port will reopen, according to the presidential press service.']],
    [['Tomas Ruhl said the port would reopen, according to the presidential press service.']],
    // Another side was told of since the president spoke: either president's press service.
    [['Weiss said the port would reopen.', 'Sylvania disagreed.', 'The talks failed, according to the presidential press service.']],
    // "the press service" with none before: anyone's.
    [['Weiss arrived on Monday.', '“The boats will return,” the press service said.']],
  ])('%j stays no one’s', (paragraphs) => {
    expect(credit(paragraphs, /press (?:service|office)/).at(-1)).toEqual([null, null]);
  });
});

describe('"the head of state", "the President of the Republic": the president who spoke', () => {
  it.each([
    ['Karl Weiss said the port would reopen.', 'The head of state stressed that the boats had left.', 'karl-weiss'],
    ['Karl Weiss said the port would reopen.', 'The President of the Republic added that the boats had left.', 'karl-weiss'],
    ['Ida Lind said the port would reopen.', 'The head of state noted that the boats had left.', 'ida-lind'],
  ])('%s %s', (first, second, actor) => {
    expect(credit([first, second], /.*/).at(-1)?.[0]).toBe(actor);
  });

  it.each([
    // No president spoke before.
    [['Tomas Ruhl said the port would reopen.', 'The head of state stressed that the boats had left.']],
    // Another side was told of since.
    [['Karl Weiss said the port would reopen.', 'Sylvania disagreed.', 'The head of state stressed that the boats had left.']],
  ])('%j stays no one’s', (paragraphs) => {
    expect(credit(paragraphs, /.*/).at(-1)).toEqual([null, null]);
  });
});

describe('"the head of state" before any president spoke: the one president named, though others of another side were', () => {
  it.each([
    // The person of another side who called is named and is no president.
    [['Olaf Moss made a phone call to President Ida Lind on Monday.', 'The head of state stressed that the boats had left.'], 'ida-lind'],
    [['Freedonian Prime Minister Olaf Moss called President Ida Lind.', 'During the call, the sides exchanged views.', 'The head of state said the port would reopen.'], 'ida-lind'],
    [['Sylvanian Defence Minister Tomas Ruhl met President Karl Weiss in Fredonburg.', 'The President of the Republic noted that the boats had left.'], 'karl-weiss'],
  ])('%j', (paragraphs, actor) => {
    expect(credit(paragraphs, /.*/).at(-1)?.[0]).toBe(actor);
  });

  it.each([
    // Two presidents named: either may be meant.
    [['Olaf Moss called President Ida Lind and President Karl Weiss.', 'The head of state stressed that the boats had left.']],
    // Another side told of by its name, or by an office of its own: its president may be meant.
    [['Olaf Moss called President Ida Lind.', 'Freedonia sent troops to the border.', 'The head of state stressed that the boats had left.']],
    [['Olaf Moss called President Ida Lind.', 'The Freedonian minister arrived later.', 'The head of state stressed that the boats had left.']],
    // No president named.
    [['Olaf Moss called Tomas Ruhl on Monday.', 'The head of state stressed that the boats had left.']],
  ])('%j stays no one’s', (paragraphs) => {
    expect(credit(paragraphs, /head of state/).at(-1)).toEqual([null, null]);
  });
});

describe('a quotation that opens with a named person’s report holds that person’s reported speech', () => {
  const found = (paragraphs: string[]) =>
    findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), lexicon).map((s) => [s.kind, s.speaker.actor, s.quote ?? s.reported]);

  it.each([
    [['Karl Weiss said on Monday that the port was closed.', '“The head of state said that the port would reopen next week,” the State Bureau said.'], 'the port would reopen next week'],
    [['“President Karl Weiss emphasized that the boats had left the port,” the State Bureau said.'], 'the boats had left the port'],
  ])('%j', (paragraphs, reported) => {
    const all = found(paragraphs);
    expect(all).toContainEqual(['reported', 'karl-weiss', reported]);
    // The quotation stays its speaker's.
    expect(all.filter(([kind]) => kind === 'quote').map(([, actor]) => actor)).toEqual(['freedonia-state-bureau']);
  });

  it('leaves the quotation’s speaker the last, whom "the statement" after it means', () => {
    const paragraphs = ['“President Karl Weiss emphasized that the boats had left the port,” the State Bureau said in a statement.', '“The port is closed,” the statement said.'];
    expect(found(paragraphs).at(-1)).toEqual(['quote', 'freedonia-state-bureau', 'The port is closed']);
  });

  it.each([
    // A pronoun or someone unnamed.
    ['Karl Weiss arrived on Monday.', '“He said that the port would reopen next week,” the State Bureau said.'],
    ['Karl Weiss arrived on Monday.', '“Someone told me that the port would reopen next week,” Anna Berg said.'],
    // The report does not open the quotation, or gives no "that" clause.
    ['Karl Weiss arrived on Monday.', '“The boats left, and Karl Weiss said that they would return soon,” the State Bureau said.'],
    ['Karl Weiss arrived on Monday.', '“Karl Weiss denied the reports about the boats,” the State Bureau said.'],
    // A side, not a person.
    ['Karl Weiss arrived on Monday.', '“Sylvania said that the port would reopen next week,” Anna Berg said.'],
  ])('%s %s lists only the quotation', (...paragraphs) => {
    expect(found(paragraphs).filter(([kind]) => kind === 'reported')).toEqual([]);
  });
});

describe('"the Freedonian leader" is the side’s president the article names', () => {
  const speaker = (paragraphs: string[]) => findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), lexicon).map((s) => s.speaker.actor);

  it.each([
    [['The Freedonian leader said the port would reopen next week.', 'Karl Weiss arrived in Marsh City on Monday.']],
    [['Karl Weiss arrived in Marsh City on Monday.', 'Freedonia´s leader said the port would reopen next week.']],
    // A ruler's word is the leader's: "the Freedonian dictator", "the Freedonian strongman".
    [['The Freedonian dictator said the port would reopen next week.', 'Karl Weiss arrived in Marsh City on Monday.']],
    [['Karl Weiss arrived in Marsh City on Monday.', 'The Freedonian strongman said the port would reopen next week.']],
  ])('%j', (paragraphs) => {
    expect(speaker(paragraphs)).toEqual(['karl-weiss']);
  });

  it.each([
    // The side's head of government is named too: either may be its leader.
    [['The Freedonian leader said the port would reopen next week.', 'Karl Weiss and Olaf Moss arrived in Marsh City on Monday.']],
    // Another side's president.
    [['The Sylvanian leader said the port would reopen next week.', 'Karl Weiss arrived in Marsh City on Monday.']],
    [['The Sylvanian dictator said the port would reopen next week.', 'Karl Weiss arrived in Marsh City on Monday.']],
    // A former ruler is not the president in office.
    [['The former Freedonian dictator said the port would reopen next week.', 'Karl Weiss arrived in Marsh City on Monday.']],
  ])('%j stays no one’s', (paragraphs) => {
    expect(speaker(paragraphs)).toEqual([null]);
  });
});
