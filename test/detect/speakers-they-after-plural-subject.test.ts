import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The government of the statement whose words open with `words`, or undefined when there is none. */
function governmentOf(paragraphs: string[], words: string): string | null | undefined {
  return statements(paragraphs).find((m) => (m.reported ?? m.quote ?? '').startsWith(words))?.government;
}

describe('"they" right after a sentence whose plural subject names one side, and that reports no speech: that side', () => {
  const fires: [string, string[], string, string][] = [
    ['a demonym before a plural', ['Berg said the port was closed on Monday. Sylvanian forces have shelled the port every night since May. They said the port hides weapons.'], 'the port hides', 'sylvania'],
    ['a plural after the demonym', ['The Defence Ministry said the port was closed. The Sylvanian authorities closed the border in May. They said the port hides weapons.'], 'the port hides', 'sylvania'],
    ['a subject with an aside, in the next paragraph', ['Berg said the port was closed on Monday.', 'The Sylvanian forces, which hold the hills, have shelled the port since May. They said the shelling hit only military targets.'], 'the shelling', 'sylvania'],
  ];
  it.each(fires)('%s', (_, paragraphs, words, government) => {
    expect(governmentOf(paragraphs, words)).toBe(government);
  });

  // Near misses: "they added" goes on with the speaker; a subject of two sides, or a singular one; a
  // sentence with speech between; people of a side's country who speak for no side (soldiers, experts).
  const misses: [string, string[], string, string][] = [
    ['"they added" after a body spoke', ['The Defence Ministry said the port was closed. Sylvanian troops have shelled the port since May. They added that the ferries would stop.'], 'the ferries', 'sylvania'],
    ['a subject of two sides', ['Freedonian and Sylvanian troops clashed on Monday. They said the truce had failed on the first night.'], 'the truce', 'sylvania'],
    ['soldiers of a side', ['Berg said the port was closed. Sylvanian troops shelled the port on Monday. They said the shells hit an arms depot.'], 'the shells', 'sylvania'],
    ['experts of a side', ['Berg said the port was closed. Sylvanian experts studied the shells on Monday. They said the shells hit an arms depot.'], 'the shells', 'sylvania'],
    ['a singular subject', ['Berg said the port was closed. The Sylvanian navy struck the port on Monday. They said the strike hit an arms depot.'], 'the strike', 'sylvania'],
    ['a side named before its verb in -s, then "they" about someone else', ['Sylvania has closed the port since May.', 'The closure dealt a blow to the hopes of fishermen, who they say have lost everything.'], 'have lost', 'sylvania'],
    ['speech between', ['The Sylvanian troops have shelled the port since May. Berg said the port was closed. They said the port would reopen soon.'], 'the port would', 'sylvania'],
  ];
  it.each(misses)('%s', (_, paragraphs, words, notGovernment) => {
    expect(governmentOf(paragraphs, words)).not.toBe(notGovernment);
  });
});
