/**
 * The attribution patterns of English news copy, as data. The detector reads, around each speech verb:
 *
 *   SPEAKER [adverbs] VERB [complement] (that) CLAUSE      Berg said on Monday that …
 *   CLAUSE, SPEAKER VERB [complement].                     … , the ministry said.
 *   “QUOTE,” SPEAKER VERB / “QUOTE,” VERB SPEAKER          “…,” Berg said. / “…,” said Berg, the …
 *   SPEAKER, APPOSITIVE, VERB                              Anna Berg, the bureau’s spokesperson, said
 *   SPEAKER VERB [complement]: “QUOTE”                     Berg told reporters: “…”
 *   according to SPEAKER                                   … , according to officials.
 *   …, and/but VERB …  /  …, adding that …                 the subject is the previous speaker’s
 *
 * Generic English only; the lists below say which small words may sit where.
 */

/**
 * A clause of its own after a verb: a subject (a determiner, a number, a pronoun or a name) and,
 * before the sentence ends, an auxiliary ("said 19,000 people had crossed").
 */
export const OWN_CLAUSE =
  /^\s+(?:that\s+)?(?:the|a|an|some|about|around|over|more than|at least|\d[\d,.]*|it|they|he|she|we|its|their|his|her|\p{Lu}[\p{L}'’-]*)\s[^.!?]*?\b(?:had|has|have|was|were|is|are|would|will|could|did)\b/u;

/** "according to X" introduces a speaker without a verb. */
export const ACCORDING_TO = /(?<![\p{L}])[Aa]ccording\s+to(?![\p{L}])/gu;

/**
 * "As per X, …", "Per X, …" at a sentence's start and "…, per X." after a comma read as "according to
 * X". Nowhere else: "per" inside a clause is a rate ("$900 per container", "per cent").
 */
export const PER_SOURCE = /(?:(?<=^\W*)(?:As\s+per|Per)|(?<=,\s+)(?:as\s+)?per)(?![\p{L}])/gu;

/** "per" as a word, which PER_SOURCE cannot match without. */
export const PER_CUE = /(?<![\p{L}])per(?![\p{L}])/iu;

/** The verb of a speaker named after a fixed phrase: "according to", "per", "As per". */
export const ACCORDING_TO_VERB = /^(?:according\s+to|(?:as\s+)?per)$/i;

/**
 * "…, a claim denied by X", "…, reports rejected by X": X denies the claim reported just before; the
 * capture is the verb.
 */
export const CLAIM_DENIED_BY =
  /,\s+(?:(?:(?:a|the|these|those)\s+)?(?:claims?|reports?|allegations?|accusations?|assertions?)\s+(?:(?:that|which)\s+)?|which\s+)(?:(?:was|were|has been|have been)\s+)?(denied|rejected|dismissed|disputed)\s+by(?![\p{L}])/giu;

/** "Quote from Berg: “…”", "Quotes from the letter: “…”": a heading that names whose words follow. */
export const QUOTE_FROM = /^\W*Quotes?\s+from(?![\p{L}])/gu;

/**
 * "by" in any case, which AS_REPORTED_BY, POINTS_BACK, PASSIVE_REPORT_BY and CLAIM_DENIED_BY cannot
 * match without: a sentence without it is not searched for them (the word is found far faster than
 * those patterns). test/detect/quote-cues.test.ts holds it to them.
 */
export const BY_CUE = /by/i;

/**
 * ", as reported by X" names X as a channel the way "according to X" does; so do ", as confirmed by
 * X", ", as announced by X" and their kin. The capture is the verb.
 */
export const AS_REPORTED_BY = /(?<![\p{L}])as\s+(reported|confirmed|announced|stated|noted|disclosed|revealed)\s+by(?![\p{L}])/giu;

/** A word of a day's date: "19", "September", "Tuesday", "2023". */
const DAY_WORD = String.raw`(?:\d{1,4}(?:st|nd|rd|th)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)`;

/**
 * "This was reported by X.", "This is stated by X, …", "This was stated on 19 May by X": a sentence
 * that only credits the sentence before it to X, with at most its day between verb and "by" (a
 * statement "in which" it was said is a document of its own). The capture is the verb.
 */
export const POINTS_BACK = new RegExp(
  String.raw`^\W*(?:this|that|it|the (?:information|news|report))\s+(?:was|is|has been|had been)\s+(?:(?:first|also|earlier)\s+)?(reported|stated|announced|said|claimed|noted|disclosed|revealed|declared)(?:\s+(?:on\s+${DAY_WORD}(?:,?\s+${DAY_WORD}){0,2}|yesterday|today))?\s+by(?![\p{L}])`,
  'iu',
);

/**
 * "The withdrawal of the boats was announced by Ruhl on Tuesday": a sentence that opens with what was
 * said, then a passive speech verb and its agent. The capture is the verb; what precedes the auxiliary
 * is what was said.
 */
export const PASSIVE_REPORT_BY =
  /\s(?:was|were|has been|have been|had been|is|are)\s+(?:(?:also|first|earlier|officially|formally|publicly|initially|later|previously)\s+)?(announced|confirmed|reported|stated|disclosed|revealed|declared|denied|claimed|acknowledged|condemned|denounced|criticised|criticized|welcomed|praised|rejected|dismissed)\s+(?:(?:earlier|first|later)\s+)?by(?![\p{L}])/iu;

/**
 * "in a written statement", "during a briefing", "in an interview with …", "in a note to customers",
 * "in an email to staff", "in a filing with the court": where words were said.
 */
export const SPEECH_SETTING =
  /^(?:in|at|during|after|following|via|through|on)\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:statement|speech|interview|letter|post|message|briefing|address|conference|meeting|video|call|remarks|media|channel|channels|website|account|report|update|bulletin|document|assessment|reception|ceremony|event|summit|rally|session|hearing|forum|visit|dinner|banquet|note|notice|advisory|memo|email|e-mail|filing|circular|notification|newsletter|tweet)\b/iu;

/** Words allowed between a speaker and the verb: "Berg on Tuesday said", "Freedonia has also denied". */
export const SKIP_BEFORE_VERB: ReadonlySet<string> = new Set([
  'also', 'both', 'again', 'further', 'later', 'earlier', 'then', 'first', 'previously', 'repeatedly', 'publicly',
  'separately', 'already', 'once', 'all', 'each', 'recently', 'subsequently', 'now', 'has', 'have', 'had',
  'yesterday', 'today', 'on', 'last', 'this', 'late', 'early', 'week', 'month', 'year', 'however', 'too',
  'privately', 'openly', 'flatly', 'firmly', 'strongly', 'categorically', 'explicitly', 'reportedly',
  'officially', 'formally', 'finally', 'jointly', 'personally', 'directly', 'initially', 'immediately', 'swiftly', 'only',
  // "Sylvania eventually confirmed", "Berg reluctantly admitted": how or when the report came, not a hedge
  // ("allegedly", "apparently" are left out: they doubt the report itself).
  'eventually', 'belatedly', 'reluctantly', 'quietly', 'angrily', 'quickly', 'promptly', 'briefly', 'emphatically',
  'vehemently', 'tacitly', 'partially', 'partly', 'originally', 'afterwards', 'increasingly', 'indirectly',
  'implicitly', 'unofficially', 'independently', 'simultaneously', 'likewise', 'similarly',
  // "Sylvania has long denied", "has always refused to acknowledge it": how often or how long.
  'always', 'long', 'consistently', 'constantly', 'continually', 'regularly', 'frequently', 'often', 'usually',
  // "Berg has since denied the report": after the time the sentence speaks of.
  'since',
  // "Sylvania itself has accused …", "Berg herself said": the speaker stressed, not another.
  'itself', 'himself', 'herself', 'themselves',
]);

/** Words before a verb that cancel the attribution: negated, passive, modal or infinitive speech. */
export const CANCELS_ATTRIBUTION: ReadonlySet<string> = new Set([
  'not', 'never', 'no', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'could', 'can', 'may',
  'might', 'must', 'should', 'shall', 'to', 'did', 'does', 'do', 'yet',
]);

/** Whom words are told to: "told reporters", "told lawmakers". */
export const AUDIENCE_WORDS: readonly string[] = ['reporters', 'journalists', 'lawmakers', 'legislators', 'parliament'];

/**
 * Words between a verb and its clause or quote that are not themselves reported:
 * "told reporters in Marsh City that", "said in a statement on Monday:".
 */
export const COMPLEMENT_WORDS: ReadonlySet<string> = new Set([
  ...AUDIENCE_WORDS, 'the', 'a', 'an', 'his', 'her', 'their',
  'its', 'press', 'news', 'briefing', 'conference', 'statement', 'interview', 'email', 'e-mail', 'call', 'phone',
  'meeting', 'session', 'hearing', 'televised', 'address', 'speech', 'broadcast', 'post', 'message', 'radio',
  'television', 'tv', 'on', 'in', 'at', 'during', 'via', 'by', 'to', 'from', 'with', 'after', 'before', 'until', 'late',
  'early', 'earlier', 'later', 'last', 'this', 'next', 'week', 'month', 'year', 'day', 'morning', 'afternoon',
  'evening', 'night', 'weekend', 'yesterday', 'today', 'tonight', 'reporter’s', "reporter's", 'question',
  'questions', 'availability', 'written', 'joint', 'local', 'time', 'also', 'again', 'separately', 'briefly',
  'online', 'publicly', 'later', 'regular', 'daily', 'weekly', 'routine', 'scheduled', 'virtual', 'then', 'previously',
  // Where it was posted: "said on social media", "wrote on its website", "said in a video on its channel".
  'social', 'media', 'website', 'channel', 'account', 'video', 'tweet', 'remarks', 'comments', 'update', 'official',
]);

/** Connectives that may open a sentence before a quote that continues the previous speaker: "Furthermore, “…”". */
export const CONNECTIVES: ReadonlySet<string> = new Set([
  'and', 'but', 'furthermore', 'moreover', 'however', 'still', 'also', 'meanwhile', 'then', 'yet', 'so',
  'additionally', 'again', 'plus', 'indeed', 'instead', 'in', 'addition', 'later', 'earlier',
]);

/**
 * Words right before a quotation that make it a name or label, not speech:
 * a “so-called” thing, a channel called “…”, a story headlined “…”.
 */
export const LABEL_WORDS: ReadonlySet<string> = new Set([
  'so-called', 'dubbed', 'called', 'named', 'titled', 'entitled', 'headlined', 'labelled', 'labeled', 'branded',
  'termed', 'codenamed', 'code-named', 'nicknamed', 'hashtag', 'slogan', 'headline', 'motto', 'word', 'term',
  'phrase',
]);

/** Words that mark a headline or title within a few words before the quotation: "headlined its story “…”". */
export const TITLE_CUE_WORDS: ReadonlySet<string> = new Set(['headlined', 'titled', 'entitled']);

/** Words right before a Title Case quotation that make it a title: "on the “Evening Show” programme". */
export const TITLE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'on', 'in', 'of']);

/** Words that join two reports in one sentence; they end the first report's clause: "X said A, while Y said B". */
export const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['while', 'whereas', 'but', 'and', 'as', 'although', 'though', 'with']);

/**
 * A clause that opens after `opener` with a named subject of its own and its verb: ", while Ruhl
 * called …", "; the Palace said …". Written once for the places that must not read across it.
 */
export function clauseWithNamedSubject(opener: string): RegExp {
  return new RegExp(String.raw`${opener}\s+(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*\s+\p{Ll}`, 'u');
}

/** Adverbs that may stand between the comma and a participle going on with a speaker: ", also conveying …", ", then adding …". */
export const PARTICIPLE_ADVERBS: ReadonlySet<string> = new Set(['also', 'then', 'again', 'further']);
