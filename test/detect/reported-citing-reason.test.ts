import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The speaker and words of each statement made with "citing". */
const cited = (sentence: string) =>
  statements([sentence])
    .filter((m) => m.verb === 'citing')
    .map((m) => [m.speaker.actor ?? m.speaker.description, m.reported]);

describe('"…, citing <a reason>" is a statement of the subject; "…, citing <a source>" names where a report came from', () => {
  it.each([
    ['The Sylvanian government recalled its envoy from Freedonia, citing delays at the border crossing.', [['sylvania', 'delays at the border crossing']]],
    ['Tomas Ruhl postponed the regatta, citing fresh storms over the bay.', [['tomas-ruhl', 'fresh storms over the bay']]],
    ['The State Bureau said that it was sending medicine by road, citing bad weather and a broken crane as obstacles.', [['freedonia-state-bureau', 'bad weather and a broken crane as obstacles']]],
    ['Freedonia is ready to hand the fishermen over, citing fears for their boats at sea.', [['freedonia', 'fears for their boats at sea']]],
    ['Anna Berg postponed the visit to Marsh City, citing the lack of security guarantees.', [['anna-berg', 'the lack of security guarantees']]],
    ['Freedonia listed the movement as a threat on Monday, citing the Rangers’ repeated raids on the port.', [['freedonia', 'the Rangers’ repeated raids on the port']]],
  ])('a reason: %s', (sentence, expected) => {
    expect(cited(sentence)).toEqual(expected);
  });

  it.each([
    // A source named after a report: the report's channel speaks, "citing" says nothing.
    'The toll rose to 40, the Courier reported, citing local health authorities.',
    'The toll rose to 40, the Courier reported on Tuesday, citing the country’s intelligence agency.',
    'The toll rose to 40, the Courier reported, citing the Defence Ministry.',
    'The Courier, citing sources in the ministry, said the toll rose.',
    'The toll rose to 40, the Courier reported, citing intelligence data.',
    'The Courier cited the sailor as saying the port was closed, citing regional officials.',
    'The toll rose to 40, the Courier reported, citing the Bureau’s latest statement.',
  ])('a source: %s', (sentence) => {
    expect(cited(sentence)).toEqual([]);
  });

  it('ends the words said before it, which stay the speaker’s', () => {
    const said = statements(['The State Bureau said that it was sending medicine by road, citing bad weather and a broken crane as obstacles.']).find((m) => m.verb === 'said');
    expect(said?.reported).toBe('that it was sending medicine by road');
  });
});
