/*
 * The reporting verb as a label can show it and still read as English. The model keeps the verb as
 * written ("told"); a verb that names whom the words were told to needs that object ("told
 * reporters in Marsh City"), or "Berg told: “…”" reads as no English sentence does. The object is taken
 * from the cited words when they hold it; when they do not, "…" stands for the words left out
 * ("Berg told …: “We assess …”"), as it does for every cut the site makes. The verb itself is
 * never changed: a reader always sees the source's verb.
 */

/** Verbs after which the words name whom they were told to ("told Northern Council President …"). */
export const TAKES_OBJECT = /\b(?:told|tells|tell|informed|informs|assured|assures|briefed|briefs|reminded|reminds|notified)$/i;

/** Longer than this, the words between a verb and what was said are not its object but another clause. */
const OBJECT_WORDS = 8;

/** What a verb phrase is found with: the verb, the words shown after it, and the evidence cited for them. */
export interface VerbPhraseInput {
  verb: string;
  /** Whether `words` are the speaker's own (a quote) or the source's report of them. */
  kind: 'quote' | 'reported';
  /** The words the label shows after the verb (reported speech, or the quote without its marks). */
  words: string;
  /** The cited evidence of the statement, each a verbatim span of its source. */
  evidence: readonly string[];
}

/**
 * The words between `verb` and `words` in one of the evidence spans ("reporters in Marsh City" in "told
 * reporters in Marsh City that …"), when they are a short phrase with no quotation marks; else null.
 */
export function objectOf({ verb, words, evidence }: VerbPhraseInput): string | null {
  const said = words.trim().slice(0, 40);
  if (said === '') return null;
  const verbAt = new RegExp(`\\b${verb.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
  for (const span of evidence) {
    const found = verbAt.exec(span);
    if (!found) continue;
    const after = span.slice(found.index + found[0].length);
    const at = after.indexOf(said);
    if (at < 0) continue;
    const between = after.slice(0, at).replace(/[\s,:“”"‘’]+$/u, '').trim();
    if (between === '' || /["“”]/u.test(between) || between.split(/\s+/).length > OBJECT_WORDS) continue;
    return between;
  }
  return null;
}

/**
 * The verb with what it needs to read as English before `words`: its object from the evidence when
 * the words do not already begin with it, "…" for an object the evidence leaves out, else the verb.
 */
export function verbPhrase(input: VerbPhraseInput): string {
  const verb = input.verb.trim();
  if (!TAKES_OBJECT.test(verb)) return verb;
  const object = objectOf({ ...input, verb });
  if (object !== null) return `${verb} ${object}`;
  // Reported speech may begin with the object itself: "told Sylvanian leaders that …".
  const opensWithClause = /^(?:that|whether|if|how|of|about)\b/i.test(input.words.trim());
  if (input.kind === 'reported' && !opensWithClause) return verb;
  return `${verb} …`;
}

/**
 * Whether reported words follow their verb at once, as in a sentence ("said there is evidence",
 * "dismissed Sylvania's analysis", "told Sylvanian leaders …"), rather than after a colon: a
 * clause opening with a capital after a plain verb of saying reads better after one ("said: In all, …").
 */
export function runsOn(phrase: string, words: string): boolean {
  const verb = phrase.trim().split(/\s+/)[0] ?? '';
  return /^[\p{Ll}\p{N}"“'‘(]/u.test(words) || TAKES_OBJECT.test(verb) || !/^(?:said|says|say|added|noted|stressed|reported)$/i.test(verb);
}
