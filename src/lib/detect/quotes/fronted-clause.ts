/**
 * "While Sylvania has not confirmed the losses, officials say hundreds died.": a report inside a
 * clause fronted by "while", "although" or "whereas" ends where that clause does, at its comma; the
 * main clause after it is the writer's (or another source's), never part of what the subject said,
 * least of all of what it denied or did not confirm.
 */
import type { Attribution } from './attributions.ts';
import type { SentenceView, Span } from './types.ts';

/** The fronted clause's opening words, at the sentence's start. */
const FRONTED_SUBORDINATOR = /^(?:while|whilst|although|though|whereas|even\s+though|even\s+as)\s/i;

/**
 * `clause` cut at the comma that closes the fronted clause its attribution stands in; `clause` itself
 * when the sentence opens no such clause, a comma comes before the speaker (the report is in the main
 * clause: "While in Fredonburg, Berg said …"), or the words precede the verb.
 * `cut` trims a range to a clause (the caller's `trimClause`).
 */
export function withinFrontedClause(view: SentenceView, attribution: Attribution, clause: Span | null, cut: (from: number, to: number) => Span | null): Span | null {
  if (!clause || clause.start < attribution.verbSpan.end) return clause;
  const opening = view.masked.slice(view.start, attribution.span.start);
  // First a cheap gate: most sentences open no such clause.
  if (!FRONTED_SUBORDINATOR.test(opening) || opening.includes(',')) return clause;
  const end = closingComma(view.masked.slice(clause.start, clause.end));
  return end === null ? clause : (cut(clause.start, clause.start + end) ?? clause);
}

/**
 * Where the fronted clause of `text` ends: its first comma before a space ("1,000" is a number) that
 * does not go on with a list ("ships, planes or drones were involved, the inquiry …": the list's
 * comma is followed by "and" or "or" before the next comma) nor open an aside ("the talks, which began
 * in May, had failed, …"). Null when no comma is sure to end it: a
 * cut inside a list would show a fragment as the report.
 */
function closingComma(text: string): number | null {
  const commas = [...text.matchAll(/,\s/g)].map((m) => m.index);
  for (let i = 0; i < commas.length; i++) {
    const at = commas[i] as number;
    const next = commas[i + 1];
    const after = text.slice(at + 1, next ?? text.length);
    // "the talks, which began in May, had failed": an aside, closed by the comma after it.
    if (ASIDE.test(after)) {
      i++;
      continue;
    }
    if (!LIST_GOES_ON.test(after)) return at;
    if (next === undefined) return null;
  }
  return null;
}

/** "and" or "or" after a comma: the words after it are a list's, not the main clause. */
const LIST_GOES_ON = /\b(?:and|or)\b/i;

/** A relative clause set off by commas: its words are the report's, up to the comma that closes it. */
const ASIDE = /^\s*(?:which|who|whom|whose|where|when)\b/i;
