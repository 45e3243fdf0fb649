/**
 * Sentence segmentation for news paragraphs.
 *
 * A candidate boundary is a run of terminal punctuation (`.`, `?`, `!`, `…`, `...`), plus any closing quotes
 * or brackets, followed by whitespace or directly by an opening quote (`he said."This`). It becomes a
 * boundary only when what follows can start a sentence (not a lowercase word) and the period is not part
 * of an abbreviation. Abbreviations come in three kinds:
 *
 * - prefixes that never end a sentence ("Mr.", "Gen.", "St.", "No. 5", "Oct. 30", "e.g.");
 * - soft abbreviations that usually do not ("S.R.", "F.P.R.", "a.m.", initials such as "Anna K. Berg",
 *   "Inc.", "Jr."). "S.R. officials" and "the S.R. State Bureau" read the same to a program, so we prefer
 *   not to split after them, and split only when an opening quote follows or a word that cannot continue a
 *   noun phrase (an article, pronoun or conjunction: "the S.R. It was…");
 * - everything else, where a period before a capital, digit or opening quote ends the sentence.
 *
 * A quotation tied to an attribution (it closes with a comma, or a lowercase word follows it:
 * `“We will act. It is our right,” he said.`) is kept in one sentence with its attribution, so a quote is
 * never cut from its speaker. A quotation that stands alone is split like any other text, and so is
 * every quotation with `splitQuotations`, for what reads a sentence's own tense and not its speaker.
 */

/** A sentence of a text, with offsets into that text. */
export interface Sentence {
  /** 0-based position of the sentence in the text. */
  index: number;
  /** The sentence, trimmed of surrounding whitespace; always `input.slice(start, end)`. */
  text: string;
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

/** Abbreviations written before a name or a number; they never end a sentence. */
const PREFIXES = new Set([
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Cmdr', 'Adm', 'Brig', 'Sgt',
  'Cpl', 'Pvt', 'Gov', 'Sen', 'Sens', 'Rep', 'Reps', 'Rev', 'Hon', 'Amb', 'Pres', 'Supt', 'Insp', 'St', 'Mt', 'Ft', 'vs', 'cf',
  'approx',
]);

/** Abbreviations that never end a sentence when a number follows ("No. 10", "Art. 5"). */
const NUMBER_PREFIXES = new Set(['No', 'Nos', 'Art', 'Vol', 'Fig', 'Para', 'Sec']);

/** Month abbreviations: a prefix before a day number ("Oct. 30"), soft otherwise. */
const MONTH_ABBREVIATIONS = new Set(['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']);

/** Dotted abbreviations that are always followed by more of the same sentence. */
const NEVER_FINAL_DOTTED = new Set(['e.g', 'i.e']);

/** Word abbreviations that may end a sentence but usually do not ("Acme Inc. said"). */
const SOFT_WORDS = new Set(['Inc', 'Corp', 'Co', 'Ltd', 'Bros', 'Jr', 'Sr', 'etc']);

/**
 * Words that open a sentence and cannot continue a noun phrase, so a soft abbreviation before them
 * ("…by the S.R. The move…") does end its sentence.
 */
const SENTENCE_OPENERS = new Set([
  'A', 'An', 'The', 'I', 'He', 'She', 'It', 'We', 'They', 'You', 'His', 'Her', 'Its', 'Our', 'Their', 'My',
  'This', 'That', 'These', 'Those', 'There', 'Here', 'But', 'And', 'Or', 'So', 'Yet', 'However', 'Meanwhile',
  'Still', 'Also', 'In', 'On', 'At', 'As', 'If', 'When', 'While', 'After', 'Before', 'Since', 'Although',
  'Though', 'Because', 'According', 'Asked', 'Some', 'Many', 'Most', 'Both', 'All', 'Each', 'Such', 'What',
  'Why', 'How', 'Who', 'Where', 'Then', 'Now', 'Earlier', 'Later',
]);

const TERMINAL = /[.!?…]/;
const TERMINALS = /[.!?…]/g;
const CLOSERS = /[”’)\]»]/;
const OPENING_QUOTES = /[“‘«]/;
/** Characters after which a straight quote opens a quotation. */
const BEFORE_OPENER = /[\s([{—–\-/]/;
const LOWERCASE = /\p{Ll}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Splits `text` into sentences; see the module comment for the rules. */
export function segmentSentences(text: string, { splitQuotations = false }: { splitQuotations?: boolean } = {}): Sentence[] {
  const suppressed = splitQuotations ? [] : attributedQuotations(text);
  const boundaries: number[] = [];
  for (const blank of text.matchAll(/\n[ \t]*\n/g)) boundaries.push(blank.index);

  let i = 0;
  while (i < text.length) {
    // Jump to the next terminal mark: nothing else can end a sentence.
    TERMINALS.lastIndex = i;
    const terminal = TERMINALS.exec(text);
    if (!terminal) break;
    i = terminal.index;
    let runEnd = i;
    while (runEnd < text.length && TERMINAL.test(text.charAt(runEnd))) runEnd++;
    let closersEnd = runEnd;
    while (closersEnd < text.length && isCloser(text, closersEnd)) closersEnd++;
    const insideQuotation = suppressed.some(([open, close]) => open < i && i < close);
    if (!insideQuotation && endsSentence(text, i, runEnd, closersEnd)) boundaries.push(closersEnd);
    i = closersEnd;
  }

  return toSentences(text, boundaries);
}

/**
 * Whether the terminal run `text[runStart, runEnd)`, followed by closers up to `closersEnd`, ends a
 * sentence.
 */
function endsSentence(text: string, runStart: number, runEnd: number, closersEnd: number): boolean {
  let next = closersEnd;
  while (next < text.length && /\s/.test(text.charAt(next))) next++;
  if (next >= text.length) return false;
  const opensQuote = isOpener(text, next);
  if (next === closersEnd && !opensQuote) return false;

  let letter = next;
  while (letter < text.length && isOpener(text, letter)) letter++;
  if (LOWERCASE.test(text.charAt(letter))) return false;

  const run = text.slice(runStart, runEnd);
  if (run.includes('…') || run.startsWith('..')) {
    // An ellipsis between spaces marks words left out of a quotation; one attached to a word ends it.
    return runStart > 0 && !/\s/.test(text.charAt(runStart - 1));
  }
  if (run.includes('?') || run.includes('!')) return true;
  // A closing quote or bracket after the period closes the sentence whatever the word before it.
  if (closersEnd > runEnd) return true;

  const word = wordBefore(text, runStart);
  const nextWord = /^[\p{L}']+/u.exec(text.slice(letter))?.[0] ?? '';
  switch (abbreviationKind(word, /\d/.test(text.charAt(letter)))) {
    case 'prefix':
      return false;
    case 'soft':
      // "at 9:15 p.m. (local time), the ship …": a bracket after a soft abbreviation goes on with its
      // sentence; an opening quotation mark starts another.
      return (opensQuote && !/[([]/.test(text.charAt(next))) || SENTENCE_OPENERS.has(nextWord);
    case 'none':
      return true;
  }
}

/** What kind of abbreviation `word` (the text before a period, without it) is. */
function abbreviationKind(word: string, numberFollows: boolean): 'prefix' | 'soft' | 'none' {
  if (PREFIXES.has(word) || NEVER_FINAL_DOTTED.has(word.toLowerCase())) return 'prefix';
  if (NUMBER_PREFIXES.has(word) && numberFollows) return 'prefix';
  if (MONTH_ABBREVIATIONS.has(word)) return numberFollows ? 'prefix' : 'soft';
  if (SOFT_WORDS.has(word)) return 'soft';
  // Dotted letters ("S.R", "F.P.R", "a.m") and initials ("F").
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word) || /^\p{Lu}$/u.test(word)) return 'soft';
  return 'none';
}

/**
 * The word that ends just before `end`, without leading quotes or brackets; for a compound
 * ("S.R.-F.R", "S.R./NC") only its last part.
 */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && !/[\s\-–—/]/.test(text.charAt(start - 1))) start--;
  return text.slice(start, end).replace(/^[^\p{L}\p{N}]+/u, '');
}

/** Whether the character at `at` opens a quotation or a bracket. */
function isOpener(text: string, at: number): boolean {
  const char = text.charAt(at);
  if (OPENING_QUOTES.test(char) || char === '(' || char === '[') return true;
  if (char !== '"' && char !== "'") return false;
  const before = at === 0 ? ' ' : text.charAt(at - 1);
  const after = text.charAt(at + 1);
  if (!WORD_CHAR.test(after) && !OPENING_QUOTES.test(after)) return false;
  // `said."This`: a straight quote between a sentence's end and a word opens the next sentence.
  return BEFORE_OPENER.test(before) || (char === '"' && /[.!?…,:;]/.test(before));
}

/** Whether the character at `at` closes a quotation or a bracket. */
function isCloser(text: string, at: number): boolean {
  const char = text.charAt(at);
  if (CLOSERS.test(char)) return true;
  return (char === '"' || char === "'") && !isOpener(text, at);
}

/** The marks of double-quoted quotations. */
const DOUBLE_QUOTE_MARKS = /[“”"]/g;

/**
 * Double-quoted quotations tied to an attribution, as `[open, close]` offsets of their quote marks: the
 * quotation closes with a comma (`,”`) or a lowercase word follows it (`?” he asked`). Sentence ends
 * inside them are ignored.
 */
function attributedQuotations(text: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  let open: number | null = null;
  for (const { 0: char, index: at } of text.matchAll(DOUBLE_QUOTE_MARKS)) {
    const opens = char === '“' || (char === '"' && isOpener(text, at));
    if (opens) {
      open = at;
      continue;
    }
    if (open === null) continue;
    const following = /^\s*(\S)/.exec(text.slice(at + 1))?.[1] ?? '';
    if (text.charAt(at - 1) === ',' || LOWERCASE.test(following)) found.push([open, at]);
    open = null;
  }
  return found;
}

/** Cuts `text` at the sorted-or-not `boundaries` and trims each piece. */
function toSentences(text: string, boundaries: number[]): Sentence[] {
  const cuts = [...new Set([...boundaries, text.length])].sort((a, b) => a - b);
  const sentences: Sentence[] = [];
  let from = 0;
  for (const cut of cuts) {
    const piece = text.slice(from, cut);
    const leading = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (trimmed) {
      const start = from + leading;
      sentences.push({ index: sentences.length, text: trimmed, start, end: start + trimmed.length });
    }
    from = cut;
  }
  return sentences;
}
