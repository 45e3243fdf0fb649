import { describe, expect, it } from 'vitest';
import { findQuoteSpans, MASK, maskQuotes } from '../../src/lib/detect/quotes/quote-spans.ts';
import { sentencesAroundQuotes } from '../../src/lib/detect/quotes/sentences.ts';
import { statements } from './quotes.fixture.ts';
import { segmentSentences } from '../../src/lib/segment/sentences.ts';

const sentences = (text: string): string[] =>
  sentencesAroundQuotes(segmentSentences(text), findQuoteSpans(text)).map((r) => text.slice(r.start, r.end));

describe('findQuoteSpans', () => {
  it('finds curly and straight quotations with the words between the marks', () => {
    expect(findQuoteSpans('“We are ready,” she said. He called it "a bluff".')).toEqual([
      { open: 0, close: 14, text: 'We are ready,', unclosed: false },
      { open: 39, close: 47, text: 'a bluff', unclosed: false },
    ]);
  });

  it('closes a quotation whose marks do not match, and keeps a straight quotation inside a curly one', () => {
    expect(findQuoteSpans('"We are ready,” said Ruhl.').map((q) => q.text)).toEqual(['We are ready,']);
    expect(findQuoteSpans('“We are ready," said Ruhl.').map((q) => q.text)).toEqual(['We are ready,']);
    expect(findQuoteSpans('“He called it a "mistake" and left,” said Ruhl.').map((q) => q.text)).toEqual(['He called it a "mistake" and left,']);
  });

  it('finds angle quotations', () => {
    expect(findQuoteSpans('«Nous sommes prêts», he said.')).toEqual([{ open: 0, close: 18, text: 'Nous sommes prêts', unclosed: false }]);
  });

  it('finds low quotations closed by a high mark, as German („…“) and Polish („…”) copy writes them', () => {
    expect(findQuoteSpans('„Wir sind bereit“, he said.')).toEqual([{ open: 0, close: 16, text: 'Wir sind bereit', unclosed: false }]);
    expect(findQuoteSpans('Berg called it „reckless” and „unacceptable“.').map((q) => q.text)).toEqual(['reckless', 'unacceptable']);
  });

  it('closes a low quotation with a straight mark that ends its words, so the next one is read apart', () => {
    expect(findQuoteSpans('„Die Lage ist ernst", said Berg. It is "serious," she added.').map((q) => [q.text, q.unclosed])).toEqual([
      ['Die Lage ist ernst', false],
      ['serious,', false],
    ]);
    // A straight mark before a word, not after one, is no closing mark.
    expect(findQuoteSpans('„Wir sind "bereit“, he said.').map((q) => [q.text, q.unclosed])).toEqual([['Wir sind "bereit', false]]);
    // The words go to the speaker the attribution names, not to one who spoke before.
    const mentions = statements(['Ruhl said the port was closed.', '„Die Lage ist ernst", said Anna Berg.']);
    expect(mentions.filter((m) => m.kind === 'quote').map((m) => [m.quote, m.speaker.actor])).toEqual([['Die Lage ist ernst', 'anna-berg']]);
  });

  it('reads a mark typed the wrong way round by where it stands: “…,“ and ”…” close and open, and »…« of German copy', () => {
    expect(findQuoteSpans('“We will stay,“ Berg said.').map((q) => [q.text, q.unclosed])).toEqual([['We will stay,', false]]);
    expect(findQuoteSpans('”We will stay,” Berg said.').map((q) => [q.text, q.unclosed])).toEqual([['We will stay,', false]]);
    expect(findQuoteSpans('»Wir bleiben«, Berg said.').map((q) => [q.text, q.unclosed])).toEqual([['Wir bleiben', false]]);
    // A closing mark with no opening one, after a word, opens nothing.
    expect(findQuoteSpans('The port is an important route for goods.” Berg said.')).toEqual([]);
    const mentions = statements(['“We will stay in the port,“ Berg said on Tuesday.']);
    expect(mentions.map((m) => [m.kind, m.quote, m.speaker.actor])).toEqual([['quote', 'We will stay in the port', 'anna-berg']]);
  });

  it('ends a quotation that lost its closing mark before the writer reports its source again ("The statement added that …")', () => {
    const texts = (text: string) => findQuoteSpans(text).map((q) => [q.text, q.unclosed]);
    expect(texts('The Bureau said: “The boats left at dawn. The statement added that two sailors were hurt.')).toEqual([['The boats left at dawn.', true]]);
    expect(texts('The Bureau said: “The boats left at dawn. It said that two sailors were hurt.')).toEqual([['The boats left at dawn.', true]]);
    // Otherwise it runs to the paragraph's end, as before; a closed quotation is read as written.
    expect(texts('Berg said: “The boats left. We stayed in the port')).toEqual([['The boats left. We stayed in the port', true]]);
    expect(texts('“The boats left. The captain said that two sailors were hurt,” Berg said.')).toEqual([['The boats left. The captain said that two sailors were hurt,', false]]);
    const mentions = statements(['The Bureau said: “The boats left at dawn. The statement added that two sailors were hurt.']);
    expect(mentions.map((m) => [m.kind, m.quote ?? m.reported])).toEqual([['quote', 'The boats left at dawn.'], ['reported', 'that two sailors were hurt']]);
  });

  it('gives a low quotation to its speaker like any other', () => {
    const mentions = statements(['„We will not back down“, Berg said.']);
    expect(mentions.map((m) => [m.kind, m.quote, m.speaker.actor])).toEqual([['quote', 'We will not back down', 'anna-berg']]);
  });

  it('leaves apostrophes alone, and reads single curly marks as a quotation only from ‘ to a ’ that ends a word', () => {
    expect(findQuoteSpans('The ministry’s plan and Freedonia\'s and the sailors’ boats.')).toEqual([]);
    const text = 'The ministry’s ‘red line’ and the sailors’ families were ‘safe and well’.';
    expect(findQuoteSpans(text).map((span) => span.text)).toEqual(['red line', 'safe and well']);
    // Inside a double-marked quotation, single marks are a quotation within it, not one of their own.
    expect(findQuoteSpans('“They said ‘no’ to us,” Berg said.').map((span) => span.text)).toEqual(['They said ‘no’ to us,']);
    // An opening mark with no closing one is a quotation to the paragraph's end, as a double one is
    // (corpus README: an unclosed mark is a typo); an elided word ("‘n", "‘90s") opens none.
    expect(findQuoteSpans('The plan would ‘dissolve all bodies by January.')).toEqual([{ open: 15, close: 47, text: 'dissolve all bodies by January.', unclosed: true }]);
    expect(findQuoteSpans('The plan would ‘dissolve all bodies, as “the Palace” wants.').map((span) => span.text)).toEqual(['dissolve all bodies, as', 'the Palace']);
    expect(findQuoteSpans('They played rock ‘n roll all night in the ‘90s in the port.')).toEqual([]);
    // A quotation cut short ends on an ellipsis before its closing mark.
    expect(findQuoteSpans('‘The boats will stay in the port, whatever the council …’ the statement said').map((span) => span.text)).toEqual([
      'The boats will stay in the port, whatever the council …',
    ]);
  });

  it('closes a quotation without its closing mark at the paragraph end', () => {
    expect(findQuoteSpans('Berg said: “We will respond.  ')).toEqual([
      { open: 11, close: 28, text: 'We will respond.', unclosed: true },
    ]);
  });

  it('closes an unclosed curly quotation where the next one opens', () => {
    expect(findQuoteSpans('“One. “Two,” he said.')).toEqual([
      { open: 0, close: 5, text: 'One.', unclosed: true },
      { open: 6, close: 11, text: 'Two,', unclosed: false },
    ]);
  });

  it('ignores a closing mark that has no opening mark', () => {
    expect(findQuoteSpans('Troops left” on Monday.')).toEqual([]);
  });
});

describe('maskQuotes', () => {
  it('replaces each quotation, marks included, and keeps offsets', () => {
    const text = 'He said “no” twice.';
    const masked = maskQuotes(text, findQuoteSpans(text));
    expect(masked).toBe(`He said ${MASK.repeat(4)} twice.`);
    expect(masked.length).toBe(text.length);
  });
});

describe('sentencesAroundQuotes: the one splitter, quotes kept whole', () => {
  it('does not split inside a quotation', () => {
    expect(sentences('“We are ready. We have always been,” Ruhl said. Talks resume today.')).toEqual([
      '“We are ready. We have always been,” Ruhl said.',
      'Talks resume today.',
    ]);
  });

  it('ends a sentence at a quotation that ends with its own full stop', () => {
    expect(sentences('“The border stays closed.” Asked why, Ruhl declined to answer.')).toEqual([
      '“The border stays closed.”',
      'Asked why, Ruhl declined to answer.',
    ]);
  });

  it('does not split between a quotation and its own attribution', () => {
    expect(sentences('“Why now?” Ruhl asked. “We are ready.” Berg said. “Go.” Berg said the talks would resume.')).toEqual([
      '“Why now?” Ruhl asked.',
      '“We are ready.” Berg said.',
      '“Go.”',
      'Berg said the talks would resume.',
    ]);
  });

  it('splits before a quotation that follows a full stop without a space', () => {
    expect(sentences('“We are watching,” he said."This is a violation."')).toEqual([
      '“We are watching,” he said.',
      '"This is a violation."',
    ]);
  });

  it('keeps a quotation of several sentences whole, even when the splitter cuts it', () => {
    expect(sentences('“We act. We stay.” Talks resume today.')).toEqual(['“We act. We stay.”', 'Talks resume today.']);
  });

  it('does not split after abbreviations and initials', () => {
    expect(sentences('The U.S. Navy and Gen. Ruhl met on Oct. 3 with John F. Kerr. Both left.')).toEqual([
      'The U.S. Navy and Gen. Ruhl met on Oct. 3 with John F. Kerr.',
      'Both left.',
    ]);
  });
});
