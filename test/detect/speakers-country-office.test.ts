import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/lib/detect/quotes/index.ts';
import { createActorLexicon } from '../../src/lib/topic/actor-lexicon.ts';
import { actors } from './quotes.fixture.ts';

// The fixture's topic, with a Sylvanian ministry of another office and a Sylvanian Defence Ministry
// for the rows where each side has one of that name.
const withSylvanianMinistries = createActorLexicon([
  ...actors,
  { id: 'sylvania-health-ministry', name: 'Sylvanian Health Ministry', kind: 'body', government: 'sylvania', aliases: [], demonyms: [] },
]);
const bothDefenceMinistries = createActorLexicon([
  ...actors,
  { id: 'sylvania-defence-ministry', name: 'Sylvanian Defence Ministry', kind: 'body', government: 'sylvania', aliases: [], demonyms: [] },
]);

const credit = (paragraphs: string[], lexicon = withSylvanianMinistries) =>
  findStatements(
    paragraphs.map((text, i) => ({ n: i + 1, text })),
    lexicon,
  )
    // The statement of "the country’s …", whatever else the sentence credits.
    .filter((s) => /country’s/i.test(s.speaker.description))
    .map((s) => [s.speaker.actor, s.government]);

describe('"the country’s <office>" after two countries: the one whose body of that name the article named', () => {
  it.each([
    // The body is named in the sentence itself, before "the country’s".
    [['Doctors of the Sylvanian Health Ministry treated Freedonian sailors on Monday, the country’s Health Ministry said.'], 'sylvania-health-ministry'],
    // … or in a sentence before, and the office is written in lower case.
    [['The Freedonian Defence Ministry said the boats had left.', 'Freedonian and Sylvanian crews clashed on Monday.', 'The country’s defence ministry said the clash was brief.'], 'freedonia-defence-ministry'],
    // The other side's body of another name does not stand in the way.
    [['The Sylvanian Health Ministry counted the wounded.', 'Freedonia and Sylvania clashed on Monday.', 'The country’s Health Ministry said 40 were hurt.'], 'sylvania-health-ministry'],
  ])('%j → %s', (paragraphs, body) => {
    expect(credit(paragraphs).at(-1)?.[0]).toEqual(body);
  });

  it.each([
    // No body of that name named: still no country (as before).
    [['Freedonian boats sank Sylvanian ships on Monday, the country’s defence ministry said.'], withSylvanianMinistries],
    // A body named, but of another office.
    [['Doctors of the Sylvanian Health Ministry treated Freedonian sailors on Monday, the country’s foreign ministry said.'], withSylvanianMinistries],
    // One of that name on each side: a reader cannot tell which.
    [['The Freedonian Defence Ministry said the boats had left.', 'The Sylvanian Defence Ministry said they had not.', 'Freedonia and Sylvania clashed on Monday.', 'The country’s defence ministry said the clash was brief.'], bothDefenceMinistries],
    // A bare "ministry" fits a ministry of each side.
    [['The Sylvanian Health Ministry counted the wounded.', 'The Freedonian Defence Ministry said the boats had left.', 'Freedonia and Sylvania clashed on Monday.', 'The country’s ministry said 40 were hurt.'], withSylvanianMinistries],
  ])('gives no government: %j', (paragraphs, lexicon) => {
    expect(credit(paragraphs, lexicon).at(-1)).toEqual([null, null]);
  });

  it('keeps the one country the words before name, whatever body was named before', () => {
    expect(credit(['The Sylvanian Health Ministry counted the wounded.', 'Freedonia closed the port on Monday.', 'The country’s Health Ministry said 40 were hurt.']).at(-1)).toEqual([null, 'freedonia']);
  });
});
