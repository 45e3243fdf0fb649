import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { actors, statements } from './quotes.fixture.ts';

/** The actor and government of each statement's speaker. */
const credit = (paragraphs: string[]) => statements(paragraphs).map((s) => [s.speaker.actor, s.government]);

const RUHL_NAMED_LATER = '“They are gone,” Tomas Ruhl told the Courier.';
const RUHL_TOLD_OF = 'Ruhl arrived in Marsh City on Monday.';

describe('a side’s office is the one person the article names who holds it', () => {
  it.each([
    ['Sylvania’s defence minister said the boats had left.', RUHL_NAMED_LATER],
    ['The Sylvanian Defence Minister said the boats had left.', RUHL_TOLD_OF],
  ])('"%s" with "%s"', (first, second) => {
    expect(credit([first, second])[0]).toEqual(['tomas-ruhl', 'sylvania']);
  });

  it('also before the holder is named in the same article', () => {
    expect(credit([RUHL_TOLD_OF, 'The Sylvanian defence minister said the boats had left.'])[0]).toEqual(['tomas-ruhl', 'sylvania']);
  });
});

describe('an office stays no one’s when the article does not make the holder plain', () => {
  it.each([
    // The holder is never named.
    [['The Sylvanian defence minister said the boats had left.']],
    // Another side's office.
    [['The Freedonian defence minister said the boats had left.', RUHL_TOLD_OF]],
    // An office the topic data does not give the person named.
    [['The Sylvanian foreign minister said the boats had left.', RUHL_TOLD_OF]],
    // Someone unnamed, or several people.
    [['A senior Sylvanian official said the boats had left.', RUHL_TOLD_OF]],
    [['Sylvanian ministers said the boats had left.', RUHL_TOLD_OF]],
  ])('%j', (paragraphs) => {
    expect(credit(paragraphs)[0]?.[0]).toBeNull();
  });
});

describe('"the official" and "the spokesperson" refer back to the last person who spoke for a side by an office', () => {
  it.each([
    // A post the article gave, however gendered.
    [['Freedonian presidential spokesman Karl Weiss said the boats had left.', 'The talks go on, the spokesperson said.']],
    [['Freedonian presidential spokeswoman Lena Kowal said the boats had left.', 'The talks go on, the official said.']],
    [['Sylvanian Defence Minister Tomas Ruhl said the boats had left.', 'Analyst Max Ober disagreed.', 'The talks go on, the official said.']],
  ])('%j', (paragraphs) => {
    const [first, second] = statements(paragraphs);
    expect(second?.speaker).toEqual(first?.speaker);
    expect(second?.government).toBe(first?.government);
  });

  it.each([
    // No one spoke by an office: a soldier, a witness, a commentator.
    [['A Freedonian soldier said the boats had left.', 'The talks go on, the official said.']],
    [['Max Ober said the boats had left.', 'The talks go on, the official said.']],
    // Someone the article never described by an office, whatever post the topic data gives them.
    [['Berg said the boats had left.', 'The talks go on, the official said.']],
    // Another side spoke since.
    [['Freedonian spokesman Karl Weiss said the boats had left.', 'Sylvania rejected the claim.', 'The talks go on, the official said.']],
  ])('credits no one: %j', (paragraphs) => {
    const last = statements(paragraphs).at(-1);
    expect(last?.reported).toContain('talks go on');
    expect([last?.speaker.actor ?? null, last?.government]).toEqual([null, null]);
  });
});

describe('"the defence minister" with no side is the one person named before who holds the office, speaking or not', () => {
  const last = (paragraphs: string[]) => credit(paragraphs).at(-1);
  it.each([
    [['The port will close. This was stated by Defence Minister Tomas Ruhl at a meeting, the Courier writes.', '“Words are not enough,” the Courier quotes the defence minister as saying.'], ['tomas-ruhl', 'sylvania']],
    [['Ruhl also called on Berg to end the strikes.', 'The defence minister called on the parties to resume talks.'], ['tomas-ruhl', 'sylvania']],
    [['Berg said the port was closed after meeting Defence Minister Tomas Ruhl.', 'The defence minister said the talks had failed.'], ['tomas-ruhl', 'sylvania']],
  ])('%j', (paragraphs, expected) => {
    expect(last(paragraphs)).toEqual(expected);
  });

  it('reads an office named by its post and what it is of: "the Secretary of State"', () => {
    const weiss = { id: 'karl-weiss', name: 'Karl Weiss', kind: 'person' as const, government: 'freedonia', role: 'Secretary of State', aliases: ['Weiss'], demonyms: [] };
    const lexicon = createActorLexicon([...actors, weiss]);
    const read = (paragraphs: string[]) => findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), lexicon).map((s) => [s.speaker.actor, s.government]).at(-1);
    expect(read(['Ruhl said the port was closed after a call with Secretary of State Karl Weiss.', 'The Secretary of State called on the parties to resume talks.'])).toEqual(['karl-weiss', 'freedonia']);
    expect(read(['Weiss also called on Ruhl to end the strikes.', 'The Secretary of State called on the parties to resume talks.'])).toEqual(['karl-weiss', 'freedonia']);
    // Not an office the topic data gives anyone named.
    expect(read(['Weiss also called on Ruhl to end the strikes.', 'The Secretary of Defence called on the parties to resume talks.'])?.[0]).toBeNull();
  });

  it.each([
    // An office no one named holds.
    [['Berg said the port was closed after meeting Defence Minister Tomas Ruhl.', 'The prime minister said the talks had failed.']],
    // Another side was the subject since: its own minister may be meant.
    [['Tomas Ruhl arrived on Monday.', 'Freedonia sent troops to the border.', 'The defence minister said the port was closed.']],
    [['Anna Berg met Tomas Ruhl on Monday.', 'The Freedonian defence minister arrived later.', 'The defence minister said the port was closed.']],
  ])('stays no one’s: %j', (paragraphs) => {
    expect(last(paragraphs)?.[0]).toBeNull();
  });
});

describe('"the defence minister" with no side, before anyone is named, is the one person the article names later who holds the office', () => {
  const first = (paragraphs: string[]) => credit(paragraphs)[0];
  it.each([
    [['The boats have left the port, the Defence Minister told parliament.', 'Tomas Ruhl told deputies the crews were safe.']],
    [['The defence minister said on Monday that the boats had left.', '“They are gone,” Ruhl told the Courier.']],
    [['The port is closed, the defence minister has said.', 'Ruhl arrived in Marsh City on Monday.']],
  ])('%j', (paragraphs) => {
    expect(first(paragraphs)).toEqual(['tomas-ruhl', 'sylvania']);
  });

  it.each([
    // The holder is never named.
    [['The defence minister said on Monday that the boats had left.', 'Berg said the talks had failed.']],
    // An office no one named holds.
    [['The prime minister said on Monday that the boats had left.', 'Ruhl arrived in Marsh City on Monday.']],
    // Someone unnamed, or several people.
    [['A defence minister said on Monday that the boats had left.', 'Ruhl arrived in Marsh City on Monday.']],
    [['Defence ministers said on Monday that the boats had left.', 'Ruhl arrived in Marsh City on Monday.']],
  ])('stays no one’s: %j', (paragraphs) => {
    expect(first(paragraphs)?.[0]).toBeNull();
  });

  it('reads the office after a possessor that points back to the side, and a rank word before it', () => {
    const lind = { id: 'anna-lind', name: 'Anna Lind', kind: 'person' as const, government: 'freedonia', role: 'leader of the Freedonian People Party', aliases: ['Lind'], demonyms: [] };
    const lexicon = createActorLexicon([...actors, lind]);
    const read = (paragraphs: string[]) => findStatements(paragraphs.map((text, i) => ({ n: i + 1, text })), lexicon).map((s) => [s.speaker.actor, s.government])[0];
    expect(read(['The party’s supreme leader said on Monday that the boats had left.', 'Anna Lind spoke for an hour.'])).toEqual(['anna-lind', 'freedonia']);
    expect(read(['The movement’s leader said on Monday that the boats had left.', 'Lind spoke for an hour.'])).toEqual(['anna-lind', 'freedonia']);
    // An office she does not hold, and a leader never named.
    expect(read(['The party’s deputy leader said on Monday that the boats had left.', 'Anna Lind spoke for an hour.'])?.[0]).toBeNull();
    expect(read(['The party’s supreme leader said on Monday that the boats had left.', 'Ruhl spoke for an hour.'])?.[0]).toBeNull();
  });
});
