import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Each statement of the paragraphs: its speaker (actor id, else the description) and verb. */
const read = (...paragraphs: string[]) => statements(paragraphs).map((m) => [m.speaker.actor ?? m.speaker.description, m.verb]);

describe("a name set off after a description that ends in an acronym in parentheses is who speaks, after the verb as before it", () => {
  it.each([
    ['“The port is closed,” said the deputy spokesperson of the State Bureau (SB), Anna Berg.', [['anna-berg', 'said']]],
    ['Trade slowed, “with losses for all”, said the head of the Defence Ministry (DM), Tomas Ruhl, on Monday.', [['tomas-ruhl', 'said']]],
    ['According to the deputy spokesperson of the State Bureau (SB), Anna Berg, the port is closed.', [['anna-berg', 'According to']]],
    ['The port is closed, according to the head of the Defence Ministry (DM), Tomas Ruhl.', [['tomas-ruhl', 'according to']]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // No name after the acronym: the body speaks.
    ['“The port is closed,” said the State Bureau (SB).', [['freedonia-state-bureau', 'said']]],
    ['According to the State Bureau (SB), the port is closed.', [['freedonia-state-bureau', 'According to']]],
    // A clause after the comma is what was said, not a name describing the speaker.
    ['According to the State Bureau (SB), Anna Berg left the port.', [['freedonia-state-bureau', 'According to']]],
    // Words in parentheses that are no acronym close nothing.
    ['“The port is closed,” said the head of the State Bureau (in Fredonburg), Anna Berg.', [['freedonia-state-bureau', 'said']]],
  ])('near miss: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
