import { describe, expect, it } from 'vitest';
import { statements } from './quotes.fixture.ts';

/** A paragraph of Berg's before the line read, whom a quotation with no speaker would continue. */
const BEFORE = '“We are doing all we can for the families,” said Anna Berg.';

/** The quotations read in the line after Berg's paragraph. */
const quotesOf = (line: string) => statements([BEFORE, line]).filter((m) => m.paragraph === 2).map((m) => m.quote);

describe('a crosshead that quotes a word and goes on with a few words of its own is no statement', () => {
  it.each([
    ['‘Remarkable’ welcome in the camps'],
    ['“Sleepless” nights'],
    ['‘Heart-breaking’ scenes at the border'],
    ['“Unprecedented” cold in the valley'],
  ])('%s', (line) => {
    expect(quotesOf(line)).toEqual([]);
  });

  it.each([
    // Words of speaking or a speaker after the quotation, or a sentence's closing stop.
    ['“We will stay” he said', 'We will stay'],
    ['“We will stay” said Ruhl', 'We will stay'],
    ['“We will stay” they told reporters', 'We will stay'],
    ['“We will not leave” was the message of the families.', 'We will not leave'],
  ])('still a quotation: %s', (line, quote) => {
    expect(quotesOf(line)).toEqual([quote]);
  });
});
