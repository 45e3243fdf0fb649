import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** The speaker and words of each statement of an impersonal "It … noted/stated that …". */
const impersonal = (paragraphs: string[]) =>
  statements(paragraphs)
    .filter((m) => /^(?:noted|stated|reported)$/.test(m.verb ?? '') && /^that\b/.test(m.reported ?? ''))
    .map((m) => [m.speaker.actor ?? m.speaker.description, m.reported]);

describe('"It was noted that …" goes on with the speech just before it, and is the writer\'s telling otherwise', () => {
  it.each([
    [['The State Bureau said 40 sailors died. It was noted that 12 of them were officers.'], 'freedonia-state-bureau'],
    [['Forty sailors died, the State Bureau reported.', 'It was noted that 12 of them were officers.'], 'freedonia-state-bureau'],
    [['Freedonia rejected the plan on Monday.', 'It is noted that 12 ships left the port in May.'], 'freedonia'],
  ])('after speech: %j', (paragraphs, speaker) => {
    expect(impersonal(paragraphs)).toEqual([[speaker, paragraphs.at(-1)!.slice(paragraphs.at(-1)!.indexOf('that'), -1)]]);
  });

  it.each([
    [['The port reopened on Monday.', 'It is noted that 12 ships left the port in May.']],
    [['It is noted that 12 ships left the port in May.']],
    [['The delay had many causes.', 'It is noted that Freedonia has moved 4,000 dockers to the harbour.']],
    [['Anna Berg spoke on Monday. The port reopened.', 'It was noted that 12 ships left the port in May.']],
  ])('after the writer\'s own sentence, no statement: %j', (paragraphs) => {
    expect(impersonal(paragraphs)).toEqual([]);
  });
});
