/**
 * The clause in which the things counted act: "77 ships crossed the canal on Sunday, noting that
 * traffic has held since the attacks began", "114 vessels, including tankers, passed the strait when
 * the Sylvanian navy hit the port". What they did is told by their own clause; the sentence's other
 * clauses (a second statement, a clause of time or cause) tell of other things, so their words may
 * not decide between the categories that list the noun counted (ships attacked or ships that crossed).
 * Generic English: a count that is its clause's subject, an active verb right after it, and the
 * clause's end at punctuation or a subordinating word.
 */
import { SUBORDINATORS } from './predicate.ts';
import type { Token } from './types.ts';

/**
 * The text of the clause a count (tokens `first` to `last`) is the acting subject of, from the count
 * to the clause's end; null when the count is no clause's subject ("the rebels attacked 20 ships"),
 * when a form of "be" follows it ("20 ships were in the area when …": a state, or a passive, which the
 * predicate reader decides), or when no verb in the past follows it.
 */
export function actingClause(text: string, tokens: readonly Token[], first: number, last: number): string | null {
  if (!opensClause(tokens[first - 1])) return null;
  let i = pastAside(tokens, last + 1);
  while (ADVERBS.has(tokens[i]?.lower ?? '')) i += 1;
  const verb = tokens[i];
  if (verb?.kind !== 'word' || !isPastForm(verb.lower)) return null;
  let end = i + 1;
  while (end < tokens.length && !endsClause(tokens[end] as Token)) end += 1;
  const from = (tokens[first] as Token).start;
  return text.slice(from, tokens[end]?.start ?? text.length);
}

/** Whether a count right after `before` is its clause's subject: at a sentence's or clause's start, or after "that". */
function opensClause(before: Token | undefined): boolean {
  return before === undefined || (before.kind === 'punct' && CLAUSE_OPENERS.has(before.text)) || before.lower === 'that';
}

/**
 * Marks after which a clause starts: a sentence's end, a comma ("According to the data, 114 vessels
 * …"), a colon or semicolon. Not an opening quotation mark: 'operations against “two ships linked to
 * …”' quotes the object of a preposition.
 */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['.', '!', '?', ',', ';', ':']);

/** Past an aside between commas or dashes right after the count (", including oil tankers,"); `from` when none closes within a few words. */
function pastAside(tokens: readonly Token[], from: number): number {
  const open = tokens[from]?.text;
  if (open !== ',' && open !== '—' && open !== '–') return from;
  for (let i = from + 1; i < tokens.length && i <= from + ASIDE_WORDS; i++) {
    const token = tokens[i] as Token;
    if (token.text === open) return i + 1;
    if (token.kind === 'punct') return from;
  }
  return from;
}

/** The most words an aside after the count holds. */
const ASIDE_WORDS = 8;

/** Words that may stand between the subject and its verb: "either changed course", "had crossed", "later sailed". */
const ADVERBS: ReadonlySet<string> = new Set(['either', 'also', 'then', 'later', 'reportedly', 'have', 'has', 'had', 'all', 'both', 'still', 'since']);

/** A verb in the past: a regular form in "-ed" or an irregular one of movement or fate ("went", "sank"). */
function isPastForm(word: string): boolean {
  return (/^[a-z]{3,}ed$/.test(word) && !NOT_VERBS.has(word)) || IRREGULAR_PASTS.has(word);
}

/** Words in "-ed" that are no past verb ("hundred", "united", "speed"); shorter ones ("red", "bed") the pattern leaves out already. */
const NOT_VERBS: ReadonlySet<string> = new Set(['hundred', 'indeed', 'united', 'speed', 'breed', 'seed', 'feed', 'proceed']);

/** Irregular pasts a count of things or people acts by. */
const IRREGULAR_PASTS: ReadonlySet<string> = new Set([
  'went', 'came', 'ran', 'made', 'took', 'left', 'sank', 'caught', 'got', 'began', 'kept', 'held', 'saw', 'fled', 'rode', 'drove', 'flew', 'sought', 'chose', 'stood',
]);

/** Whether `token` ends the clause: punctuation, or a word that opens a clause of time, cause or concession. */
function endsClause(token: Token): boolean {
  if (token.kind === 'punct') return token.text !== '%' && token.text !== '-' && token.text !== '’' && token.text !== "'";
  return token.kind === 'word' && (SUBORDINATORS.has(token.lower) || OTHER_CLAUSE_OPENERS.has(token.lower));
}

/**
 * Words beside the predicate reader's subordinators (`SUBORDINATORS`: "… when the navy hit the port",
 * "… after the strikes") that open another clause here: "… amid attacks", "… which …".
 */
const OTHER_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['amid', 'following', 'despite', 'whereas', 'which', 'who']);
