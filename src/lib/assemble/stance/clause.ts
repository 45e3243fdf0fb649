/** The clause a stance is read from: the leading clause, fronted phrases and framing taken off, quotation marks and possessives blanked. */
import { MONTH_PATTERN, WEEKDAY_PATTERN } from '../../detect/dates/words.ts';
import { CueWords } from './cue-words.ts';

/** A name of up to four capitalised words: "Fredonburg", "Marsh City". */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}`;

/**
 * A relative clause set off by commas after a name: "Sylvania, which has helped Freedonia,", and one that
 * holds a list of its own: "Sylvania, which has linguistic, cultural and economic ties with Freedonia,"
 * (a comma inside is taken only where a word and "and" or "or" follow it before the closing comma).
 */
const APPOSITIVE = String.raw`(?:,\s+(?:which|who)\s(?:[^,;]{1,40},\s+(?=[^,;]{1,40}\b(?:and|or)\b[^,;]{1,60},))*[^,;]{1,80},)`;

/**
 * The body that governs a named side, after its name: "(the Freedonian) government", "(the U.S.)
 * administration". The side so named acts as the side does.
 */
const GOVERNING_BODY = String.raw`(?:\s+(?:government|administration|authorities|leadership))?`;

/**
 * Words that open with a named subject ("(that) the North", "Fredonburg", "Marsh City and Fredonburg",
 * "the Freedonian government") and then `predicate`.
 */
export function namedSubjectThen(predicate: string): RegExp {
  return new RegExp(String.raw`^\W*(?:that\s+)?(?:the\s+)?${NAME}${GOVERNING_BODY}(?:\s+and\s+(?:the\s+)?${NAME}${GOVERNING_BODY})?${APPOSITIVE}?\s+${predicate}`, 'u');
}

/**
 * Words that open with the speaker's side as a pronoun ("(that) we", "it", "they", "I") and then
 * `predicate`, in any case.
 */
export function pronounSubjectThen(predicate: string): RegExp {
  return new RegExp(String.raw`^\W*(?:that\s+)?(?:we|i|it|they)\s+${predicate}`, 'iu');
}

/** A verb told in the past: "left", "struck", "crossed" (or an adjective of that form, read cautiously as a verb). */
export const PAST_VERB =
  /\b(?:went|sent|fought|took|made|came|gave|began|saw|held|left|lost|won|hit|shot|struck|brought|kept|met|rose|fell|flew|withdrew|drove|led|paid|found|got|became|built|bought|caught|ran|stood|broke|fled)\b|\b\p{Ll}{3,}ed\b/u;

/** A predicate that tells of what is or has been: "has sent", "are in", "was believed". */
export const TELLS_WHAT_IS = /\b(?:is|are|was|were|has|have|had|did|does|do|remains?|remained)\b|['’](?:s|re|ve)\b/i;

/** A sentence's end: its mark, a closing quotation mark, and a capital after (not an initial's full stop, "S.R. Secretary"). */
const SENTENCE_END = /(?<!(?:^|[\s./])\p{Lu})[.!?][”"’]?\s+(?=[“"‘]?\p{Lu})/gu;

/** SENTENCE_END, for the first only. */
const FIRST_SENTENCE_END = new RegExp(SENTENCE_END.source, 'u');

/**
 * The first clause of a statement: what a stance describes. A second sentence or a clause after
 * "while", "but" or "although" speaks of something else ("… are in the country. We don't know what
 * their mission will be").
 */
export function leadingClause(words: string): string {
  // An initial's full stop ("S.R. Secretary", "D.C. Berg") ends no sentence.
  const sentenceEnd = FIRST_SENTENCE_END.exec(words);
  // "Why are the troops there? We'll continue to pull this thread": a question the speaker answers at
  // once is judged by the answer.
  if (sentenceEnd && words[sentenceEnd.index] === '?') return leadingClause(words.slice(sentenceEnd.index + sentenceEnd[0].length));
  // A question keeps its mark: it asks, it does not assert.
  const clause = sentenceEnd ? words.slice(0, sentenceEnd.index + (words[sentenceEnd.index] === '.' ? 0 : 1)) : words;
  // "…, prompting a lawmaker to call for …": a participle after a comma tells what followed, not what was said.
  // "nothing but", "all but": a "but" that excepts, not one that turns to something else; "as though"
  // compares, it does not concede.
  // "…, underlining the risks of …": the writer's gloss on what was said, not the speaker's words.
  const turn = /[;]|,?\s+(?:while|(?<!\b(?:nothing|anything|all|none)\s+)but|although|(?<!\bas\s)though|whereas|even as)\s|,\s+(?:prompting|leading|forcing|causing|sparking|triggering|underlining|underscoring|highlighting)\s/i.exec(clause);
  // "that although a missile hit the deck, no damage was done": a concession fronted after the "that" is
  // no turn; withoutFrontedClause reads past it to the main clause.
  return turn && /\p{L}/u.test(clause.slice(0, turn.index).replace(/^\W*that\b/i, '')) ? clause.slice(0, turn.index) : clause;
}

/**
 * The words without the quotation marks a writer puts around a phrase it quotes ("was a “direct
 * response” to", "are ‘limited, necessary and proportionate’"), so that the phrase reads as part of
 * its clause. An apostrophe ("don’t", "soldiers’") stays.
 */
export function withoutQuotationMarks(words: string): string {
  return words.replace(/[“”"]/g, '').replace(/(^|[\s(])‘([^‘’]*?)’(?!\p{L})/gu, '$1$2');
}

/** A noun's possessive "'s", not a contraction of "is" ("it's", "that's"). */
const POSSESSIVE = /\b(?!(?:it|that|there|what|he|she|who|here|where)['’])\p{L}+['’]s\b/giu;

/** The clause with each possessive "'s" blanked, same length: "Freedonia's economy is expected …" has one "is". */
export function withoutPossessives(clause: string): string {
  // A possessive needs its apostrophe: most clauses have none to blank.
  if (!clause.includes("'") && !clause.includes('’')) return clause;
  return clause.replace(POSSESSIVE, (word) => word.replace(/['’]s$/, '  '));
}

/**
 * The auxiliary right after a relative pronoun on the clause's opening subject: "the ferry that (was) hit by
 * a drone …", "an abandoned ship that (has) been floating in the strait since …", "the envoys who (were) sent
 * …", "ships which (are) heading to the port …". It gives the relative clause its tense, not the clause.
 */
const SUBJECT_RELATIVE_AUXILIARY = /^(\W*(?:that\s+)?(?:[\p{L}'’-]+\s+){1,6}?(?:that|who|which)\s+(?:\p{Ll}+ly\s+|also\s+|still\s+)?)(?:is|are|was|were|has|have|had)\b/iu;

/**
 * A relative clause set off by commas right after the clause's opening subject: "the ferry(, which was hit by
 * a drone,) is expected …", "the soldiers(, who were wounded,) will …". Its verbs tell of the subject.
 */
const SUBJECT_APPOSITIVE_RELATIVE = /^(\W*(?:that\s+)?(?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+)(,\s+(?:which|who)\s[^,;]*,)/iu;

/**
 * The clause's first predicate that tells of what is or has been (TELLS_WHAT_IS), read past a possessive
 * "'s" ("Freedonia's economy is expected …" has one "is") and past a relative clause on its subject: "an
 * abandoned ship that has been floating in the strait since the attack is expected to be towed" and "the
 * ferry, which was hit by a drone, is expected to be towed" look ahead, as "the ferry is expected to be
 * towed" does.
 */
export function firstTellingPredicate(clause: string): RegExpExecArray | null {
  // The relative clause's words blanked, same length, so that indices still point into `clause`.
  let read = clause;
  const relative = SUBJECT_RELATIVE_AUXILIARY.exec(read);
  const opening = relative?.[1];
  if (relative && opening !== undefined) read = `${opening}${'_'.repeat(relative[0].length - opening.length)}${read.slice(relative[0].length)}`;
  const appositive = SUBJECT_APPOSITIVE_RELATIVE.exec(read);
  const subject = appositive?.[1];
  if (appositive && subject !== undefined) read = `${subject}${'_'.repeat(appositive[0].length - subject.length)}${read.slice(appositive[0].length)}`;
  return TELLS_WHAT_IS.exec(withoutPossessives(read));
}

/**
 * "and that" between two reported clauses of one reporting verb: "said A and that B"; ", and" before a
 * second verb of speech of the same speaker: "said A, and referred to “B”" (the second verb stays with B);
 * and "while" or "whereas" before a clause of another named subject: "said Sylvania was “complicit” while
 * Freedonia’s ally Ruritania “has always been …”" (not "while visiting Fredonburg", "while in Marsh City", a time).
 */
const AND_THAT = /,?\s+(?:and|but)\s+that\s+|,\s+and\s+(?=(?:referred|described|spoke|mentioned|recalled)\b)|,?\s+(?:while|whereas)\s+(?=(?:(?:the|its|his|her|their|our|[\p{L}-]+['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}?)?\p{Lu})/gu;

/**
 * Of reported words that join two clauses with "and that" ("said the strikes were a “resolute” response
 * and that it would “not hesitate” to act"), "but that" ("told … there was no “damage”, but that there
 * would be a “firm response”") or with a second verb of speech ("said a monument would be
 * built, and referred to “the tombstones of the fallen soldiers”"), the clause that holds the quoted
 * words: each partial quote takes the stance of its own clause.
 */
export function reportedClauseHolding(words: string, quote: string): string {
  if (!words.includes(' and ') && !words.includes(' but that ') && !/\bwh(?:ile|ereas)\b/.test(words)) return words;
  const at = words.indexOf(quote);
  if (at < 0) return words;
  let start = 0;
  let end = words.length;
  for (const join of words.matchAll(AND_THAT)) {
    if (join.index + join[0].length <= at) start = join.index + join[0].length;
    else if (join.index >= at + quote.length) {
      end = join.index;
      break;
    }
  }
  return words.slice(start, end);
}

/** The first clause of each sentence of the words after the first: "A. B, but C. D" → "B", "D". */
export function laterSentences(words: string): string[] {
  return [...words.matchAll(SENTENCE_END)].map((end) => leadingClause(words.slice(end.index + end[0].length)));
}

/** Words that open a noun phrase, not an infinitive's verb: "the", "a", "their", a number, a name. */
export const NOUN_PHRASE_OPENING = /^\W*(?:(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|some|all|every)\b|\d|\p{Lu})/u;

/**
 * Words quoted whole, as sentences of their own, two or more: "Scenes in Marsh City, at the border. An
 * endless stream of refugees." A witness's caption describes what they saw, as a sentence with a verb
 * does; a phrase quoted inside the writer's sentence ("a tiny patch, practically nothing") names or judges.
 */
export function standsAsSentences(words: string): boolean {
  return /^\W*\p{Lu}/u.test(words) && /[.!]\W*$/.test(words) && /[.!]\s+[“"‘]?\p{Lu}/u.test(words);
}

/** A relative pronoun opening the words: a clause that describes what the sentence before names. */
export const RELATIVE_OPENING = /^\W*(?:which|who|whose|whom)\s/i;

/**
 * A quotation that opens with its speaker's own verb, as one joined to the report by "and" does ("(the
 * resolution expressed solidarity with … and) “considers that the situation amounts to …”", "… and
 * “condemns the shelling”", "… and “calls on the council to act”"): the quoted verb is what the statement
 * does, whatever the report's verb or object before it. Only present forms that are never nouns in a quotation's first words (not
 * "“calls for calm” grew", "“demands” were rejected", "“notes” of the meeting").
 */
export const OWN_VERB_OPENING =
  /^\W*(?:also\s+|further\s+|strongly\s+|firmly\s+)?(?:considers|believes|condemns|deplores|urges|stresses|underlines|emphasi[sz]es|reiterates|reaffirms|denounces|insists|(?:calls\s+(?:on|upon)|demands\s+that|notes\s+that|regrets\s+that))\b/i;

/** A quoted amount or count still claims it: "“tens of millions of dollars”", "“numerous acts of violation”". */
export const QUOTED_AMOUNT =
  /\d|\b(?:dozens|scores|hundreds|thousands|millions|billions|numerous|several|multiple|countless|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand|million)\b/i;

/** Words that make a clause wherever they stand: auxiliaries, modals, common irregular pasts, subject pronouns. */
export const CLAUSE_WORD =
  /^(?:is|are|am|was|were|be|been|being|has|have|had|do|does|did|will|would|shall|should|can|could|may|might|must|cannot|went|sent|fought|took|made|came|gave|began|saw|said|told|held|left|lost|won|hit|shot|struck|brought|kept|met|rose|fell|flew|withdrew|drove|led|paid|knew|found|got|became|built|bought|caught|ran|stood|thought|wrote|spoke|broke|fled|i|we|they|he|she|you|it|there)$/i;

/** A contraction of a verb: "don’t", "we’re", "it’s" (not a possessive, "Freedonia’s"). */
const CONTRACTION = /\p{L}['’](?:re|ve|ll|d|m|t)\b|\b(?:it|that|there|what|he|she|who|here|where)['’]s\b/iu;

/** Words after which an "-ed" or "-ing" word is an adjective: "the remaining crews", "a limited strike", "highly praised". */
const DETERMINER = /^(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|no|any|some|every|each|very|more|most|less|least|\p{L}+ly)$/iu;

/** Words that may follow a plural noun: "tens of", "ships and crews", "troops in the region". */
const AFTER_A_NOUN = /^(?:of|and|or|in|on|at|to|for|from|with|by|as)$/i;

/**
 * Whether the words have no verb: a noun phrase ("the impact of the strikes on …"), an adjective
 * ("limited"), a phrase ("not along the border"). Read cautiously, a word that may be a verb counts as
 * one: an auxiliary, a contraction, a past form, a subject pronoun, an "-ed" or "-ing" word that leads
 * words after it ("approved operational plans"), an "-s" word before another word ("the area contains
 * mines", "the crews learn").
 */
export function hasNoVerb(words: string): boolean {
  if (CONTRACTION.test(words)) return false;
  const tokens = words.split(/\s+/).filter((token) => token !== '');
  const bare = tokens.map((token) => token.replace(/^\W+|\W+$/gu, ''));
  return bare.every((word, i) => {
    if (CLAUSE_WORD.test(word)) return false;
    // A capitalised word after the first is a name.
    if (word === '' || (i > 0 && /^\p{Lu}/u.test(word))) return true;
    const endsPhrase = i === tokens.length - 1 || /[,.;:!?)]$/.test(tokens[i] ?? '');
    const previous = bare[i - 1] ?? '';
    const afterDeterminer = DETERMINER.test(previous) && !/[,.;:]$/.test(tokens[i - 1] ?? '');
    if (/\p{Ll}(?:ed|ing)$/u.test(word)) return endsPhrase || afterDeterminer;
    if (/\p{Ll}[^s'’]s$/u.test(word) && !endsPhrase) return AFTER_A_NOUN.test(bare[i + 1] ?? '');
    return true;
  });
}

/** The clause `words` turn to with "but", in the same sentence (", but this is a worrying development"), or null. */
export function clauseAfterBut(words: string): string | null {
  const turn = /^\s*,?\s*but\s/i.exec(words);
  return turn ? leadingClause(words.slice(turn[0].length)) : null;
}

/** The statement's words after its leading clause. */
export function wordsAfter(words: string, clause: string): string {
  return words.slice(words.indexOf(clause) + clause.length);
}

/**
 * A subordinate clause or phrase of time, cause or concession fronted before the main clause and closed
 * by a comma: "When we are speaking on behalf of …, (we want …)", "After the talks began, (…)", "(that,)
 * considering the month between the visit and the dispatch, (…)", "Despite the losses, (…)" (not "if" nor "should",
 * whose condition the stance reads; nor "as", which also opens an amount: "as many as 3,000 …").
 */
const FRONTED_CLAUSE =
  /^\W*(?:that\W+)?(?:when|whenever|while|since|after|before|once|although|though|whereas|because|considering|given|despite|in\s+spite\s+of|following|amid|amidst|during)\s[^,;]{3,120},\s+(?=\S)/i;

/**
 * The day that dates the reporting verb, left at the head of the words it reports: "(said) Thursday it
 * would …", "(said) on Monday morning that the ships …" (not "Monday was the worst day", whose subject
 * the day is).
 */
const SAYING_DAY = new RegExp(
  String.raw`^\W*(?:(?:on|late|early)\s+)?${WEEKDAY_PATTERN}(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?=(?:that|it|he|she|they|we|i|its|their|his|her|our|the|there)\b)`,
  'iu',
);

/**
 * A day set off by commas at the head of what a verb names, dating the verb: "(announced,) this Tuesday,
 * 12 March, new aid for …", "(declared,) on Monday, a pause on …", "(unveiled,) last Friday, a plan to …".
 * Only a day closed by its comma: "(announced) Monday's attack was repelled" keeps its subject.
 */
const DAY_SET_OFF = new RegExp(
  String.raw`^\W*(?:(?:on|this|last)\s+)?${WEEKDAY_PATTERN}(?:,?\s+(?:${MONTH_PATTERN}\s+\d{1,2}|\d{1,2}\s+${MONTH_PATTERN})(?:,?\s+\d{4})?)?,\s+(?=\S)`,
  'iu',
);

/** The words without a day set off at their head (DAY_SET_OFF): what the verb names. */
export function withoutDaySetOff(words: string): string {
  const day = DAY_SET_OFF.exec(words);
  return day ? words.slice(day[0].length) : words;
}

/**
 * A wish to tell at the head of the clause, which does what it says: "I want to note that …", "we want
 * specially to stress …", "I would like to emphasise that …", "I wish to reiterate that …" (not "I want to go
 * home", "I would like to see them stay", a wish, nor "I want to thank", thanks).
 */
const TELLING_WANTED = /^\W*(?:i|we)\s+(?:\w+ly\s+|also\s+)?(?:want|wish|would\s+(?:\w+ly\s+)?like|['’]d\s+(?:\w+ly\s+)?like)\s+(?:\w+ly\s+)?to\s+(?:note|stress|emphasi[sz]e|underline|underscore|highlight|point\s+out|say|state|inform\s+you|remind\s+you|mention|confirm|reiterate|repeat)\s+(?:that\s+)?(?=\S)/i;

/** The clause without a wish to tell at its head (TELLING_WANTED): what is told. */
export function withoutTellingWanted(clause: string): string {
  const wish = /want|wish|like/.test(clause) ? TELLING_WANTED.exec(clause) : null;
  return wish ? clause.slice(wish[0].length) : clause;
}

/**
 * The speaker's own telling announced at the head of the clause, which frames what follows and promises
 * nothing: "And I will say that we note …", "I'll tell you this: …", "we must stress that …", "I have to
 * say the talks went well" (not "I will tell them tomorrow", whose telling is still to come; nor "I would
 * say", an opinion given).
 */
const SAYING_FRAMED =
  /^\W*(?:(?:and|but|so|now)\s+)?(?:i|we)(?:\s+(?:will|must|can|have\s+to)|['’]ll)\s+(?:\w+ly\s+|also\s+)?(?:say|tell\s+you|add|note|stress|point\s+out|repeat)\s+(?:(?:this|that)\s*[:,—–-]?\s*|(?=(?:the|we|they|it|he|she|there|our|their|its)\b))(?=\S)/i;

/** The verbs of saying, one of which SAYING_FRAMED holds (read anywhere in a word). */
const SAYING_CUE = new CueWords(/\b(?:say|tell|add|note|stress|point|repeat)\b/i);

/**
 * News the speaker is glad or sorry to give, announced at the head of the clause: "We are pleased to
 * confirm that all crew are safe", "we're sad to report that two crew died", "I am happy to announce …"
 * — the feeling frames what is told (not "we are pleased to have him as our guest", a feeling told).
 */
const NEWS_FRAMED_BY_FEELING =
  /^\W*(?:(?:and|but|so|now)\s+)?(?:i|we|he|she|they|it)(?:\s+(?:am|are|is|was|were)|['’](?:m|re|s))\s+(?:\w+ly\s+|also\s+)?(?:pleased|glad|happy|delighted|relieved|thrilled|proud|sad|sorry|saddened)\s+to\s+(?:confirm|report|announce|say|tell\s+you|inform\s+(?:you|\w+)|advise)\s+(?:that\s+)?(?=\S)/i;

/** The feelings, one of which NEWS_FRAMED_BY_FEELING holds. */
const NEWS_FEELING_CUE = new CueWords(/pleased|glad|happy|delighted|relieved|thrilled|proud|sad|sorry|saddened/i);

/** The clause without its speaker's telling announced at its head (SAYING_FRAMED, NEWS_FRAMED_BY_FEELING): what is told. */
export function withoutSayingFramed(clause: string): string {
  const frame = SAYING_CUE.test(clause) ? SAYING_FRAMED.exec(clause) : null;
  if (frame) return clause.slice(frame[0].length);
  const feeling = NEWS_FEELING_CUE.test(clause) ? NEWS_FRAMED_BY_FEELING.exec(clause) : null;
  return feeling ? clause.slice(feeling[0].length) : clause;
}

/**
 * A short adverb or phrase of manner, view, time or place fronted before the main clause and closed by a
 * comma: "Unfortunately, (…)", "In our view, (…)", "Of course, (…)", "Today, (…)", "At the moment, (…)", "As
 * you know, (…)", "Every time, (…)" (not a name, "Italy, Spain and Ruritania agreed", nor a phrase with a number, "At least 20
 * people, most of them children, (…)", nor "as many as …", an amount; nor a view or an understanding, "In our
 * view, (…)", "As I understand it, (…)", which makes what follows the speaker's view).
 */
const FRONTED_PHRASE =
  /^\W*(?:that\W+)?(?:\p{Lu}?\p{Ll}{3,}ly|(?:in|of|at|for|from|with|by|on|as(?!\s+(?:many|much|few|little)\b)|under|to|among|despite|unlike|beyond|today|now|yesterday|currently|meanwhile|moreover|however|therefore|thus|so|still|indeed|again|overall|firstly|secondly|finally|then|here|instead|otherwise|nevertheless|nonetheless|furthermore|besides|rather|(?:every|each)\s+time)\b(?![^,;]*\b(?:view|opinion|understand\w*|knowledge|estimat\w*|assessment|judge?ment|mind|far\s+as)\b)[^,;\d]{0,40}?),\s+(?=\S)/iu;

/**
 * A participle phrase of circumstance fronted before the main clause: "Standing before the families, (I
 * …)", "Speaking to reporters in the capital, (…)", "Looking back, (…)" (not a gerund that is the subject,
 * "Shelling of the town, which began at dawn, killed three", nor a participle with a number, "Counting
 * the wounded, 40 …").
 */
const FRONTED_PARTICIPLE =
  /^\W*(?:that\W+)?(?:standing|speaking|addressing|referring|looking|responding|commenting|writing|talking|reflecting|turning|returning|recalling)\s+(?:to|before|at|in|on|with|back|about|from|after|by|over)\b[^,;\d]{0,100},\s+(?=\S)/i;

/**
 * A phrase that dates or places the saying, left before the "that" of the words it reports: "(said) after
 * the strikes that “the United States will …”", "(said) in a statement that the ships …", "(told reporters)
 * during the visit that it …" (not a relative "that", "after the strikes that hit the port, …", whose
 * "that" a verb follows, nor "after the talks, …", a clause fronted in the words themselves).
 */
const SAYING_CIRCUMSTANCE =
  /^\W*(?:after|following|during|before|in|at|on)\s+(?:(?:the|a|an|his|her|its|their|this|that)\s+)?(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+\s+that\s+(?=[“"‘]|(?:the|it|he|she|they|we|its|their|his|her|our|there|this|these|those|a|an)\b|\p{Lu})/iu;

/** A fronted phrase or clause ends in a comma and a space: a clause without one has none to take off. */
const FRONTED_PHRASE_CUE = ', ';

/**
 * The clause without a fronted subordinate clause (FRONTED_CLAUSE), a fronted phrase (FRONTED_PHRASE) or a
 * day or a phrase that dates or places the saying (SAYING_DAY, SAYING_CIRCUMSTANCE): what its main clause says.
 */
export function withoutFrontedClause(clause: string): string {
  const day = SAYING_DAY.exec(clause) ?? (clause.includes(' that ') ? SAYING_CIRCUMSTANCE.exec(clause) : null);
  let main = day ? clause.slice(day[0].length) : clause;
  // "Of course, when the talks began, …": a phrase, then a clause, each before the main clause.
  for (let pass = 0; pass < 2 && main.includes(FRONTED_PHRASE_CUE); pass++) {
    const fronted = FRONTED_CLAUSE.exec(main) ?? FRONTED_PHRASE.exec(main) ?? FRONTED_PARTICIPLE.exec(main);
    if (!fronted) break;
    main = main.slice(fronted[0].length);
  }
  return main;
}

/**
 * The writer's clause right before a quotation whose opening mark stands at `quoteStart`, within its
 * sentence and at most `reach` characters back: the words that frame the quotation ("vessels were advised
 * to “…”", "what they describe as “…”"). Empty when the quotation opens its paragraph.
 */
export function writerClauseBefore(paragraphText: string, quoteStart: number, reach: number): string {
  const before = paragraphText.slice(Math.max(0, quoteStart - reach), quoteStart);
  return before.split(/[.!?;:]\s/).at(-1) ?? '';
}
