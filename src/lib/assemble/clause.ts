/**
 * Marks between clauses: a comma, semicolon or dash followed by a space (a hyphen with a space on each
 * side is a dash typed plainly: "the region - held since 1991 - emptied"), or a comma closing a quotation.
 * A comma before "as well as" or "along with" adds a noun phrase to the same predicate ("has decided to
 * send 1,000 sappers …, as well as 5,000 builders"), so it does not end the clause.
 */
const CLAUSE_BREAK = /[,;—–]\s(?!as well as\b|along with\b|together with\b)|\s-\s|,["”]\s/g;

/**
 * A parenthetical insertion after the words, closed by a comma, that the clause goes on after: "over
 * 2,000 civilians, including 1,049 children, have been evacuated".
 */
const INSERTION = /^(?:including|among them|mostly|mainly|most of them|many of them|of whom|of which)\b(?:[^,;.]|[,.](?=\d))*,\s/i;

/**
 * The clause of `text` around `[start, end)`, bounded by the nearest clause breaks inside
 * `[from, to)`: "… said on Wednesday, with 10,000 expected by December." → "with 10,000 expected by December."
 */
export function clauseAround(text: string, from: number, to: number, start: number, end: number): { start: number; end: number } {
  let clauseStart = from;
  let clauseEnd = to;
  let insertionEnd = -1;
  for (const match of text.slice(from, to).matchAll(CLAUSE_BREAK)) {
    const at = from + match.index;
    if (at < start) clauseStart = at + match[0].length;
    else if (at >= end && at >= insertionEnd) {
      // The words are in the insertion: its clause goes on after it ("including 1,049 children, have been evacuated").
      const own = INSERTION.exec(text.slice(clauseStart, to));
      if (own && clauseStart + own[0].length === at + match[0].length) continue;
      const insertion = INSERTION.exec(text.slice(at + match[0].length, to));
      if (insertion) {
        insertionEnd = at + match[0].length + insertion[0].length;
        continue;
      }
      clauseEnd = at;
      break;
    }
  }
  return { start: clauseStart, end: clauseEnd };
}

/**
 * "Freedonia intends to triple its force, sending 3,000 more sailors": a clause that opens with a
 * participle of sending whose object is the figure goes on with the predicate before it, so the
 * sailors are sent as Freedonia intends. The clause before `clause` (within `[from, …)`), or null.
 */
export function governingClause(text: string, from: number, clause: { start: number; end: number }, figureStart: number): { start: number; end: number } | null {
  const opening = text.slice(clause.start, figureStart);
  if (clause.start <= from || !(SENDING_PARTICIPLE.test(opening) || PLUS_AMOUNT.test(opening))) return null;
  return clauseAround(text, from, clause.start, clause.start - 2, clause.start - 2);
}

/** A participle of sending right before its object: "sending an additional", "deploying another". */
const SENDING_PARTICIPLE = /^\s*(?:sending|deploying|dispatching|adding|providing|supplying|delivering|transferring)\s+(?:(?:an?|the|some|another|additional|further|more|up to|about|around|over|more than|nearly|almost)\s+)*$/i;

/**
 * "Each family will be given 400 crowns for rent, plus another 100 crowns for heating": an amount
 * added by "plus" right after a comma is a second object of the verb before it, not a clause of its
 * own. Not "plus the 500 already there" (a count told as it is) nor "plus it has sent 500".
 */
const PLUS_AMOUNT = /^\s*plus\s+(?:(?:an?|another|additional|further|more|up to|about|around|over|more than|nearly|almost)\s+)*$/i;
