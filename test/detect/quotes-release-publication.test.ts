import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/**
 * "The release" speaks for the issuer that spoke before it, as "the statement" does ("The Defence Ministry
 * said … ¶ The works go on, but “…”, the release said"); "the publication" speaks as "the newspaper"
 * does ("the Marsh Post publication reported …", "“…,” the publication reads"). A release no one issued
 * before, the release of people and "release" as a verb speak for no one.
 */
describe('a release or a publication speaks', () => {
  const MINISTRY = 'The Defence Ministry said its jets struck two depots near Marsh City.';
  it.each([
    ['The works are going on, but “first signs are that the bridge is safe”, the release said.'],
    ['“The bridge is safe,” the latest release said.'],
  ])('%s (after the ministry spoke)', (sentence) => {
    const found = statements([MINISTRY, sentence]).filter((m) => m.verb === 'said' && !/jets/.test(m.reported ?? ''));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((m) => m.speaker.actor === 'freedonia-defence-ministry')).toBe(true);
  });

  it.each([
    ['The Marsh Post publication, citing witnesses, reported the arrest of the mayor.', 'The Marsh Post publication'],
    ['“Four cables were cut near Fredonburg,” the publication said.', 'the publication'],
  ])('%s', (sentence, speaker) => {
    const found = statements([sentence]);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((m) => (m.speaker.name ?? m.speaker.description) === speaker)).toBe(true);
  });

  it('"the publication reads" is a document that reads', () => {
    const found = statements(['“Four cables were cut near Fredonburg,” the publication reads.']);
    expect(found.map((m) => [m.speaker.description, m.verb])).toEqual([['the publication', 'reads']]);
  });

  it.each([
    '“The bridge is safe,” the release said.',
    'After the release of the sailors, the ministry said the talks would resume.',
    '“The sailors are safe,” officials said after the release.',
    'The bureau will release the sailors, the minister said.',
  ])('%s → no release or publication speaks', (sentence) => {
    const found = statements([sentence]);
    expect(found.some((m) => /release|publication/i.test(m.speaker.description ?? ''))).toBe(false);
  });
});
