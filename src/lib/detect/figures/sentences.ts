/**
 * Abbreviations whose period does not end a sentence ("Oct. 30", "Gen. Smith",
 * "No. 1718"). Single letters ("J. Smith", "U.S.") are handled by the rule.
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'nos', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'cmdr', 'gov', 'sen',
  'rep', 'pres', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'vs', 'etc', 'inc',
  'corp', 'co', 'ltd', 'jr', 'sr', 'approx', 'est',
]);

/** End punctuation, closing quotes or brackets, space, then something that can open a sentence. */
const BOUNDARY = /[.!?]+["'”’)\]]*\s+(?=["'“‘(\[]?[\p{Lu}\d])/gu;

/** The offsets where sentences start in `text` (0 first), skipping periods of abbreviations and initials. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(BOUNDARY)) {
    const word = /([\p{L}.]+)$/u.exec(text.slice(0, match.index))?.[1] ?? '';
    const last = word.split('.').filter(Boolean).at(-1) ?? '';
    if (match[0].startsWith('.') && (last.length === 1 || ABBREVIATIONS.has(last.toLowerCase()))) continue;
    starts.push(match.index + match[0].length);
  }
  return starts;
}

/** The [start, end) of the sentence holding `offset`, given the sentence starts. */
export function sentenceAround(starts: readonly number[], offset: number, length: number): [number, number] {
  let start = 0;
  let end = length;
  for (const s of starts) {
    if (s <= offset) start = s;
    else {
      end = s;
      break;
    }
  }
  return [start, end];
}
