/**
 * Marks between clauses: a comma, semicolon or dash followed by a space (a hyphen with a space on each
 * side is a dash typed plainly: "the region - held since 1991 - emptied"), or a comma closing a quotation.
 * A comma before "as well as" or "along with" adds a noun phrase to the same predicate ("has decided to
 * send 1,000 sappers …, as well as 5,000 builders"), so it does not end the clause.
 */
const CLAUSE_BREAK = /[,;—–]\s(?!as well as\b|along with\b|together with\b)|\s-\s|,["”]\s/g;

/**
 * A parenthetical insertion after the words, closed by a comma, that the clause goes on after: "over
 * 2,000 civilians, including 1,049 children, have been evacuated", also when a quotation mark follows
 * the comma ("including “an estimated 300 children,” have been displaced").
 */
const INSERTION = /^(?:including|among them|mostly|mainly|most of them|many of them|of whom|of which)\b(?:[^,;.]|[,.](?=\d))*,["”]?\s/i;

/**
 * A relative clause set off by dashes, closed by a dash, that the clause goes on after: "300 doctors –
 * who arrived as of Saturday – into hospitals". It describes the words before it, as it would with no
 * dashes, so it does not end their clause. Only after a dash (see `DASH`).
 */
const RELATIVE_BETWEEN_DASHES = /^(?:who|whom|whose|which)\b[^–—;.,]*?\s[-–—]\s/u;

/** A clause break that is a dash. */
const DASH = /[—–]|\s-\s/u;

/**
 * A quotation inside a clause: opened after a word, closed on a word, and followed by the clause's own
 * words in lower case, "would send “a division of builders, two brigades — 5,000 people” as well as
 * 1,000 deminers". Its commas and dashes are the quoted words' own, not breaks of the clause around
 * it. A quotation closed by a comma or a stop ("“…,” he said") is speech, whose marks stay breaks.
 */
const QUOTED_IN_CLAUSE = /(?<=\p{L}\s)[“"][^“”"]{0,200}[^“”",.;:!?\s][”"](?=\s+\p{Ll})/gu;

/** The spans of `text` within `[from, to)` that are quotations inside a clause (see `QUOTED_IN_CLAUSE`). */
function quotedInClause(text: string, from: number, to: number): { start: number; end: number }[] {
  return [...text.slice(from, to).matchAll(QUOTED_IN_CLAUSE)].map((m) => ({ start: from + m.index, end: from + m.index + m[0].length }));
}

/**
 * The clause of `text` around `[start, end)`, bounded by the nearest clause breaks inside
 * `[from, to)`: "… said on Wednesday, with 10,000 expected by December." → "with 10,000 expected by December."
 */
export function clauseAround(text: string, from: number, to: number, start: number, end: number): { start: number; end: number } {
  let clauseStart = from;
  let clauseEnd = to;
  let insertionEnd = -1;
  const quoted = quotedInClause(text, from, to);
  for (const match of text.slice(from, to).matchAll(CLAUSE_BREAK)) {
    const at = from + match.index;
    if (quoted.some((q) => at > q.start && at < q.end)) continue;
    if (at < start) clauseStart = at + match[0].length;
    else if (at >= end && at >= insertionEnd) {
      // The words are in the insertion: its clause goes on after it ("including 1,049 children, have been evacuated").
      const own = INSERTION.exec(text.slice(clauseStart, to));
      if (own && clauseStart + own[0].length === at + match[0].length) continue;
      const after = text.slice(at + match[0].length, to);
      const insertion = INSERTION.exec(after) ?? (DASH.test(match[0]) ? RELATIVE_BETWEEN_DASHES.exec(after) : null);
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
  const breakdown = BREAKDOWN.test(opening) && !VERB_OF_ITS_OWN.test(text.slice(figureStart, clause.end));
  if (clause.start <= from || !(SENDING_PARTICIPLE.test(opening) || PLUS_AMOUNT.test(opening) || breakdown)) return null;
  return clauseAround(text, from, clause.start, clause.start - 2, clause.start - 2);
}

/**
 * "Freedonia will send 6,000 sailors, comprising 1,000 engineers and 5,000 builders": a breakdown of
 * the count before the comma is at that count's stage, a plan's parts planned as well, down to the
 * last part ("… and 5,000 builders"). Only a clause that opens with a word naming parts and tells
 * nothing of its own (`VERB_OF_ITS_OWN`).
 */
const BREAKDOWN = /^\s*(?:comprising|including|consisting\s+of|made\s+up\s+of|among\s+them)\s/i;

/**
 * A verb or relative clause of the part's own after it: "…, including some 1,500 sailors that it has
 * already begun deploying" tells of those parts in its own tense, whatever the plan for the whole.
 */
const VERB_OF_ITS_OWN = /\b(?:that|who|which|whom|whose|has|have|had|is|are|was|were|already|\p{Ll}+ed)\b/u;

/** A participle of sending right before its object: "sending an additional", "deploying another". */
const SENDING_PARTICIPLE = /^\s*(?:sending|deploying|dispatching|adding|providing|supplying|delivering|transferring)\s+(?:(?:an?|the|some|another|additional|further|more|up to|about|around|over|more than|nearly|almost)\s+)*$/i;

/**
 * "Each family will be given 400 crowns for rent, plus another 100 crowns for heating": an amount
 * added by "plus" right after a comma is a second object of the verb before it, not a clause of its
 * own. Not "plus the 500 already there" (a count told as it is) nor "plus it has sent 500".
 */
const PLUS_AMOUNT = /^\s*plus\s+(?:(?:an?|another|additional|further|more|up to|about|around|over|more than|nearly|almost)\s+)*$/i;
