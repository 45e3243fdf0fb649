import { agencyName, LABEL_WORDS, ROLE_WORDS } from './patterns.ts';

/** Who an author line credits: people (the byline) and agencies (wire credits). */
export interface AuthorLine {
  /** The people, as written (`Jane Doe and John Roe`), parts joined by ", "; '' when the line names none. */
  byline: string;
  /** Agencies credited, in their listed spelling (`By REUTERS` → `Reuters`). */
  agencies: string[];
}

/** Where the line stands decides how strict the reading is. */
export interface AuthorLineOptions {
  /**
   * `by`: the rest of a `By …` line, where the word "By" already says it is an author line, so
   * any run of capitalised words is a name (all capitals too: `By JANE DOE`). `bare`: a line
   * alone under a headline, where only a personal name's shape counts: two to four capitalised
   * words in mixed case, none of them a word that labels a page section (`World News`).
   */
  mode: 'by' | 'bare';
}

/** Separators between the parts of an author line: `Jane Doe, Reuters`, `Jane Doe | Fredonburg`, `AFP/Jiji`. */
const PARTS = /\s*(?:[,;|/·•]|\s[–—-]\s)\s*/;
/** Between the names of one part: `Jane Doe and John Roe`, `Jane Doe & John Roe`. */
const NAMES = /\s+(?:and|&)\s+/;
/** A word of a name after "By": capitalised, letters, dots, apostrophes and hyphens (`O'Neil`, `J.`, `Lee Min-ho`). */
const BY_WORD = /^\p{Lu}[\p{L}\p{M}.'’-]*$/u;
/** A word of a personal name standing alone: mixed case (`Doe`, `O'Neil`, `Min-ho`) or an initial (`J.`). */
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}]*(?:['’-]\p{L}[\p{Ll}\p{M}]*)*\p{Ll}|\p{Lu}\.)$/u;
/** Endings of abstract nouns, never of a name: a title-case deck (`Bureau Confirms Deployment`) is not an author. */
const NOUN_ENDING = /(?:tions?|ments?|ness|ities|ity|isms?)$/;
/** Lower-case particles of names (`Greta von der Heide`, `Louis de Berg`). */
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'la', 'le', 'bin', 'ibn', 'al', 'el']);

/** Whether `part` describes the author (`Fredonburg correspondent`, `Staff Writer`) rather than naming them. */
function isRole(part: string): boolean {
  return part.split(/\s+/).some((word) => ROLE_WORDS.includes(word.toLowerCase()));
}

/** Whether `name` is one person's name in the given mode. */
function isName(name: string, mode: AuthorLineOptions['mode']): boolean {
  const words = name.split(/\s+/);
  if (mode === 'by') return words.length <= 6 && words.every((word) => BY_WORD.test(word));
  const named = words.filter((word) => !PARTICLES.has(word));
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    NAME_WORD.test(words[0]!) &&
    NAME_WORD.test(words.at(-1)!) &&
    named.every((word) => NAME_WORD.test(word) && !LABEL_WORDS.includes(word.toLowerCase()) && !NOUN_ENDING.test(word))
  );
}

/**
 * Reads an author line: the rest of a `By …` line, or a bare line of names. Each part of
 * the line is an agency (a wire credit: `By AFP`, `Jane Doe, Reuters`), a description
 * of the author (read past: `Fredonburg correspondent`), or names of people (the byline). A
 * line with any other part is not an author line: `By Friday, the bridge had closed.` A
 * `By` line of descriptions only (`By Staff Reporter`) names no one: both fields empty.
 */
export function readAuthorLine(text: string, options: AuthorLineOptions): AuthorLine | null {
  const line = text.trim();
  const parts = line.split(PARTS).filter(Boolean);
  if (parts.length === 0) return null;
  const people: string[] = [];
  const agencies: string[] = [];
  for (const part of parts) {
    const named = part.split(NAMES).map(agencyName);
    if (named.every((agency) => agency !== null)) agencies.push(...(named as string[]));
    else if (isRole(part)) continue;
    else if (part.split(NAMES).every((name) => isName(name, options.mode))) people.push(part);
    else return null;
  }
  if (options.mode === 'bare' && people.length === 0) return null;
  // A line of names only keeps its own wording ("Jane Doe, John Roe and Ann Lee").
  const onlyPeople = people.length === parts.length;
  return { byline: onlyPeople ? line : people.join(', '), agencies };
}
