/** Marks between clauses: a comma, semicolon or dash followed by a space, or a comma closing a quotation. */
const CLAUSE_BREAK = /[,;—–]\s|,["”]\s/g;

/**
 * The clause of `text` around `[start, end)`, bounded by the nearest clause breaks inside
 * `[from, to)`: "… said on Wednesday, with 10,000 expected by December." → "with 10,000 expected by December."
 */
export function clauseAround(text: string, from: number, to: number, start: number, end: number): { start: number; end: number } {
  let clauseStart = from;
  let clauseEnd = to;
  for (const match of text.slice(from, to).matchAll(CLAUSE_BREAK)) {
    const at = from + match.index;
    if (at < start) clauseStart = at + match[0].length;
    else if (at >= end) {
      clauseEnd = at;
      break;
    }
  }
  return { start: clauseStart, end: clauseEnd };
}
