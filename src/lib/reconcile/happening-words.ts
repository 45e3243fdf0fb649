import { slugWords } from '../slug.ts';

/*
 * The words that say what kind of happening a clause tells ("moved … boats … harbour"), as one
 * article's two reports of it are compared. Two tellings in one article rarely share their
 * sentences, but they share the happening's own words, in one form or another ("moved", "moves").
 */

/** Words that say nothing of the happening: grammar, and the attribution around it. */
const NOT_THE_HAPPENING = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'as', 'into', 'onto',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may',
  'might', 'that', 'this', 'these', 'those', 'it', 'its', 'they', 'their', 'them', 'he', 'his', 'she', 'her', 'we',
  'our', 'who', 'which', 'what', 'there', 'than', 'also', 'then', 'after', 'before', 'while', 'when', 'so', 'very',
  'said', 'says', 'say', 'told', 'tells', 'according', 'reported', 'reports', 'added', 'noted', 'stated',
  'official', 'officials', 'spokesperson', 'spokesman', 'spokeswoman', 'statement',
]);

/**
 * One form for a word's inflections, so "moved", "moves" and "moving" compare equal: a crude
 * suffix cut, kept to words long enough that the cut leaves a stem.
 */
export function wordStem(word: string): string {
  if (word.length <= 3 || /^\d/.test(word)) return word;
  const cut = /(?:ing|ed|es|s)$/.exec(word);
  const stem = cut && cut.index >= 3 ? word.slice(0, cut.index) : word;
  // "close", "closed" and "closes" all end as "clos".
  return stem.endsWith('e') ? stem.slice(0, -1) : stem;
}

/** The stems of a clause's happening words, without the words of its date ("on Monday"). */
export function happeningStems(clause: string, dateText: string): Set<string> {
  const dateWords = new Set(slugWords(dateText));
  return new Set(
    slugWords(clause)
      .filter((word) => !NOT_THE_HAPPENING.has(word) && !dateWords.has(word))
      .map(wordStem),
  );
}

/** Past forms of common verbs that do not end in "-ed" (generic English). */
const IRREGULAR_PAST = new Set([
  'began', 'begun', 'bought', 'brought', 'built', 'came', 'caught', 'chose', 'cut', 'drew', 'drove', 'fell', 'fought',
  'fled', 'flew', 'gave', 'given', 'got', 'hit', 'held', 'kept', 'knew', 'laid', 'led', 'left', 'lost', 'made', 'meant',
  'met', 'paid', 'put', 'ran', 'rose', 'sank', 'saw', 'seen', 'sent', 'set', 'shot', 'shut', 'sold', 'spent', 'spoke',
  'spoken', 'stood', 'struck', 'swore', 'taken', 'took', 'thrown', 'threw', 'told', 'went', 'gone', 'won', 'wrote', 'written',
]);

/** Words before a verb's plain form: "will sign", "did not", "to deploy". */
const BEFORE_PLAIN_VERB = new Set(['will', 'would', 'did', 'to']);

/** Words before a participle: "was sending", "have been moving". */
const BEFORE_PARTICIPLE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had']);

/** Lowercase words ending in "-ed" that are not verbs. */
const NOT_VERBS = new Set(['hundred', 'indeed', 'need', 'speed', 'seed', 'feed', 'creed', 'steed']);

/**
 * The stems of the verbs a clause tells its happening with: past forms ("moved", "sent"), and
 * verb forms after an auxiliary ("was sending", "will sign"). Only lowercase words count, so a
 * name ("Northern Council") is never taken for a verb.
 */
export function happeningVerbs(clause: string): Set<string> {
  const words = clause.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^A-Za-z]+/).filter(Boolean);
  const verbs = new Set<string>();
  words.forEach((word, i) => {
    if (word !== word.toLowerCase()) return;
    const before = i > 0 ? (words[i - 1] as string).toLowerCase() : '';
    const past = (word.length > 4 && word.endsWith('ed') && !NOT_VERBS.has(word)) || IRREGULAR_PAST.has(word);
    const participle = BEFORE_PARTICIPLE.has(before) && !BEFORE_PARTICIPLE.has(word) && /(?:ing|en)$/.test(word);
    const plain = BEFORE_PLAIN_VERB.has(before) && !NOT_THE_HAPPENING.has(word) && !BEFORE_PARTICIPLE.has(word) && word !== 'not';
    if (past || participle || plain) verbs.add(wordStem(word));
  });
  return verbs;
}

/** The numbers a clause gives ("300 boats", "1,500 troops"), as written without separators. */
export function clauseNumbers(clause: string): Set<string> {
  return new Set((clause.match(/\d[\d,.]*\d|\d/g) ?? []).map((n) => n.replace(/,/g, '')));
}
