/**
 * How a statement is reported: the reporting verb with the words that negate it, and whether the
 * speaker denies what is reported. Generic English, no topic words.
 *
 * "X denied that …", "X rejected reports that …" and "X dismissed … as fake" deny the content;
 * "X did not confirm …", "X declined to say whether …" negate the reporting itself. Either way a
 * page must never show the reported words alone, as if the speaker asserted them.
 */

import { WORDS_SAID_NOUNS } from '../detect/quotes/word-lists.ts';

/**
 * Verbs that deny or reject what they report, by their stem; "ruled out that the rebels could repeat the
 * attack", "ruled out talks" reject as "rejected" does ("has not ruled out" withholds it, see denialWithheld).
 */
const DENIAL_STEMS = ['deni', 'deny', 'reject', 'dismiss', 'refut', 'rebuff', 'disput', 'contradict', 'ruled out', 'rules out', 'rule out', 'ruling out'];

/**
 * A verb that names what its object is, and a name that says it is untrue: "called the information
 * “false and propaganda”", "described the reports as lies", "branded the claim “fake news”". The
 * speaker rejects what the object names, as "dismissed it as false" does.
 */
const NAMING_VERB = /^(?:called|calls|described|describes|branded|brands|labell?ed|labels|termed|terms)$/i;
const NAMED_UNTRUE =
  /^\s+(?:[\p{L}'’-]+\s+){1,5}?(?:as\s+)?[“"‘]?(?:(?:a|an|the|pure|complete|utter|total|absolute|baseless|malicious)\s+)?(?:false|fake|untrue|lies|a lie|lying|baseless|groundless|unfounded|fabricated|fabrications?|fiction|nonsense|absurd|propaganda|disinformation|misinformation)\b/iu;

/**
 * A rebuttal and the words it rebuts: "countered Sylvania's claims", "countered the allegations". The
 * speaker rejects them, as "rejected the claims" does; "countered that …" asserts its own clause.
 */
export const REBUTTAL_VERB = /(?:^|\s)counter(?:ed|s)?$/i;
const REBUTTED_WORDS = new RegExp(String.raw`^\s+(?:[\p{L}'’.-]+\s+){0,3}?(?:${WORDS_SAID_NOUNS})\b`, 'u');

/**
 * Words right before the verb that negate it: "did not confirm", "has never said", "declined to comment",
 * "was unable to say", "did not wish to comment", "(…,) without specifying", "(Berg) neither confirmed nor denied", "has neither confirmed nor denied",
 * with at most two adverbs between ("has not yet publicly said"). Any other word between ends the negated
 * verb: "residents who don't have cars asked" and "officials who never
 * met him said" negate the subject's own clause, not the telling.
 */
const NEGATING_AUXILIARY =
  /(?:\b(?:(?:do|does|did|has|have|had|would|could|can|will|was|were|is|are)(?:\s+not|n['’]t)|(?:has|have|had|is|are|was|were)\s+yet\s+to|cannot|can['’]t|never|(?:declined|refused|failed)\s+to|(?:is|are|was|were|been)\s+(?:unable|not\s+able)\s+to|(?:do|does|did)(?:\s+not|n['’]t)\s+(?:wish|want)\s+to|(?:(?:do|does|did|has|have|had|would|could|can|will)\s+)?neither|not)|^\s*without)\s+(?:(?:[a-z]+ly|yet|ever|even|once|also|again|still)\s+){0,2}$/i;

/**
 * A passive auxiliary right before a verb of telling: "he was told that …", "they had been informed …".
 * The subject is who heard it, not who said it.
 */
const PASSIVE_AUXILIARY = /\b(?:(?:has|have|had)\s+been|was|were|is|are|being)\s+(?:(?:also|later|then|once|repeatedly|\w+ly)\s+)?$/i;

/** Verbs of telling someone something, which a passive turns round: "was told", "were informed". */
const TELLING_VERB = /^(?:told|informed|assured)$/i;

/** "until late April" right after a negated verb, up to the clause it reports. */
const UNTIL = /^\s+(until\s+[^,;.]*?)(?=\s+that\b|[,;.]|$)/;

/** How far back, in characters, the subject of a reporting verb is read for a negating word. */
const SUBJECT_REACH = 120;

/** A subject that negates its verb: "Neither X nor Y have confirmed", "No one has said", "None of them said". */
const NEGATIVE_SUBJECT = /(?:^|\s)(Neither|neither|No one|no one|Nobody|nobody|None|none|No)\s[^.]*$/;

/**
 * A relative pronoun and the one or two words of its clause that end the text: "a man who had", "sailors
 * who have seen". A negative word after them is the object of that clause ("a man who had neither food
 * nor water said"), not the subject of the verb; one right after the pronoun is ("a deployment which
 * neither Freedonia nor Sylvania has confirmed"), and one further on is a clause's own ("sailors who saw
 * the boats said no one has confirmed").
 */
const INSIDE_RELATIVE_CLAUSE = /\b(?:who|whom|whose|which)\s+(?:\S+\s+){1,2}$/i;

/** The negative subject of the verb read from the words before it, or null ("neither", "no one", "none"). */
function negativeSubject(subjectBefore: string): string | null {
  const match = NEGATIVE_SUBJECT.exec(subjectBefore);
  if (!match) return null;
  if (INSIDE_RELATIVE_CLAUSE.test(subjectBefore.slice(0, match.index + 1))) return null;
  return match[1] as string;
}

export interface Reporting {
  /** The reporting words as written, with a negating auxiliary before them ("did not confirm"). */
  verb: string | null;
  /** The speaker denies or rejects the content, or the reporting is itself negated. */
  negated: boolean;
  /** True when the verb itself denies ("denied"); false when an auxiliary negates it ("did not say"). */
  denial: boolean;
}

export function isDenialVerb(verb: string): boolean {
  const lower = verb.toLowerCase();
  return DENIAL_STEMS.some((stem) => lower.startsWith(stem));
}

/**
 * Reads the reporting of a statement from its paragraph: `verb` as written and the offset where it
 * starts. The auxiliary is looked for in the few words right before the verb, within its clause.
 */
export function readReporting(paragraphText: string, verb: string | null, verbIndex: number | null): Reporting {
  if (verb === null || verbIndex === null) return { verb, negated: false, denial: false };
  const before = paragraphText.slice(Math.max(0, verbIndex - 40), verbIndex);
  const clauseBefore = before.split(/[,;:.!?“”"]/).at(-1) ?? before;
  const auxiliary = NEGATING_AUXILIARY.exec(clauseBefore);
  // "Neither Freedonia nor Sylvania has confirmed …", "No official would confirm …": the subject negates.
  // The subject is read over the whole clause: two names and an adverb ("something neither Freedonia nor
  // Sylvania has publicly acknowledged") put "neither" beyond the few words an auxiliary takes.
  const subjectBefore = paragraphText.slice(Math.max(0, verbIndex - SUBJECT_REACH), verbIndex).split(/[,;:.!?“”"]/).at(-1) ?? '';
  const negative = auxiliary ? null : negativeSubject(subjectBefore);
  if (negative !== null) {
    return { verb: `${negative.toLowerCase()} … ${verb}`, negated: !isDenialVerb(verb), denial: false };
  }
  // "he was told that …": what the hearer was told, reported with its passive.
  const passive = TELLING_VERB.test(verb) ? PASSIVE_AUXILIARY.exec(clauseBefore) : null;
  if (passive && !auxiliary) return { verb: `${passive[0]}${verb}`.replace(/\s+/g, ' ').trim(), negated: false, denial: false };
  const after = paragraphText.slice(verbIndex + verb.length);
  const denial = isDenialVerb(verb) || (NAMING_VERB.test(verb) && NAMED_UNTRUE.test(after)) || (REBUTTAL_VERB.test(verb) && REBUTTED_WORDS.test(after));
  // "gave no details on …": the verb itself withholds what it names.
  if (/\sno$/i.test(verb)) return { verb, negated: true, denial: false };
  if (auxiliary) {
    // "did not deny" negates a denial: it asserts nothing either way, so it is not a denial.
    const written = `${auxiliary[0]}${verb}`.replace(/\s+/g, ' ').trim();
    // "did not confirm until late April that …" tells when it was confirmed: it was.
    const until = UNTIL.exec(paragraphText.slice(verbIndex + verb.length));
    if (until) return { verb: `${written} ${until[1]}`, negated: denial, denial };
    return { verb: written, negated: !denial, denial: false };
  }
  return { verb, negated: denial, denial };
}

/** A negated predicate right before embedded quoted words: "did not consider them to be", "was never". */
const NEGATED_PREDICATE =
  /\b(?:(?:do|does|did|is|are|was|were|has|have|had|would|could|will)(?:\s+not|n['’]t|\s+never|\s+no longer)|never|no longer)\s+(?:\p{L}+\s+){0,5}$/iu;

/** Words that open a clause of their own after a verb: a "without" after them is that clause's. */
const OPENS_OWN_CLAUSE = /^(?:that|whether|if|when|where|why|how|what|which|who)$/i;

/** Whether a "without" among the words after a negated verb, in its own clause, cancels the negation. */
function cancelledByWithout(wordsAfterVerb: readonly string[]): boolean {
  const without = wordsAfterVerb.findIndex((word) => /^without$/i.test(word));
  return without >= 0 && !wordsAfterVerb.slice(0, without).some((word) => OPENS_OWN_CLAUSE.test(word));
}

/** Verbs of holding back or falling short, whose negation affirms: "not hesitate", "never fail", "not cease". */
const HOLDING_BACK = /^(?:hesitat|fail|ceas|shy|shrink|flinch|waver|balk)\w*$/i;

/** A finite copula: after a negated verb, it opens the quote's own clause ("a meeting that did not include him was “wrong”"). */
const FINITE_COPULA = /^(?:is|are|was|were|am)$/i;

/** A past participle, which makes a negated copula a passive ("was not told", "would not be drawn"). */
const PARTICIPLE = /^(?!(?:even|often|open|then|when|seven|ten|indeed|need|speed)$)(?:\p{L}+(?:ed|en)|told|said|seen|known|shown|given|heard|made|taken|meant|thought|drawn|done)$/iu;

/**
 * The negated predicate that frames quoted words inside a sentence ("…, although he did not consider
 * them to be a “big security challenge”"), as written from its auxiliary to the verb, or null. Only the
 * quote's own clause is read: the words from the last clause boundary up to the opening quotation mark.
 * A negated copula ("is not the “Plan A”", "would not be just “at the level of …”"; not a passive, "was
 * not told", "would not be drawn") or a finite copula after the negated verb ("a meeting that did not
 * include him was “wrong”") frames nothing: the speaker's own words are negated, or another clause is,
 * and the telling is not. Nor does a negated verb with "without" before the quote ("would not go without
 * “punishment”"): the two negations cancel.
 */
export function negatedFrame(paragraphText: string, quoteStart: number): string | null {
  const before = paragraphText.slice(Math.max(0, quoteStart - 80), quoteStart).replace(/[“"‘]\s*$/, '');
  const clause = before.split(/[,;:.!?”"]|\s(?:and|but|while|although|though|whereas)\s/).at(-1) ?? '';
  const frame = NEGATED_PREDICATE.exec(clause.replace(/\s+(?:a|an|the)\s*$/i, ' '));
  if (!frame) return null;
  // The auxiliary and the verb it negates: "did not consider", not the words after the verb.
  const words = frame[0].trim().split(/\s+/);
  const negation = words.findIndex((word) => /^(?:not|never|no|\w+n['’]t)$/i.test(word));
  const verbAt = words[negation] === 'no' ? negation + 2 : negation + 1;
  // "is not the", "would not be just", "has not been": a copula negated, no passive after it.
  const copula = /^(?:is|are|was|were|am)(?:n['’]t)?$/i.test(words[0] ?? '') ? words[0] : /^(?:be|been)$/i.test(words[verbAt] ?? '') ? words[verbAt] : null;
  if (copula) {
    const next = words[words.indexOf(copula) === 0 ? verbAt : verbAt + 1] ?? '';
    if (!PARTICIPLE.test(next)) return null;
  }
  if (words.slice(verbAt + 1).some((word) => FINITE_COPULA.test(word))) return null;
  // "would not hesitate to take “direct action”", "never failed to honour its “commitments”": a verb of
  // holding back, negated, affirms what follows; shown as a refusal, a threat would read as its opposite.
  if (HOLDING_BACK.test(words[verbAt] ?? '')) return null;
  // "would not go without “punishment”", "will never pass without “a response”": two negations cancel,
  // and the clause affirms what the quote names ("did not say whether they left without “escorts”" is
  // still negated: the "without" is the question's).
  if (cancelledByWithout(words.slice(verbAt + 1))) return null;
  return words.slice(0, verbAt + 1).join(' ');
}
