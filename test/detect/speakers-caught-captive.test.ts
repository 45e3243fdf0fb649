import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Description (or name) and government of the first statement found. */
function firstCredit(text: string): [string, string | null] {
  const first = statements([text])[0];
  return [first?.speaker.description || (first?.speaker.name ?? ''), first?.government ?? null];
}

describe('"caught" and "seized" make whoever they describe a captive, who speaks for no government', () => {
  it.each([
    ['A Freedonian officer caught by Sylvanian troops said that his unit had fled.', 'A Freedonian officer'],
    ['A Freedonian officer caught alive by Sylvania has told a newspaper that he wants to stay.', 'A Freedonian officer'],
    ['A Freedonian pilot caught last month by Sylvanian forces said that he had been sent without training.', 'A Freedonian pilot'],
    ['A Freedonian commander seized by Sylvanian troops told reporters that the assault had failed.', 'A Freedonian commander'],
    ['A Freedonian officer recently caught by Sylvania said that he had not been fed.', 'A Freedonian officer'],
    ['The caught Freedonian officer said that the unit had no maps.', 'The caught Freedonian officer'],
  ])('%s', (text, speaker) => {
    const [description, government] = firstCredit(text);
    expect(description.startsWith(speaker), description).toBe(true);
    expect(government).toBeNull();
  });

  it.each([
    // No person caught or seized: the speaker is read as before.
    ['Sylvania caught the smugglers alive last week, the Palace said.', 'the Palace', 'sylvania'],
    ['The port was seized by Sylvanian forces, the Palace said.', 'the Palace', 'sylvania'],
    ['Sylvanian troops seized the bridge, the Defence Ministry said.', 'the Defence Ministry', 'freedonia'],
    // A post given or a mission sent by a side is no captivity: the side's government stays.
    ['A Freedonian officer appointed by the Defence Ministry said that the unit had fled.', 'the Defence Ministry', 'freedonia'],
    ['A Freedonian officer sent by the Defence Ministry said that the camp was ready.', 'the Defence Ministry', 'freedonia'],
    ['A Freedonian officer said the unit had caught two Sylvanian scouts.', 'A Freedonian officer', 'freedonia'],
  ])('%s', (text, speaker, government) => {
    const [description, found] = firstCredit(text);
    expect(description.startsWith(speaker), description).toBe(true);
    expect(found).toBe(government);
  });
});
