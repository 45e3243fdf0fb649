import { MONEY_SCALE_ABBREVIATIONS, NUMBER_WORDS, SCALE_WORDS, VAGUE_QUANTITIES, isNumberWord, parseNumberWords } from './number-words.ts';
import { CURRENCY_SIGNS, MONTHS, SIZE_WORDS } from './non-figures.ts';
import { touching, wordAt } from './tokens.ts';
import type { Token } from './types.ts';

/** A number found in the token stream, before anything decides whether it is a figure. */
export interface NumberSpan {
  value: number;
  /** Index of the number's first token ("a" of "a dozen", "tens" of "tens of thousands"). */
  first: number;
  /** Index of its last token, including a scale word ("8 million") or the "of" after a vague quantity. */
  last: number;
  kind: 'digits' | 'words' | 'vague';
  /** The vague words ("tens of thousands") of a vague quantity; null otherwise. */
  vague: string | null;
  /** Four plain digits from 1800 to 2199 ("2024"): a year unless the context says otherwise. */
  yearLike: boolean;
}

/**
 * Every number in the tokens, left to right, never overlapping: vague
 * quantities first (so "hundreds of thousands" is one), then digits with an
 * optional fraction and scale word ("2 1/2", "1.5 million"), then number words
 * ("twelve thousand", "a dozen", "two hundred and forty").
 */
export function scanNumbers(tokens: readonly Token[]): NumberSpan[] {
  const spans: NumberSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const span = vagueAt(tokens, i) ?? digitsAt(tokens, i) ?? wordsAt(tokens, i);
    if (span) spans.push(span);
    i = span ? span.last + 1 : i + 1;
  }
  return spans;
}

/**
 * A word `scanNumbers` can start or build a number with, standing alone or as a hyphenated part
 * ("twenty-five"): a number or scale word, or a vague quantity's first word. ("a", "an", "and" and
 * "half" make a number only with a scale word.)
 */
const NUMBER_WORD = new RegExp(
  `(?<!\\p{L})(?:${[...Object.keys(NUMBER_WORDS), ...Object.keys(SCALE_WORDS), ...VAGUE_QUANTITIES.map(({ words }) => words.split(' ')[0])].join('|')})(?!\\p{L})`,
  'iu',
);

/**
 * Whether `text` may hold a number `scanNumbers` finds: an ASCII digit or a number word. About half
 * the paragraphs of news copy hold neither, and the figure detector need not tokenize them.
 */
export function mayHoldNumber(text: string): boolean {
  return /\d/.test(text) || NUMBER_WORD.test(text);
}

/**
 * The vague quantities split into words once and filed by their first word, longest first as
 * listed: `vagueAt` runs at every token of every paragraph, and most words start none.
 */
const VAGUE_BY_FIRST_WORD = Map.groupBy(
  VAGUE_QUANTITIES.map(({ words, value }) => ({ words, value, parts: words.split(' ') })),
  ({ parts }) => parts[0] as string,
);

/** A closing quotation mark, as a token of its own. */
const CLOSING_QUOTE = /^["”’']$/;

function vagueAt(tokens: readonly Token[], i: number): NumberSpan | null {
  const first = wordAt(tokens, i);
  const quantities = first === undefined ? undefined : VAGUE_BY_FIRST_WORD.get(first);
  for (const { words, value, parts } of quantities ?? []) {
    if (!parts.every((part, k) => wordAt(tokens, i + k) === part)) continue;
    let last = i + parts.length - 1;
    if (qualifiesNumber(tokens, last + 1)) continue;
    if (wordAt(tokens, last + 1) === 'of') last += 1;
    // "“hundreds” of enemy soldiers": a vague amount in quotation marks still counts what follows.
    else if (CLOSING_QUOTE.test(tokens[last + 1]?.text ?? '') && wordAt(tokens, last + 2) === 'of') last += 2;
    return { value, first: i, last, kind: 'vague', vague: words, yearLike: false };
  }
  return null;
}

/** Whether a number follows: "several thousand", "several 100-strong units" use "several" as a qualifier. */
function qualifiesNumber(tokens: readonly Token[], next: number): boolean {
  const word = wordAt(tokens, next);
  return tokens[next]?.kind === 'number' || (word !== undefined && isNumberWord(word));
}

function digitsAt(tokens: readonly Token[], i: number): NumberSpan | null {
  const token = tokens[i];
  if (token?.kind !== 'number') return null;
  let value = Number(groupsOf(token.text, tokens[i + 1]?.text.toLowerCase()).replaceAll(',', ''));
  let last = i;
  const decimal = decimalCommaAt(tokens, i);
  if (decimal !== null) {
    value = Number(`${token.text}.${decimal}`);
    last = i + 2;
  }
  // "11 000 troops", "2 700 wounded": thousands grouped with a space, as many house styles write them.
  for (let g = spaceGroupAfter(tokens, i); g > last; g = spaceGroupAfter(tokens, g)) {
    value = value * 1000 + Number((tokens[g] as Token).text);
    last = g;
  }
  // A mixed fraction, "2 1/2": whole part, space, then numerator/denominator written solid.
  const [numerator, slash, denominator] = [tokens[i + 1], tokens[i + 2], tokens[i + 3]];
  if (
    numerator?.kind === 'number' && !touching(token, numerator) && /^\d+$/.test(numerator.text) &&
    slash?.text === '/' && touching(numerator, slash) &&
    denominator?.kind === 'number' && touching(slash, denominator) && Number(denominator.text) > 0
  ) {
    value += Number(numerator.text) / Number(denominator.text);
    last = i + 3;
  }
  const word = SCALE_WORDS[wordAt(tokens, last + 1) ?? ''];
  const scale = word !== undefined && !touching(tokens[last], tokens[last + 1]) ? word : (moneyScaleAfter(tokens, i, last) ?? thousandsAfter(tokens, i, last));
  const compound = scale === undefined ? scaleCompoundAfter(tokens, last) : null;
  if (scale !== undefined || compound) {
    // toPrecision drops float noise such as 1.1 * 1e6 = 1100000.0000000002.
    value = Number(((value * (scale ?? compound?.scale ?? 1))).toPrecision(12));
    last = compound?.last ?? last + 1;
  }
  const yearLike = last === i && /^\d{4}$/.test(token.text) && value >= 1800 && value <= 2199;
  return { value, first: i, last, kind: 'digits', vague: null, yearLike };
}

/**
 * "3,9 million", "1,25 billion": a decimal comma, as much of Europe writes one; the digits after the
 * comma, or null. Read only where one to three digits, a comma and one or two digits are written solid
 * and a scale word follows, since a thousands comma always has three digits after it and "3, 9" is a
 * list.
 */
function decimalCommaAt(tokens: readonly Token[], i: number): string | null {
  const [whole, comma, fraction] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (!/^\d{1,3}$/.test(whole?.text ?? '') || comma?.text !== ',' || !touching(whole, comma) || !touching(comma, fraction)) return null;
  if (fraction?.kind !== 'number' || !/^\d{1,2}$/.test(fraction.text)) return null;
  const scale = tokens[i + 3];
  return scale && !touching(fraction, scale) && Object.hasOwn(SCALE_WORDS, wordAt(tokens, i + 3) ?? '') ? fraction.text : null;
}

/**
 * "€10m", "$2.6bn": the scale of an abbreviation written solid after an amount that a currency sign
 * opens; undefined elsewhere ("a 10m wall" is metres).
 */
function moneyScaleAfter(tokens: readonly Token[], first: number, last: number): number | undefined {
  const [sign, number, abbreviation] = [tokens[first - 1], tokens[last], tokens[last + 1]];
  if (first !== last || sign === undefined || !(sign.text in CURRENCY_SIGNS) || !touching(sign, number) || !touching(number, abbreviation)) return undefined;
  return abbreviation?.kind === 'word' ? MONEY_SCALE_ABBREVIATIONS[abbreviation.text] : undefined;
}

/**
 * "3K troops", "120k people": a "k" written solid after plain digits, and ending the word, is
 * thousands, as headlines and social posts write them; undefined elsewhere ("2K24", "K-9", "10kg").
 */
function thousandsAfter(tokens: readonly Token[], first: number, last: number): number | undefined {
  const [number, k, after] = [tokens[last], tokens[last + 1], tokens[last + 2]];
  if (first !== last || !touching(number, k) || (k?.text !== 'k' && k?.text !== 'K')) return undefined;
  return touching(k, after) && after?.kind !== 'punct' ? undefined : 1_000;
}

/**
 * The token of a group of three digits that a space joins to the number ending at `i` ("11 000"), or
 * `i` when there is none. Only after a group of one to three digits that no month names ("May 5 300
 * troops" is a day, then a count), and not before a fraction or a time ("2 1/2", "5 300:00").
 */
function spaceGroupAfter(tokens: readonly Token[], i: number): number {
  const [token, group, after] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (!token || !group || group.kind !== 'number' || !/^\d{1,3}$/.test(token.text) || !/^\d{3}$/.test(group.text)) return i;
  if (group.start !== token.end + 1 || (after && touching(group, after) && /^[/:.,]$/.test(after.text) && tokens[i + 3]?.kind === 'number')) return i;
  const before = wordAt(tokens, i - 1) ?? '';
  return MONTHS.has(before) || MONTHS.has(before.replace(/\.$/, '')) ? i : i + 1;
}

/**
 * "28.000 containers": in house styles that group thousands with dots, a dot before exactly three
 * digits groups thousands of whole things. Before a scale word ("1.500 million") or "percent" the
 * dot is a decimal point as usual.
 */
function groupsOf(text: string, next: string | undefined): string {
  if (!/^[1-9]\d{0,2}\.\d{3}$/.test(text) || (next !== undefined && (Object.hasOwn(SCALE_WORDS, next) || /^(?:percent|per|%)$/.test(next)))) return text;
  return text.replaceAll('.', '');
}

function wordsAt(tokens: readonly Token[], i: number): NumberSpan | null {
  const half = halfAt(tokens, i);
  if (half) return half;
  // Most words open no number (a number word, "a" or "an", or a hyphenated compound): answer those
  // at once, as the loop below would, without setting up to read on.
  const first = wordAt(tokens, i);
  if (first === undefined || (first !== 'a' && first !== 'an' && !first.includes('-') && !isNumberWord(first))) return null;
  const words: string[] = [];
  let last = -1;
  let j = i;
  // "two hundred and forty-five": where "and" joined the number, and the scale word before it.
  let joined: { words: number; last: number; scale: number } | null = null;
  while (tokens[j]?.kind === 'word') {
    const word = wordAt(tokens, j) ?? '';
    const parts = numberParts(word);
    const next = () => wordAt(tokens, j + 1) ?? '';
    const sized = parts || words.length > 0 ? null : sizedParts(word);
    // "two thousand and three thousand": the scale before "and" again, or a larger one after thousands,
    // opens a second number ("three hundred and fifty thousand" is one).
    if (joined && parts?.some((part) => opensSecondNumber(SCALE_WORDS[part], joined!.scale))) {
      words.length = joined.words;
      last = joined.last;
      break;
    }
    if (parts && followsOn(words.at(-1), parts[0] ?? '')) {
      words.push(...parts);
      last = j;
    } else if (sized) {
      // "its twenty-five-member crew": the compound that gives a group's size ends the number.
      words.push(...sized);
      last = j;
      break;
    } else if ((word === 'a' || word === 'an') && words.length === 0 && next() in SCALE_WORDS) {
      words.push(word);
    } else if (word === 'and' && (words.at(-1) ?? '') in SCALE_WORDS && (numberParts(next())?.every((part) => part in NUMBER_WORDS) ?? false)) {
      joined = { words: words.length, last, scale: SCALE_WORDS[words.at(-1) ?? ''] ?? 0 };
      words.push(word);
    } else {
      break;
    }
    j += 1;
  }
  if (last < 0) return null;
  const value = parseNumberWords(words.slice(0, words.length - (words.at(-1) === 'and' ? 1 : 0)));
  if (value === null) return null;
  const rest = digitsAfterScale(tokens, last, words.at(-1));
  return rest ? { value: value + rest.value, first: i, last: rest.last, kind: 'words', vague: null, yearLike: false } : { value, first: i, last, kind: 'words', vague: null, yearLike: false };
}

/**
 * "four-thousand-100", as some house styles write 4,100: digits joined by a hyphen to a number in
 * words that ends with "thousand" or a larger scale, when they are fewer than that scale and end the
 * word; undefined otherwise ("two-thousand-year-old" has no digits, "a thousand-100-strong force" and
 * "two-thousand-2,000" are no such number).
 */
function digitsAfterScale(tokens: readonly Token[], last: number, lastWord: string | undefined): { value: number; last: number } | undefined {
  const scale = SCALE_WORDS[lastWord ?? ''];
  const [hyphen, digits, after] = [tokens[last + 1], tokens[last + 2], tokens[last + 3]];
  if (scale === undefined || scale < 1_000 || hyphen?.text !== '-' || !touching(tokens[last], hyphen) || !touching(hyphen, digits)) return undefined;
  if (digits?.kind !== 'number' || !/^\d{1,3}$/.test(digits.text) || (after !== undefined && touching(digits, after) && (after.kind !== 'punct' || after.text === '-'))) return undefined;
  return { value: Number(digits.text), last: last + 2 };
}

/** Whether a scale word after "and" starts a number of its own, given the scale before "and". */
function opensSecondNumber(scale: number | undefined, before: number): boolean {
  return scale !== undefined && (scale === before || (scale > before && before >= 1_000));
}

/** "half a million", "half a dozen": half of "a" and a scale word, as one number. */
function halfAt(tokens: readonly Token[], i: number): NumberSpan | null {
  if (wordAt(tokens, i) !== 'half' || !['a', 'an'].includes(wordAt(tokens, i + 1) ?? '')) return null;
  const scale = SCALE_WORDS[wordAt(tokens, i + 2) ?? ''];
  if (scale === undefined) return null;
  return { value: scale / 2, first: i, last: i + 2, kind: 'words', vague: null, yearLike: false };
}

/** The number words a word is made of ("twenty-five" → twenty, five), or null when it is not a number word. */
function numberParts(word: string): string[] | null {
  // Most words have no hyphen and are no number word: answer those without splitting.
  if (!word.includes('-')) return isNumberWord(word) ? [word] : null;
  const parts = word.split('-');
  return parts.every(isNumberWord) ? parts : null;
}

/**
 * The number words of a compound that gives a group's size ("twenty-five-member", "three-strong"), or
 * null when the word is no such compound.
 */
function sizedParts(word: string): string[] | null {
  if (!word.includes('-')) return null;
  const parts = word.split('-');
  const size = parts.pop() ?? '';
  return SIZE_WORDS.has(size) && parts.length > 0 && parts.every(isNumberWord) ? parts : null;
}

/**
 * A scale word that a compound after the digits opens: "1.3 million-strong", "1.3-million-strong",
 * "2.5-million": its scale and the compound's last token, or null. (Read alone, "million-strong"
 * would lose the digits and size the army at one million.)
 */
function scaleCompoundAfter(tokens: readonly Token[], last: number): { scale: number; last: number } | null {
  const hyphen = tokens[last + 1]?.text === '-' && touching(tokens[last], tokens[last + 1]) && touching(tokens[last + 1], tokens[last + 2]);
  const at = hyphen ? last + 2 : last + 1;
  const word = wordAt(tokens, at);
  if (word === undefined || (!hyphen && touching(tokens[last], tokens[at]))) return null;
  const parts = SCALE_WORDS[word] !== undefined && hyphen ? [word] : sizedParts(word);
  const scale = parts?.length === 1 ? SCALE_WORDS[parts[0] as string] : undefined;
  return scale === undefined ? null : { scale, last: at };
}

/** Whether a word token is a compound that gives a group's size in words ("twenty-five-member"). */
export function isSizedWords(token: Token | undefined): boolean {
  return token?.kind === 'word' && sizedParts(token.lower) !== null;
}

/**
 * Whether `word` can continue a number that ended with `previous`: anything
 * after a scale word ("hundred forty"), units after tens ("twenty five"),
 * scale words after anything. "one two" is two numbers, not three.
 */
function followsOn(previous: string | undefined, word: string): boolean {
  if (previous === undefined || word in SCALE_WORDS || previous in SCALE_WORDS || previous === 'and') return true;
  if (previous === 'a' || previous === 'an') return false;
  const tens = NUMBER_WORDS[previous] ?? 0;
  const units = NUMBER_WORDS[word] ?? 0;
  return tens >= 20 && tens % 10 === 0 && units < 10;
}
