import { describe, expect, it } from 'vitest';
import { quoteSpansOfSource } from '../../src/lib/detect/quotes/quote-runs.ts';
import { statements } from './quotes.fixture.ts';

const paragraphs = (...texts: string[]) => texts.map((text, i) => ({ n: i + 1, text }));

describe('quotations that run over several paragraphs without a mark at each start', () => {
  it('reads the paragraphs between an unclosed opening and a later closing mark as the quotation', () => {
    const { spans, runs } = quoteSpansOfSource(
      paragraphs('"The boats have left the port.', 'All crews are safe.', 'The port stays closed," the ministry said.', 'Weather was fine.'),
    );
    expect(runs).toEqual([{ first: 0, last: 2 }]);
    expect(spans[1]).toEqual([{ open: -1, close: 19, text: 'All crews are safe.', unclosed: true }]);
    expect(spans[2]?.[0]).toEqual({ open: -1, close: 22, text: 'The port stays closed,', unclosed: false });
    expect(spans[3]).toEqual([]);
  });

  it('finds no run when the later paragraph opens a quotation of its own, or none closes it', () => {
    expect(quoteSpansOfSource(paragraphs('"The boats have left the port.', '"All crews are safe," he said.')).runs).toEqual([]);
    expect(quoteSpansOfSource(paragraphs('"The boats have left the port.', 'All crews are safe.')).runs).toEqual([]);
  });

  it('gives every part of the run to the speaker the closing paragraph names', () => {
    const mentions = statements([
      'Tomas Ruhl spoke first.',
      '"The boats have left the port.',
      'All crews are safe and were taken ashore.',
      'The port stays closed until further notice," the Freedonian Defence Ministry said.',
    ]);
    expect(mentions.filter((m) => m.kind === 'quote').map((m) => [m.paragraph, m.speaker.actor, m.quote])).toEqual([
      [2, 'freedonia-defence-ministry', 'The boats have left the port.'],
      [3, 'freedonia-defence-ministry', 'All crews are safe and were taken ashore.'],
      [4, 'freedonia-defence-ministry', 'The port stays closed until further notice'],
    ]);
    expect(mentions.some((m) => m.unclosedQuote)).toBe(false);
  });
});

describe('a document quoted after a colon that the copy ends inside, with no closing mark', () => {
  const statementCut = [
    'The State Bureau issued a statement on Tuesday. The statement reads:',
    '“Freedonia follows the situation with concern. The boats left the port.',
    'It is imperative to ensure unimpeded support to those in need.',
    'Sylvania has to ensure the rights of the sailors and must return them.',
  ];

  it('reads every paragraph after the opening one as the document’s words, one quotation each', () => {
    const mentions = statements(statementCut);
    expect(mentions.map((m) => [m.paragraph, m.kind, m.speaker.actor, m.quote])).toEqual([
      [2, 'quote', 'freedonia-state-bureau', 'Freedonia follows the situation with concern. The boats left the port.'],
      [3, 'quote', 'freedonia-state-bureau', 'It is imperative to ensure unimpeded support to those in need.'],
      [4, 'quote', 'freedonia-state-bureau', 'Sylvania has to ensure the rights of the sailors and must return them.'],
    ]);
    // The editor is told once that the quotation is not closed.
    expect(mentions.map((m) => m.unclosedQuote ?? false)).toEqual([true, false, false]);
  });

  it('runs no further than the paragraph when no colon sets the quotation off as a block, or a later paragraph has marks', () => {
    expect(quoteSpansOfSource(paragraphs('Berg spoke. “The boats left the port.', 'Weather was fine.', 'The port reopened.')).runs).toEqual([]);
    expect(quoteSpansOfSource(paragraphs('Berg said: “The boats left the port.', 'Weather was fine.', 'The port reopened.')).runs).toEqual([]);
    expect(quoteSpansOfSource(paragraphs('It reads:', '“The boats left the port.', 'Weather was fine.', 'Ruhl called it ‘a lie’.')).runs).toEqual([]);
    expect(quoteSpansOfSource(paragraphs('It reads:', '“The boats left the port.', 'Weather was fine.')).runs).toEqual([{ first: 1, last: 2, open: true }]);
  });
});

describe('British copy: a speech over several paragraphs, each opening with a single mark', () => {
  it('gives each paragraph to the speaker who wrote the first', () => {
    const mentions = statements([
      'Defence Minister Tomas Ruhl posted on X and wrote: ‘Sylvania has carried out targeted strikes on the port.',
      '‘The safety of our boats is paramount and that is why we are taking action.',
      '‘As the Council has made clear, Freedonia must halt its attacks.’',
    ]);
    expect(mentions.map((m) => [m.paragraph, m.kind, m.speaker.actor, m.quote])).toEqual([
      [1, 'quote', 'tomas-ruhl', 'Sylvania has carried out targeted strikes on the port.'],
      [2, 'quote', 'tomas-ruhl', 'The safety of our boats is paramount and that is why we are taking action.'],
      [3, 'quote', 'tomas-ruhl', 'As the Council has made clear, Freedonia must halt its attacks.'],
    ]);
  });

  it('opens no quotation at a single mark inside a sentence that nothing closes', () => {
    expect(statements(['In the ‘90s the port was busy, Ruhl said.']).map((m) => [m.kind, m.reported])).toEqual([['reported', 'In the ‘90s the port was busy']]);
  });
});
