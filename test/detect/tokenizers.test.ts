import { describe, expect, it } from 'vitest';
import { tokenize as figureTokens } from '../../src/lib/detect/figures/tokens.ts';
import { hasWord, hasWords, isAbbreviation, tokenize as quoteTokens } from '../../src/lib/detect/quotes/tokens.ts';
import { SPEECH_VERB_PATTERN, speechVerbMatches } from '../../src/lib/detect/quotes/speech-verbs.ts';

/**
 * The tokenizers and the speech-verb search read text character by character for speed; each must
 * give exactly what the regular expression its comment names gives. These tests run both on text
 * built from the awkward cases: letters outside the Basic Multilingual Plane, lone surrogates,
 * numbers that are not digits, white space that is not a space.
 */
const AWKWARD = ['a', 'B', 'é', 'Ω', 'ǅ', '中', '1', '22', '٣', 'Ⅻ', '²', '.', ',', ',123', "'", '’', '-', '–', ' ', '\t', '\n',
  '\u00a0', '\u2003', '\ufeff', '“', '”', '´', '$', '%', '/', '𝑨', '😀', '\ud835', '\ud800', 'U.S.', 'U.S.-', 'p.m.', 'x.y', '_', '3.5', 'said', 'Mr', ',00', ',000'];

function awkwardTexts(count: number): string[] {
  const texts: string[] = [];
  let state = 11;
  for (let k = 0; k < count; k++) {
    let text = '';
    state = (state * 1103515245 + 12345) % 2147483648;
    const length = 1 + Math.floor((state / 2147483648) * 10);
    for (let j = 0; j < length; j++) {
      state = (state * 1103515245 + 12345) % 2147483648;
      text += AWKWARD[Math.floor((state / 2147483648) * AWKWARD.length)];
    }
    texts.push(text);
  }
  return texts;
}

const QUOTE_WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’-]|´(?=\p{L})|\.(?=\p{L})|(?<=\d)[.,](?=\d))*/gu;

/** The quote detector's tokenizer as it was written with QUOTE_WORD. */
function quoteTokensByPattern(text: string, from = 0, to = text.length) {
  const tokens = [];
  QUOTE_WORD.lastIndex = from;
  for (let m = QUOTE_WORD.exec(text); m && m.index < to; m = QUOTE_WORD.exec(text)) {
    let end = Math.min(m.index + m[0].length, to);
    let word = text.slice(m.index, end);
    if (text[end] === '.' && end < to && isAbbreviation(word)) {
      end += 1;
      word += '.';
    }
    tokens.push({ text: word, start: m.index, end });
  }
  return tokens;
}

const FIGURE_TOKEN = /(\d{1,2}(?:,\d{2}(?!\d))+(?=,\d{3}(?!\d))(?:,\d{3})*(?:\.\d+)?|\d+(?:,\d{3})*(?:\.\d+)?)|((?:\p{L}\.){2,}(?:-\p{L}+(?:['’]\p{L}+)*)*|\p{L}+(?:['’]\p{L}+)*(?:-\p{L}+(?:['’]\p{L}+)*)*)|\S/gu;

describe('tokenizers read as their patterns do', () => {
  const texts = awkwardTexts(3000);

  // Every offset of 3,000 texts: seconds on an idle machine, many more on a busy one.
  it('quote words, from any offset to any offset', () => {
    for (const text of texts) {
      for (let from = 0; from <= text.length; from++) {
        const to = text.length - (from % 3);
        expect(quoteTokens(text, from, to)).toEqual(quoteTokensByPattern(text, from, to));
        expect(hasWord(text, from, to)).toBe(quoteTokensByPattern(text, from, to).length > 0);
        for (const count of [0, 1, 2, 3, 4]) expect(hasWords(text, count, from, to)).toBe(quoteTokensByPattern(text, from, to).length >= count);
      }
    }
  }, 120_000);

  it('figure tokens and their kinds', () => {
    for (const text of texts) {
      const expected = [...text.matchAll(FIGURE_TOKEN)].map((m) => ({
        kind: m[1] !== undefined ? 'number' : m[2] !== undefined ? 'word' : 'punct',
        text: m[0],
        start: m.index,
        end: m.index + m[0].length,
      }));
      expect(figureTokens(text).map(({ lower: _lower, ...token }) => token)).toEqual(expected);
    }
  });
});

describe('speechVerbMatches', () => {
  it('finds what the whole-word pattern finds', () => {
    const texts = [
      'Berg said. Lind says, and Ruhl pointed  out that unsaid words were re-said; “saying” it’s said_ said1 said’s',
      'she told reporters, adding that officials toldx told-off Told said.said',
      ...awkwardTexts(500).map((text) => `${text} said ${text}told${text} points out`),
      // Verbs of several words, and first words touching other characters: the search reads a word as its run of lower-case letters.
      'pointed\u00a0out; pointed\nout pointedout pointed  outx Pointed out répointed out 𝑨pointed out pointed-out said-so',
      ...awkwardTexts(300).map((text) => `pointed${text}out ${text}pointed out${text}made clear that${text}`),
    ];
    for (const text of texts) {
      expect(speechVerbMatches(text).map((m) => [m.index, m[0]])).toEqual([...text.matchAll(SPEECH_VERB_PATTERN)].map((m) => [m.index, m[0]]));
    }
  });

  it.each([
    ['Berg repeated the claim that the boats had left.', ['repeated the claim']],
    ['Berg repeated the claim\u00a0that the boats had left.', ['repeated the claim']],
    // No "that" after the noun: the verb alone, and no act.
    ['Berg repeated the claim, and the boats left.', ['repeated', 'claim']],
    ['Berg repeated the claim thatched roofs burn.', ['repeated', 'claim']],
  ])('reads a speech act named by its noun before "that" as the verb: %s', (text, verbs) => {
    expect(speechVerbMatches(text).map((m) => m[0])).toEqual(verbs);
  });
});
