import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** Each report of the paragraphs: its speaker (actor id, else the description), verb and reported words. */
const read = (...paragraphs: string[]) => statements(paragraphs).map((m) => [m.speaker.actor ?? m.speaker.description, m.verb, m.reported]);

describe('a press or news release is a document its issuer speaks by, as a statement is', () => {
  it.each([
    [['According to a news release from the Defence Ministry, 36 targets were hit.'], [['freedonia-defence-ministry', 'According to', '36 targets were hit']]],
    [['36 targets were hit, according to a press release from the Defence Ministry.'], [['freedonia-defence-ministry', 'according to', '36 targets were hit']]],
    [['A press release from the Defence Ministry said that 36 targets were hit.'], [['freedonia-defence-ministry', 'said', 'that 36 targets were hit']]],
    // "the press release" refers back to its issuer.
    [['The Defence Ministry issued a press release on Monday.', 'The press release said that 36 targets were hit.'], [['freedonia-defence-ministry', 'said', 'that 36 targets were hit']]],
  ])('%s', (paragraphs, expected) => {
    expect(read(...paragraphs)).toEqual(expected);
  });

  it.each([
    // A release that is no document: from a place, of gas, an early one.
    ['The release said nothing about the port.'],
    ['The release from the port said nothing.'],
    ['A release of gas near the dam said nothing.'],
    ['The early release said that the port was closed.'],
  ])('no speaker: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});
