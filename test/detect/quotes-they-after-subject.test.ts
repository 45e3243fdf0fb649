import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Description (or name), actor and government of the last statement found. */
function lastCredit(paragraphs: string[]): [string, string | null, string | null] {
  const last = statements(paragraphs).at(-1);
  return [last?.speaker.description || (last?.speaker.name ?? ''), last?.speaker.actor ?? null, last?.government ?? null];
}

describe('"they" after a sentence about another side is not a speaker of no side who spoke before', () => {
  it.each([
    [['"We fear for the crew," a maritime charity said.', 'Sylvania has been at war with Freedonia since 2014.', 'They have claimed responsibility for several attacks.']],
    [['"We fear for the crew," the shipping company said.', 'Earlier, Freedonian troops shot down a drone. They claimed the drone was spying.']],
  ])('%j', (paragraphs) => {
    // Either may be meant (a country is seldom "they"; troops speak for no side): no one is named,
    // rather than the charity or the firm.
    expect(lastCredit(paragraphs)).toEqual(['They', null, null]);
  });

  it.each([
    [['"We fear for the crew," a maritime charity said.', 'Sylvanian forces have stepped up their attacks since October.', 'They say the attacks are a response to the blockade.']],
    [['"We fear for the crew," a maritime charity said.', 'Sylvanian forces seized the ship in November.', 'They insist the ship was armed.']],
  ])('the plural subject of one side right before: %j', (paragraphs) => {
    expect(lastCredit(paragraphs)).toEqual(['Sylvanian forces', null, 'sylvania']);
  });

  it.each([
    // No sentence about another side between: the speaker goes on.
    [['"We fear for the crew," a maritime charity said.', 'They say the sailors are being held in the port.'], 'a maritime charity'],
    // "they added" goes on with the speaker, whoever was told of since.
    [['"We fear for the crew," a maritime charity said.', 'Sylvanian forces have stepped up their attacks.', '"The families need news," they added.'], 'a maritime charity'],
    // The sentence between is about the speaker's own side.
    [['"We fear for the crew," the Sylvanian navy said.', 'Sylvania has stepped up its patrols.', 'They say the sailors are safe.'], 'the Sylvanian navy'],
    // A sentence between that names no side.
    [['"We fear for the crew," a maritime charity said.', 'The ship was carrying grain.', 'They say the sailors are being held in the port.'], 'a maritime charity'],
  ])('the speaker goes on: %j', (paragraphs, speaker) => {
    expect(lastCredit(paragraphs)[0]).toBe(speaker);
  });
});
