import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Description (or name) and government of the last statement found. */
function lastCredit(paragraphs: string[]): [string, string | null] {
  const last = statements(paragraphs).at(-1);
  return [last?.speaker.name ?? last?.speaker.description ?? '', last?.government ?? null];
}

describe('a "he" or "she" that tells or asks someone is not the one told or asked', () => {
  it.each([
    // The minister spoke last, then is asked: the one asking is not him, and speaks for no known side.
    [['“The sailors are well,” Ruhl said after meeting them.', '“Will I see my family again?” he asked Ruhl.']],
    [['“The sailors are well,” Ruhl said after meeting them.', '“I want to go home,” he told Ruhl.']],
    [['“The sailors are well,” Ruhl said after meeting them.', '“We were lied to,” he said to Ruhl.']],
    [['“The sailors are well,” Ruhl said after meeting them.', '“Can I study there?” he asked Tomas Ruhl.']],
    [['Sylvanian Defence Minister Tomas Ruhl said the sailors were well.', '“We had no food,” he told the minister.']],
    [['“The camp is open,” Anna Berg said.', '“Where is my son?” she asked Berg.']],
  ])('%j', (paragraphs) => {
    expect(lastCredit(paragraphs)).toEqual([expect.stringMatching(/^(?:he|she)$/), null]);
  });

  it.each([
    // Someone else told or asked: the pronoun is the last speaker, as before.
    [['“The talks failed,” Ruhl said.', '“There will be no deal,” he told Berg.'], 'Tomas Ruhl', 'sylvania'],
    [['“The talks failed,” Ruhl said.', '“There will be no deal,” he told reporters.'], 'Tomas Ruhl', 'sylvania'],
    [['“The talks failed,” Ruhl said.', '“There will be no deal,” he told Berg’s aide.'], 'Tomas Ruhl', 'sylvania'],
    [['“The talks failed,” Ruhl said.', '“There will be no deal,” he told the Courier.'], 'Tomas Ruhl', 'sylvania'],
    [['“The camp is open,” Anna Berg said.', '“We will help,” she told Ruhl.'], 'Anna Berg', 'freedonia'],
    // A verb that addresses no one: "said" with no "to".
    [['“The talks failed,” Ruhl said.', '“There will be no deal,” he said in Marsh City.'], 'Tomas Ruhl', 'sylvania'],
  ])('%j', (paragraphs, speaker, government) => {
    expect(lastCredit(paragraphs)).toEqual([speaker, government]);
  });
});
