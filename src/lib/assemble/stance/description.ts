/** Stance `other`: words that describe, judge, explain or characterise rather than tell a happening. Generic English. */
import { CLAUSE_WORD, hasNoVerb, PAST_VERB, QUOTED_AMOUNT, TELLS_WHAT_IS, withoutPossessives, withoutQuotationMarks } from './clause.ts';
import { BLAMING_VERB, laysWrongfulAim } from './condemnation.ts';
import type { StanceSpeaker } from './speaker.ts';
import { CueWords } from './cue-words.ts';
import { attitudeHeld } from './attitude-held.ts';
import { worthViewed } from './worth-viewed.ts';
import { motiveGiven } from './motive-given.ts';

/**
 * The effect an act is meant to have, foretold: "will degrade their capabilities", "would further
 * disrupt", "will deter further attacks".
 */
const EFFECT_FORETOLD = /\b(?:will|would)\s+(?:\w+ly\s+|further\s+|also\s+)?(?:degrade|disrupt|weaken|reduce|limit|curb|deter|prevent|hamper|curtail|diminish|undermine|erode)\b/i;

/**
 * An aim confined to targets of force, an assurance about what an operation hits, not an explanation: "the
 * aim was only at military targets", "our aim is solely at legitimate military objects" (not "the aim was
 * to end the war", "the aim of the talks is to …", which explain).
 */
const AIM_CONFINED_TO_TARGETS =
  /\baim\w*\s+(?:[\p{L}-]+\s+){0,4}?(?:only|solely|exclusively|purely)\s+(?:at|on)\s+(?:(?:legitimate|military|armed|enemy)\s+)+(?:targets|objects|objectives|facilities|installations|infrastructure|positions|sites)\b/iu;

/** Whether the clause confines an aim to targets of force (AIM_CONFINED_TO_TARGETS), read only where "only", "solely", "exclusively" or "purely" is. */
function aimConfinedToTargets(clause: string): boolean {
  return /only|solely|exclusively|purely/i.test(clause) && AIM_CONFINED_TO_TARGETS.test(clause);
}

/**
 * The dead honoured now, a rite the speaker's side holds, which tells nothing at issue: "Today the republic
 * commemorates all our compatriots who died in the war", "we mourn the victims", "the nation pays tribute to
 * the fallen" (not "plans to commemorate the soldiers by naming streets", "will commemorate", a plan or a
 * promise; nor "commemorated", told as past).
 */
const MEMORY_HONOURED_NOW =
  /^\W*(?:that\s+)?(?:(?:today|now)\s*,?\s+)?(?:[\p{L}’'-]+\s+){1,5}?(?<!\b(?:to|will|would|shall|can|may|must|should)\s+)(?:commemorates?|mourns?|pays?\s+(?:tribute|homage)\s+to|honou?rs?\s+the\s+memory\s+of)\b/iu;

/** Whether the clause tells the dead honoured now (MEMORY_HONOURED_NOW), read only where "commemorat", "mourn", "tribute", "homage" or "memory" is. */
function memoryHonouredNow(clause: string): boolean {
  return /commemorat|mourn|tribute|homage|memory/i.test(clause) && MEMORY_HONOURED_NOW.test(clause);
}

/** Whether the clause explains what something is for or why it was done, with no verb of blame of its own. */
export function explainsPurpose(clause: string): boolean {
  return ((EXPLANATION_CUE.test(clause) && EXPLANATION.test(clause)) || EFFECT_FORETOLD.test(clause)) && !BLAMING_VERB.test(clause) && !laysWrongfulAim(clause);
}

/**
 * Money a side gives, with what it will be spent on: "The money will be used to buy food", "(he said) the
 * funds would be spent on shelters", "this aid package will be directed to the displaced" (not "the money
 * would be used by the junta to buy arms", another's use charged; said by an analyst or a private person,
 * a forecast).
 */
const MONEY_PUT_TO_USE =
  /^\W*(?:that\s+)?(?:the|this|these|that|our|its|their|such)\s+(?:[\p{L}-]+\s+){0,2}?(?:money|funds|funding|aid|assistance|grants?|loans?|package|donations?|contributions?)\s+(?:will|would|shall)\s+(?:also\s+)?be\s+(?:used|spent|allocated|directed|channell?ed)\s+(?:to|for|on)\b/iu;

/** Whether a side tells what money it gives will be spent on (MONEY_PUT_TO_USE), read only where " be " is. */
export function putsMoneyToUse(clause: string, speaker: StanceSpeaker): boolean {
  return speaker.forASide === true && speaker.assesses !== true && speaker.finding !== true && clause.includes(' be ') && MONEY_PUT_TO_USE.test(clause);
}

/**
 * The words of a clause's subject that the judgement patterns below skip to reach its predicate, as a
 * quantifier: enough for a long subject ("the full defeat of the enemy in the southern border region of
 * Ruritania creates conditions for …", "the presence of foreign warships in the waters off the coast of
 * Sylvania is a burden"), whose predicate judges as a short subject's does. Six or ten words had left such a
 * clause read as a happening told; the subject's length says nothing of what its predicate does.
 */
const SUBJECT_SPAN = String.raw`{0,16}?`;

/**
 * A word that judges rather than tells, with its degree: "very constructive", "“manageable”", "pleased",
 * "(was not) needed", "(it was not) possible (to …)", "frank", "premature", "tense", "fragile", "catastrophic"; or a feeling: "shocked", "deeply saddened", "struck by the sudden manner in which …",
 * "was “struck” by the exodus", "struck by the suffering of the families" (not "struck by a missile", a happening; nor "relieved of his command"), or a thing called "a source of pride" (of joy,
 * of inspiration; not "a source of water", nor "a source of concern", a danger); or the condition of people or of
 * a place, which describes how things stand: "many are hungry and exhausted", "the children were
 * frightened", "the town is rather deserted" (not "was deserted by its allies", a happening); or a question
 * still open or still in force: "the dispute is still unresolved", "the old accords are still relevant"; or
 * the quality of a force: "the crews are professional and disciplined", "the recruits were inexperienced"
 * (not "were disciplined for desertion", a punishment told); or what is fitting: "it is not appropriate to
 * talk through newspapers", "is both impossible and inappropriate" (a judgement coordinated after "both");
 * or what something is worth to someone: "endless war is not beneficial for anyone", "the delay was harmful",
 * "trust is critical before any return" (not "three are critical", "in critical condition", a casualty told);
 * or what had to come: "the operation was inevitable", "the escalation was unavoidable".
 */
const JUDGEMENT = String.raw`[“"‘]?(?:(?:\w+ly|very|quite|rather|fairly|somewhat|almost|so|too|still|also|now|both|neither|either)\s+)*(?:good|bad|appropriate|inappropriate|great|excellent|constructive|positive|negative|optimistic|pessimistic|manageable|disruptive|difficult|hard|tough|easy|complex|complicated|important|crucial|vital|essential|necessary|unnecessary|needed|unneeded|significant|possible|impossible|tired|afraid|sad|happy|pleased|delighted|glad|satisfied|proud|confident|shocked|surprised|stunned|astonished|amazed|impressed|saddened|thankful|heartbroken|horrified|relieved(?!\s+of\b)|struck[”"’]?\s+by\s+the\s+(?:[\p{L}-]+\s+){0,2}?(?:way|manner|fact|extent|scale|speed|sight|level|degree|exodus|suffering|plight|resilience|courage|dignity|despair|grief|emptiness|silence)|source\s+of\s+(?:(?:great|real|immense|special|particular)\s+)?(?:pride|joy|satisfaction|inspiration)|impressive|successful|productive|fruitful|useful|helpful|valuable|remarkable|historic|unprecedented|ripe|frank|candid|cordial|friendly|businesslike|substantive|encouraging|disappointing|promising|premature|realistic|unrealistic|tense|calm|fragile|volatile|precarious|catastrophic|dire|grim|bleak|desperate|chaotic|hungry|thirsty|exhausted|frightened|scared|terrified|traumati[sz]ed|anxious|distressed|deserted(?!\s+by\b)|surreal|stable|unstable|key(?=\s+to\b)|critical(?=\s+(?:to|for|before)\b)|inevitable|unavoidable|unresolved|unsettled|relevant|irrelevant|irreversible|understandable|incomprehensible|inexplicable|puzzling|professional|disciplined(?!\s+(?:for|by|after)\b)|motivated(?!\s+by\b)|experienced|inexperienced|skilled|beneficial|harmful|detrimental|counterproductive|advantageous|worthwhile|pointless|futile|ineffective|ineffectual|useless|unreliable)\b`;

/**
 * A quotation that judges and does nothing else: JUDGEMENT's words, and a few that weigh an act or a
 * means ("“necessary and proportionate”", "“ineffective”", "“justified”"), alone or joined by "and" (not
 * "“legitimate targets”", a noun phrase; nor "“effective immediately”").
 */
const JUDGEMENT_QUOTED = new RegExp(
  String.raw`^\W*(?:${JUDGEMENT}|[“"‘]?(?:(?:\w+ly|very|quite|so|too|both)\s+)*(?:proportionate|ineffective|effective|justified|legitimate|reasonable|adequate|reliable|unreliable)\b)(?=\s*(?:$|[,.;:!”"’]|and\b))`,
  'iu',
);

/** The writer's words before a quotation, ending on its copula and perhaps an article: "the strikes were", "are not", "has been", "was a". */
const COPULA_BEFORE_QUOTE = /\b(?:is|are|was|were|remains?|remained|been|be)\s+(?:(?:\p{Ll}+ly|not|still|also|both|all)\s+)*(?:an?\s+)?$/u;

/** A subordinate clause opened before the quotation: "while", "although", "though", "whereas", "even if". */
const CONCEDING = /\b(?:while|whilst|although|though|whereas|even\s+if)\b/i;

/**
 * Whether `quote`, inside the reported `words`, is the judgement the writer's copula leads to: "(the strikes
 * carried out today against targets in the north) were “necessary and proportionate”", "(the old security
 * arrangements) are “ineffective”", "(the raid) was a “necessary and proportionate action”" — an assessment,
 * however long the subject before it, not a happening (not "were “shelled overnight”", a happening quoted;
 * nor "were “legitimate targets”", "was a “direct hit”", what the thing was).
 */
export function quotedAsJudgement(words: string, quote: string): boolean {
  const at = words.indexOf(quote);
  if (at <= 0 || !hasNoVerb(quote)) return false;
  const frame = withoutQuotationMarks(words.slice(0, at)).replace(/[‘]\s*$/u, '');
  // "while the front remains “difficult”, (our operations are expanding)": a judgement conceded in a
  // clause of its own; the main clause tells.
  return COPULA_BEFORE_QUOTE.test(frame) && JUDGEMENT_QUOTED.test(quote) && !CONCEDING.test(frame);
}

/**
 * A happening the speaker's side tells first, then a judgement joined by "and": "We delivered it
 * privately and we're confident we're well prepared", "they crossed the river and they are very tired"
 * (not "we are tired and hungry", a judgement first; nor "the talks were long and we are pleased").
 */
const HAPPENING_THEN_JUDGED =
  /^\W*(?:that\s+)?(?:we|i|they|he|she|it)\s+(?:\w+ly\s+)?(?!(?:is|are|am|was|were|has|have|had|did|does|do|remains?|remained|seems?|seemed)\b)\p{Ll}+ed\b[^,;]*?\band\s+(?:we|i|they|he|she|it)(?:['’](?:re|m|s)\b|\s+(?:are|am|is|was|were)\b)/iu;

/** Whether the clause tells its side's happening before the judgement ASSESSMENT would read (HAPPENING_THEN_JUDGED). */
function happeningBeforeJudgement(clause: string): boolean {
  return clause.includes(' and ') && HAPPENING_THEN_JUDGED.test(clause);
}

/** A subject's first parts, up to the comma before the "and" or "or" that joins its last part to them. */
const COORDINATED_SUBJECT = /^(\W*(?:that\s+)?[^;]+?),(?=\s+(?:and|or)\s)/iu;

/**
 * Whether the clause's first predicate judges (ASSESSMENT), its subject read whole when its parts are
 * joined by commas and "and": "the long journey, and the crowding at the border are hard on people",
 * "the heat, the dust, and the waiting are difficult" are judged as "the long journey and the crowding
 * …" is. Only parts with no verb of their own make a subject ("the convoy arrived, and the crossing is
 * hard" tells the arrival first; an "-ed" word counts as a verb unless a determiner comes right before it,
 * "the damaged bridge").
 */
function judged(clause: string): boolean {
  if (ASSESSMENT.test(clause)) return true;
  const first = COORDINATED_SUBJECT.exec(clause);
  const parts = first?.[1] ?? '';
  if (first === null || !parts.split(',').every(nounPhraseOnly)) return false;
  return ASSESSMENT.test(parts.replace(/,/g, '') + clause.slice(first[0].length));
}

/** Whether the words are a noun phrase alone: no verb (hasNoVerb), and no "-ed" word but right after a determiner. */
function nounPhraseOnly(words: string): boolean {
  return hasNoVerb(words) && !/(?<!\b(?:the|a|an|its|their|his|her|our|this|these|those)\s+)\b\p{Ll}+ed\b/iu.test(words);
}

/**
 * Any quality given a degree, which weighs rather than tells: "very powerful", "extremely cold", "so
 * loud" (not "very much", "too many", an amount; nor "very badly damaged", "so heavily shelled", a
 * happening told with its degree).
 */
const DEGREE_JUDGEMENT = String.raw`(?:very|extremely|incredibly|terribly|exceptionally|really|so|too)\s+(?!(?:much|many|few|little|far)\b)(?!\p{L}+(?:ed|ly)\b)\p{L}{3,}\b`;

/**
 * A judgement, not a fact: the clause's first predicate calls something good, hard, important or the
 * like, or gives a quality its degree (DEGREE_JUDGEMENT: "the blast was very powerful") ("the talks were very constructive", "the delays are manageable", "they are not afraid", "he
 * was pleased to …", "they’re great lads", "it was a necessary and a proportionate response"; not "there was a
 * significant attack", which tells one), or the judgement stands alone and the writer's frame gives the rest ("said it
 * was 'quite constructive'"), not as a noun's adjective ("significant help came from …"). A copula after "who" or
 * "which" is a relative clause's that picks out the subject ("those who are scared are free to leave"): the
 * predicate after it decides.
 */
const ASSESSMENT = new RegExp(
  String.raw`^\W*(?:that\s+)?(?:[\p{L}’'“”"-]+\s+)${SUBJECT_SPAN}(?<!\b(?:who|which)\s+)(?:is|are|am|was|were|remains?|remained|(?:it|that|this|he|she|what)[’']s|\p{L}+[’'](?:re|m))\s+(?:not\s+)?(?:(?<!\bthere\s+\p{L}+\s+)(?:a|an)\s+)?(?:${JUDGEMENT}|${DEGREE_JUDGEMENT})|^\W*${JUDGEMENT}(?=\s*(?:$|[,.;:!”"’]|(?:that|to|and|thus|so far)\b))`,
  'iu',
);

/**
 * An explanation of why or what for, not a report of what happened: "was launched owing to …", "the
 * expectation was based on …", "guided by a sense of …", "is related to …", "was a direct response
 * to …", "is designed for …" (or "was officially designed to …", or after words that judge it: "were
 * precise, proportionate and intended to …", not after a participle, "were launched and intended to …",
 * an act told), "was aimed at strengthening …", "is part of efforts to …", "its priority was …", "the priority of the decree was …", "the strikes
 * are in response to …" (not "was in response to", a past cause told, unless what it answers is a
 * people's demands or calls: "the attacks were in response to the demands of the people", a motive), "that is why we act", "our
 * participation is to ensure …", "the strikes are … in self-defence" (not "has had to respond in
 * self-defence", an act told), "this made the crews fight harder" (a consequence drawn from the fact
 * before), "we are talking about supporting …" (the topic named; not "we are talking about hundreds of
 * dead", a count told), "he was only referring to the area where his forces operate" (the speaker's own
 * words explained). "based on" explains as a predicate
 * ("the estimate is based on …", "…, based on …", "Based on …,"), not as a noun's participle ("issues
 * of reintegration based on the constitution will be discussed at the meeting" tells the meeting). A
 * purpose or cause added to a happening told ("the strikes were carried out to …", "attacked ships in
 * an effort to …", "died as a result of …") still tells the happening.
 */
export const EXPLANATION =
  /^\W*(?:that\s+)?(?:this|that)\s+(?:only\s+|also\s+)?(?:made|makes)\b|\b(?:we|i)\s+(?:are|am|were|was)\s+(?:\w+ly\s+)?talking\s+about\b(?!\s+(?:(?:at\s+least|about|around|some|more\s+than|nearly|almost|up\s+to|over)\s+)?(?:\d|(?:tens|dozens|hundreds|thousands|millions)\s+of\b))|\b(?:owing to|guided by)\b|(?:\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?|,\s*|^\W*(?:that\s+)?)based\s+on\b|\b(?:is|are)\s+[^.;]{0,60}?\bin\s+self-defen[cs]e\b|\b(?:is|are)\s+(?:\w+ly\s+)?in\s+(?:direct\s+)?(?:response|reaction|retaliation)\s+to\b|\b(?:was|were)\s+(?:\w+ly\s+)?in\s+(?:direct\s+)?response\s+to\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:demands?|calls?|wishes|will|appeals?|aspirations)\s+(?:of|from)\b|\b(?:that|this)\s+is\s+why\b|\b(?:is|are|was)\s+(?:only\s+)?to\s+(?:ensure|protect|provide|help|support|prevent|deter|defend)\b|\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:related|linked)\s+to\b|\b(?:is|are|was|were)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:response|reaction|result|consequence)\s+(?:to|of)\b|\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:(?:[\p{L}-]+(?<!ed),\s+){0,3}[\p{L}-]+(?<!ed),?\s+and\s+(?:\w+ly\s+)?)?(?:designed|intended|meant)\s+(?:to|for|in order to)\b|\b(?:is|are|was|were)\s+(?:\w+ly\s+)?aimed\s+(?:at\s+\p{Ll}+ing|to)\b|\b(?:is|are|was|were)\s+(?:\w+ly\s+)?part\s+of\s+(?:(?:an?|the|its|their|our|his|her)\s+)?(?:[\p{L}-]+\s+)?(?:efforts?|push|drive|strategy|campaign|bid)\s+to\b|\b(?:priority|aim|goal|purpose|objective)\s+(?:of\s+(?:[\p{L}-]+\s+){1,3}?)?(?:is|was)\b|^\W*(?:that\s+)?(?:he|she|they|we|i|it)\s+(?:was|were|is|are|am|had\s+been)\s+(?:only\s+|just\s+|simply\s+|merely\s+)?referring\s+(?:only\s+)?to\b/iu;

/**
 * EXPLANATION's cue. A cue of single words passed a clause in five, most for a word as common as "help",
 * "support", "made", "part" or the "aim" of "claim". Each alternative of EXPLANATION holds one of:
 * - a word of its own: "talking", "owing", "guided", "based", "self-defence", "response", "reaction",
 *   "retaliation", "why", "related", "linked", "result", "consequence", "designed", "intended", "meant",
 *   "priority", "goal", "purpose", "objective", "referring" (EXPLANATION_WORD);
 * - a purpose ("ensure" … "defend") after "is", "are" or "was" "to" (PURPOSE_VERB);
 * - "part" with the effort it is part of ("efforts", "push", "drive", "strategy", "campaign", "bid");
 * - "aim" opening a word ("aim", "aimed"; not "claim");
 * - "made" or "makes" in a clause that opens with "this" or "that".
 * test/assemble/stance-cues.test.ts holds the cue to EXPLANATION.
 */
const EXPLANATION_WORD = new CueWords(
  /talking|owing|guided|based|self-defen|response|reaction|retaliation|why|related|linked|result|consequence|designed|intended|meant|priority|goal|purpose|objective|referring/iu,
);
const PURPOSE_VERB = new CueWords(/ensure|protect|provide|help|support|prevent|deter|defend/iu);
const PART = new CueWords(/part/iu);
const EFFORT = new CueWords(/effort|push|drive|strateg|campaign|bid/iu);
const MADE = new CueWords(/made|makes/iu);

export const EXPLANATION_CUE = {
  /** Whether the clause may hold an explanation (see above); false only where EXPLANATION cannot match. */
  test(clause: string): boolean {
    return (
      EXPLANATION_WORD.test(clause) ||
      (PURPOSE_VERB.test(clause) && /\b(?:is|are|was)\s+(?:only\s+)?to\s/iu.test(clause)) ||
      (PART.test(clause) && EFFORT.test(clause)) ||
      /\baim/iu.test(clause) ||
      (MADE.test(clause) && /^\W*(?:that\s+)?(?:this|that)\s/iu.test(clause))
    );
  },
};

/**
 * A conclusion drawn or a premise stated, in the present (or, after "this", "that" or "such", reported in
 * the past: "this showed …", "such cooperation only demonstrated …"): "such cooperation only shows …", "this
 * applies to any crews captured", "this means …", "we proceed from the understanding that …".
 */
const INFERENCE =
  /^\W*(?:that\s+)?(?:this|that|it|such\s+[\p{L}-]+)\s+(?:\w+ly\s+|only\s+|once\s+again\s+|also\s+)?(?:shows|demonstrates|proves|means|applies\s+to|reflects|underlines|underscores|illustrates)\b|^\W*(?:that\s+)?(?:this|that|such\s+[\p{L}-]+)\s+(?:\w+ly\s+|only\s+|once\s+again\s+|also\s+)?(?:showed|demonstrated|proved|meant|reflected|underlined|underscored|illustrated)\b|\b(?:we|i)\s+proceed\s+from\b/iu;

/**
 * Another's words or moves read as a sign of what they intend: "Berg's remarks about the alliance indicate
 * that she is preparing to leave it", "the minister's statements suggest a shift", "their moves signal a
 * new offensive" (not "the data shows that forty died", "satellite images show …", evidence cited; nor
 * "his remarks were broadcast", a happening told).
 */
const WORDS_READ_AS_SIGN =
  /^\W*(?:that\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:remarks|statements|comments|words|rhetoric|moves|decisions|behaviou?r|stance|posture)\s+(?:(?:about|on|over|regarding|concerning)\s+[^,;]{1,60}?\s+)?(?:\w+ly\s+|also\s+)?(?:indicate|indicated|suggest|suggested|signal|signall?ed|show|showed|reveal|revealed|prove|proved|mean|meant)\b/iu;

/** Whether the clause reads another's words or moves as a sign (WORDS_READ_AS_SIGN), read only where a word of them is. */
function wordsReadAsSign(clause: string): boolean {
  return /remarks|statements|comments|words|rhetoric|moves|decisions|behavio|stance|posture/i.test(clause) && WORDS_READ_AS_SIGN.test(clause);
}

/**
 * What a side's acts are for, told in the present: "the patrols are to reassure residents and restore
 * calm", "these operations are conducted to protect civilians", "the strikes are being carried out to
 * deter …" (not "the raids were carried out to disrupt …", a past act told with its purpose; nor "the
 * measures are to take effect on Monday", "troops are to withdraw by Friday", "the strikes are to stop
 * on Friday", a schedule).
 */
const ACTS_PURPOSE_NOW =
  /^\W*(?:that\s+)?(?:the|these|this|those|our|its|their|such|all)\s+(?:[\p{L}-]+\s+){0,3}?(?:actions?|strikes?|attacks?|measures?|operations?|steps?|patrols?|deployments?|missions?|raids?|sanctions?|exercises?|efforts?|checks|inspections|restrictions|curfews?)(?:\s+(?:in|on|at|against|by|near|off|across)\s+[^,;]{1,40}?)?\s+(?:is|are)\s+(?:(?:being\s+)?(?:taken|carried\s+out|conducted|launched|undertaken|made|done|imposed)\s+)?(?:only\s+|solely\s+|simply\s+|merely\s+)?(?:in\s+order\s+)?to\s+(?:\w+ly\s+)?(?:protect|ensure|secure|safeguard|defend|deter|prevent|stop|halt|de-?escalate|restore|reassure|degrade|weaken|disrupt|reduce|curb|punish|pressure|force|keep|maintain|preserve|uphold|support|help|assist|show|signal)\s+(?!(?:on|by|at|in|within|after|before|when|once|until|next|soon|immediately|today|tomorrow)\b)[\p{L}“"‘]/iu;

/** Whether the clause tells what a side's acts are for, in the present (ACTS_PURPOSE_NOW), read only where " to " is. */
function purposeOfActsNow(clause: string): boolean {
  return clause.includes(' to ') && ACTS_PURPOSE_NOW.test(clause);
}

/**
 * A conclusion drawn from what was seen, in the present: "this suggests that the bridge is being
 * repaired", "this indicates the militia is regrouping", "the pattern points to a wider campaign", "such
 * moves signal …" (not "the records show 300 people were killed", a count told; nor "the images
 * suggested …", told in the past; evidence named as such, "these images suggest …", is cited, and
 * evidenceCited reads it first).
 */
const INFERRED_FROM_SIGNS =
  /^\W*(?:that\s+)?(?:this|it|(?:these|those|such|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:observations|images|imagery|movements|signs|findings|developments|patterns?|moves|preparations|indications|activit(?:y|ies)))\s+(?:\w+ly\s+|also\s+|only\s+)?(?:suggests?|indicates?|points?\s+to|hints?\s+at|signals?)\b/iu;

/** Words one of which every alternative of INFERRED_FROM_SIGNS holds. */
const SIGNS_CUE = new CueWords(/suggest|indicat|point|hint|signal/i);

/** Whether the clause draws a conclusion from signs (INFERRED_FROM_SIGNS) and gives no count. */
function inferredFromSigns(clause: string): boolean {
  return SIGNS_CUE.test(clause) && INFERRED_FROM_SIGNS.test(clause) && !/\d/.test(clause);
}

/**
 * A judgement of how something has been, the copula in the perfect: "the talks have been productive and
 * frank", "the response has been united and resolute", "it has been very difficult" (not "the port has
 * been closed", a happening; nor "there has been a significant attack", what is there).
 */
const JUDGED_SO_FAR = new RegExp(
  String.raw`^\W*(?:that\s+)?(?!(?:that\s+)?there\b)(?:[\p{L}’'“”"-]+\s+)${SUBJECT_SPAN}(?<!\bthere\s+)(?:has|have)\s+(?:(?:\w+ly|also|so\s+far|always)\s+)?been\s+(?:not\s+)?(?:${JUDGEMENT}|[“"‘]?(?:united|unanimous|resolute|firm|strong|robust|swift|measured|clear)\b)`,
  'iu',
);

/** Whether the clause judges how something has been (JUDGED_SO_FAR), read only where " been " is. */
function judgedSoFar(clause: string): boolean {
  return clause.includes(' been ') && JUDGED_SO_FAR.test(clause);
}

/**
 * What something is, in the present, rather than what happened: "Sylvania is a critical partner",
 * "Freedonia is a small country", "the deployment is Fredonburg's decision", and with "is" contracted,
 * "it’s a strange time", "she’s a nurse", "the influx is yet another burden" (not "there is a …", "there’s a …", nor "among them is a …",
 * which name what is present).
 */
const DESCRIPTION = new RegExp(
  String.raw`^\W*(?!(?:that\s+)?[“"]?(?:there|here|among)\b)(?:that\s+)?[“"]?(?:(?:[\p{L}’'-]+\s+)${SUBJECT_SPAN}(?:is|are)|(?:it|this|that|he|she)['’]s)\s+(?:\w+ly\s+)?(?:a|an|only|(?:yet\s+)?another|\p{L}+['’]s)\s`,
  'iu',
);

/**
 * What something still is, in the present, rather than what happened: "Sylvania remains Freedonia's ally,
 * a close state", "the port remains a target", "it remains an open question" (not "there remains a
 * risk", which names what is present; nor "the town remains under siege", "the toll remains at 40",
 * which tell how things stand in fact).
 */
const REMAINS_DESCRIBED = new RegExp(
  String.raw`^\W*(?!(?:that\s+)?[“"]?(?:there|here|among)\b)(?:that\s+)?[“"]?(?:[\p{L}’'-]+\s+)${SUBJECT_SPAN}remains?\s+(?:\w+ly\s+|still\s+)?(?:a|an|(?:yet\s+)?another|\p{L}+['’]s)\s`,
  'iu',
);

/**
 * What something goes on being, in the present, as REMAINS_DESCRIBED reads "remains a": "the port continues
 * to be a lifeline for the island", "Sylvania continues to be a reliable partner", "the community continues
 * to be a source of strength" (not "the bridge continues to be closed", "continues to be shelled", which tell
 * how things stand in fact; nor "there continues to be a risk").
 */
const CONTINUES_DESCRIBED = new RegExp(
  String.raw`^\W*(?!(?:that\s+)?[“"]?(?:there|here|among)\b)(?:that\s+)?[“"]?(?:[\p{L}’'-]+\s+)${SUBJECT_SPAN}continues?\s+to\s+be\s+(?:\w+ly\s+|still\s+)?(?:a|an|(?:yet\s+)?another|one\s+of|\p{L}+['’]s)\s`,
  'iu',
);

/** Whether the clause tells what something goes on being (CONTINUES_DESCRIBED), read only where "to be" is. */
function continuesDescribed(clause: string): boolean {
  return clause.includes('to be ') && CONTINUES_DESCRIBED.test(clause);
}

/** Whether the clause tells what something still is (REMAINS_DESCRIBED), read only where "remain" is. */
function remainsDescribed(clause: string): boolean {
  return clause.includes('remain') && REMAINS_DESCRIBED.test(clause);
}

/**
 * The state of things as the subject of the clause, which describes how things stand rather than tells a
 * happening: "the situation on the border remains tense", "the humanitarian situation in the region was
 * catastrophic", "the security situation had improved", "the mood in the capital is gloomy", "conditions
 * in the camps are appalling" (not "the situation room was evacuated", nor "conditions were attached to
 * the loan", nor "weather conditions have impeded the transport", which tell: after "has" only a change
 * of state describes).
 */
export const STATE_OF_THINGS =
  /^\W*(?:that\s+)?(?:the\s+|its\s+|their\s+|our\s+)?(?:[\p{L}-]+\s+){0,2}?(?:situation|atmosphere|mood|outlook|(?<=\b(?:living|humanitarian|sanitary|security|economic)\s+)conditions|conditions(?=\s+(?:in|at|inside|on)\s))\s+(?:(?:in|on|at|along|across|around|inside|near|for|of|within)\s+[^,;]{1,60}?\s+)?(?:(?:still|now|also|generally)\s+)?(?:is|are|was|were|remains?|remained|seems?|seemed|appears?|appeared|looks?|looked|continues?|continued|stays?|stayed|becomes?|became|grows?|grew|getting|got|(?:has|have|had)\s+(?:\w+ly\s+)?(?:been|become|grown|gotten|remained|improved|worsened|deteriorated|changed|stabili[sz]ed|eased|calmed))\b/iu;

/**
 * A condition of a place or of people said to be there, which describes how things stand: "there are huge
 * crowds at the registration centres", "there is congestion at the crossing", "there was panic in the
 * streets" (not "there were protests", "there are troops in the town", which tell what is there).
 */
const CONDITION_THERE =
  /^\W*(?:that\s+)?(?:and\s+)?(?:of\s+course\s+)?there\s+(?:is|are|was|were)\s+(?:(?:\w+ly|still|also|now)\s+)?(?:(?:huge|long|large|massive|big|great|growing|real|considerable|much|a\s+lot\s+of|lots\s+of|a\s+great\s+deal\s+of)\s+)*(?:congestion|crowds|queues|chaos|confusion|panic|uncertainty|tension|anxiety|calm|despair|frustration|exhaustion)\b/iu;

/**
 * Words one of which every alternative of STATE_OF_THINGS holds, read with its flags: "situation",
 * "atmosphere", "mood", "outlook", "conditions"; test/assemble/stance-cues.test.ts holds the list to the pattern.
 */
export const STATE_CUE = new CueWords(/situation|atmosphere|mood|outlook|conditions/iu);

/**
 * Prospects judged: "the bill had a good chance of passing", "the opposition has little chance of
 * winning", "the prospects for a deal were dim", "chances of a settlement remain slim", and a prospect
 * told as there: "there is now a historic opportunity", "There is a hope for some positive dynamics",
 * "there is a real chance of peace", "there is a much greater chance of peace", its degree before its
 * word (not "there is no chance …", a prospect denied), or told as still there: "the opportunity to reach a
 * political solution still exists", "a chance for peace remains open" (not "the ferry service still exists").
 */
export const PROSPECT =
  /\bthere\s+(?:is|are|was|were)\s+(?:now\s+|still\s+|also\s+)?(?:an?\s+|some\s+)?(?!(?:no|not|little)\b)(?:(?:much|far|even|very|considerably|significantly)\s+)?(?:[\p{L}-]+\s+)?(?:opportunit(?:y|ies)|hope|chances?|possibilit(?:y|ies)|prospects?)\b|\b(?:little|no|some|every|a\s+(?:good|real|fair|slim|strong|high)|slim|small|good|high)\s+chances?\s+of\s+\p{Ll}+ing\b|\b(?:prospects?|chances)\s+(?:(?:for|of)\s+[^,;]{1,60}?\s+)?(?:is|are|was|were|remain(?:s|ed)?|look(?:s|ed)?|seem(?:s|ed)?)\s+(?:\w+ly\s+)?(?:dim|bleak|good|poor|slim|bright|remote|uncertain|promising|high|low|small)\b|^\W*(?:that\s+)?(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+)?(?:opportunit(?:y|ies)|chances?|possibilit(?:y|ies)|prospects?|hopes?)\s+(?:(?:of|for|to)\s+[^,;]{1,80}?\s+)?(?:still\s+|also\s+|now\s+)?(?:exists?|existed|remains?\s+(?:open|alive|real))\b/iu;

/** Words one of which every alternative of PROSPECT holds, read with its flags (test/assemble/stance-cues.test.ts). */
export const PROSPECT_CUE = new CueWords(/chance|prospect|opportunit|hope|possibilit/iu);

/**
 * A trend told with no figure: "the number of clashes had decreased", "the intensity of the fighting has
 * eased", "the pace of arrivals slowed", "the numbers are increasing", "the needs are also growing" (a figure given, "the number of refugees has risen to 100,000",
 * "the number of dead rose by two", is told; see trendWithoutFigure).
 */
const TREND =
  /^\W*(?:that\s+)?(?:the\s+|its\s+|their\s+)?(?:overall\s+|total\s+)?(?:(?:number|level|scale|intensity|frequency|pace|rate|volume|amount)\s+of\s+[^,;]{1,60}?|(?:numbers|needs))\s+(?:(?:has|have|had)\s+(?:been\s+)?|(?:is|are|was|were)\s+(?:(?:\w+ly|also|still)\s+)*)?(?:\w+ly\s+)?(?:increased|decreased|risen|rose|fallen|fell|dropped|declined|grown|grew|doubled|tripled|slowed|eased|diminished|surged|soared|plummeted|shrunk|shrank|reduced|increasing|decreasing|rising|falling|dropping|declining|growing|slowing|easing|diminishing|surging|soaring)\b/iu;

/** Whether the clause tells a trend (TREND) and gives no figure: a trend with a figure reports the figure. */
function trendWithoutFigure(clause: string): boolean {
  return TREND.test(clause) && !QUOTED_AMOUNT.test(clause);
}

/**
 * A wish disowned, the speaker's or another's, which asks nothing of anyone and tells no happening:
 * "Sylvania did not want the talks to succeed", "we don't want war", "they never wanted to leave", "it had no
 * interest in a war", "we have no desire to stay", "they are not interested in talks".
 */
export const WISH_DISOWNED = /\b(?:(?:does|do|did)\s+not|(?:doesn|don|didn)['’]t|never)\s+(?:\w+ly\s+)?want(?:s|ed)?\b|\b(?:has|have|had)\s+no\s+(?:\w+\s+)?(?:interest|desire|wish)\s+(?:in|to)\b|\b(?:is|are|was|were)\s+not\s+interested\s+in\b/i;

/** Words one of which every alternative of WISH_DISOWNED holds, read with its flags (test/assemble/stance-cues.test.ts). */
export const WISH_CUE = new CueWords(/want|interest|desire|wish/i);

/**
 * An absence judged, not a lack told: "there is no military solution", "there was no alternative to
 * talks", "there is no reason to reject …", "there is no point in waiting", "there is no room for
 * compromise", "there seems to be no end in sight to the crisis" (an end judged out of sight, as seeming or
 * not), a side's own "sees no reason to reject the offer", "has had no reason to refuse" (not "there
 * is no doubt that …", which affirms, nor "sees no reason to doubt …"; nor "there is no electricity", "there
 * were no casualties", what is missing told).
 */
const NO_WAY_JUDGED =
  /^\W*(?:that\s+)?(?:[“"‘]\s*)?there\s+(?:is|was|are|were|remains|(?:seems?|seemed|appears?|appeared)\s+to\s+be)\s+(?:still\s+)?no\s+(?:[\p{L}-]+\s+)?(?:solution|alternative|way\s+(?:out|forward|back|around)|reason|point|sense|room|place|substitute|shortcut|justification|excuse|end\s+in\s+sight)\b|^\W*(?:that\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:sees?|saw|has|have|had|finds?|found)\s+(?:had\s+)?(?:[“"‘]\s*)?no\s+(?:[\p{L}-]+\s+)?(?:reason|point|sense|justification)\s+(?:to|in)\s+(?!doubt|question|disput|believ)/iu;

/**
 * Contact kept, told as the state of things rather than as a happening: "it was in contact with the
 * tanker", "close communication with all parties", "is coordinating with the Red Cross", "we are in
 * close dialogue with the port authorities".
 */
export const IN_CONTACT = /\b(?:in\s+(?:\w+\s+){0,2}?(?:contact|touch|communication|dialogue)|coordinating)\s+with\b|\b(?:close|constant|regular|direct|continuous)\s+(?:contact|communication|coordination|dialogue)\s+with\b/i;

/** Both alternatives of IN_CONTACT end in "with": a clause without it cannot match. */
export const IN_CONTACT_CUE = new CueWords(/with/i);

/**
 * The bond between sides described, not a happening: "the strong fraternal ties between …", "its
 * increasingly close ties with …", "brotherly regard", "relations are reaching their historic peak",
 * "cooperation between them has (or, reported, had) significantly strengthened", "relations … have developed in all aspects",
 * "relations were at their lowest point", "has always been a supporter of its actions", "have long been allies of",
 * "relations between them have a special character", "ties had taken on a trusting and friendly character" (not "the
 * talks had a technical character", talks being no bond), "Sylvania remains our ally", "they are our closest partners"
 * (a side held as one's own ally; not "our ally was attacked", "our partners are sending aid", nor "was our friend's
 * son", a bond's act or a person named by it).
 */
export const TIES_DESCRIBED =
  /\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+|always\s+)?(?:our|my)\s+(?:[\p{L}-]+\s+){0,2}?(?:all(?:y|ies)|partners?|friends?)\b(?![’'-])(?!,?\s+(?:and|but|which|who)\b)|\b(?:has|have|had)\s+(?:always|long)\s+been\s+(?:an?\s+|the\s+)?(?:\p{Ll}+\s+)?(?:supporters?|all(?:y|ies)|friends?|partners?|backers?|champions?)\s+of\b|\b(?:close|closer|strong|stronger|fraternal|brotherly|friendly|warm|deep|deepening|growing|good)\s+(?:[\p{L}-]+\s+)?(?:ties|relations|relationship|friendship|bonds?|regard)\b|\b(?:ties|relations|relationship|cooperation|partnership)\s+(?:[\p{L}-]+\s+){0,6}?(?:has|have|had)\s+(?:\p{L}+ly\s+)?(?:strengthened|deepened|grown|improved|developed)\b|\b(?:reach\w*|at)\s+(?:their|its|a)\s+(?:historic|all-time|highest|lowest)\s+(?:peak|high|low|level|point|ebb)\b|\b(?:ties|relations|relationship|cooperation|partnership)\s+(?:[\p{L}-]+\s+){0,6}?(?:has|have|had)\s+(?:(?:\p{L}+ly|now|also)\s+)?(?:(?:taken\s+on|acquired|assumed)\s+)?(?:an?|the)\s+(?:[\p{L}-]+,?\s+){0,4}?(?:character|nature)\b/iu;

/**
 * Words one of which every alternative of TIES_DESCRIBED holds, read with its flags: the bonds ("ties",
 * "relation(s, ship)", "friend(ship)", "bond", "regard", "cooperation", "partner(ship)", "supporter",
 * "ally", "allies", "backer", "champion") and the heights
 * ("historic", "all-time", "highest", "lowest"). test/assemble/stance-cues.test.ts holds the list to TIES_DESCRIBED.
 */
export const TIES_CUE = new CueWords(/ties|relation|friend|bond|regard|cooperation|partner|supporter|all(?:y|ies)|backer|champion|historic|all-time|highest|lowest/iu);

/**
 * The words a clause must hold, besides a literal, before some patterns of CHARACTERISATION are tried:
 * their literal (" a", "the ", " of ") is in most clauses, and these words in few. Each holds wherever
 * its pattern does (test/assemble/stance-cues.test.ts).
 */
const SUPERLATIVE_MEASURE = new CueWords(/seen|known|experienc|witness|faced|been|centur|decade|year|generation|memory|history|lifetime|ever|record/iu);
const OUTCOME_READ = new CueWords(/message|sign|lesson|mistake|wake-up|turning/iu);
const PERSON_NAMED = new CueWords(/leader|politician|statesman|negotiator|partner|ally|friend|man|woman|person|figure|diplomat/iu);
const LAWFUL_MEASURE = new CueWords(/law|constitution|charter|obligation|norm/iu);
const VIEW_VERB = new CueWords(/see|saw|view|regard|consider/iu);
const STATUS_VERB = new CueWords(/consider|deem|recogni|classified|treated|registered/iu);
const LAW_NOUN = new CueWords(/constitution|law|legislation|charter/iu);
const ONLY_OR_BEST = new CueWords(/only|best|right|wrong|correct|main|key|sole|most|est/iu);
const WAY_NOUN = new CueWords(/way|option|solution|path|road|choice|decision|step|alternative|answer|means|priority|guarant|approach|course/iu);
const WEIGHT_NOUN = new CueWords(/importance|significance|interest|value/iu);

/** A cue of CHARACTERISATION: a literal the clause must hold, with words (above) it must hold too. */
export interface LiteralWithWords {
  literal: string;
  words: readonly CueWords[];
  test(clause: string): boolean;
}

function literalWith(literal: string, ...words: CueWords[]): LiteralWithWords {
  return { literal, words, test: (clause) => clause.includes(literal) && words.every((cue) => cue.test(clause)) };
}

/**
 * A state assessed, a person or an outcome characterised, or a state compared with the past, rather than
 * a happening told; each pattern with the literal a clause must hold before it is tried:
 * - a superlative against history: "the floods were the worst the region had seen", "prices are the
 *   highest in a decade" (not "the worst attack since May killed 20", a happening told with its rank);
 * - potential judged: "trade had enormous potential";
 * - an outcome read as a message or a lesson: "the result was a clear message from voters", "the vote
 *   was a sign of growing anger" (not "it was a drone attack", "the target was a weapons depot", nor
 *   "there was a signal failure", whose noun names a thing; "a test" is left out: "the launch was a test
 *   of a new missile" tells one);
 * - a person characterised: "the president was a pragmatic leader" (not "he was a member of the unit");
 * - what something reflects: "the decision reflected growing frustration" (not "reflected on", a pondering);
 * - pressure borne: "the leader was under pressure from hardliners" (not "came under fire", an attack);
 * - trust lost: "the governor had lost the trust of the people" (not "had lost control of the town");
 * - an agenda's contents, or needs and priorities listed: "the agenda of the meeting included energy
 *   security", "the most urgent needs included shelter", "the most urgent needs are shelter and food";
 * - a law judged, or an act judged lawful: "the law was unconstitutional", "their cooperation conforms
 *   with international law", "the move is consistent with the charter" (not "the strikes were carried
 *   out in accordance with international law", a happening told with its warrant);
 * - an act read as a kind of act: "the strikes represented a resolute response", "the vote represented a
 *   major setback" (not "the delegates represented 40 countries");
 * - a meaning denied: "the truce does not mean the war is over", "the visit doesn't necessarily mean a change";
 * - a matter of principle, time or honour: "it was a matter of principle to help" (not "as a matter of
 *   urgency, troops were sent", an adverb of a happening told);
 * - a view of what something is: "Sylvania sees the pact as a betrayal", "the move was widely seen as a
 *   warning", "they consider the vote as void" (not "we see that the needs are huge", what is seen; nor "saw
 *   as many as 300", an amount; nor "saw the ship as it sank", a happening watched);
 * - a status given, in law or by a side: "the captives are considered citizens", "the islanders are recognised
 *   as Sylvanian nationals", "under the constitution the sailors are regarded as residents" (the README's legal
 *   classification; not "the crew were deemed safe" nor "were considered missing", a state told; nor "the ships
 *   will be considered targets", a status foretold, which is a threat or a promise and is read before this);
 *   so is a status the law gives, told after it: "under the charter, they are our citizens", "according to
 *   the law, the islands are a free zone" (not "under the law, the troops withdrew", a happening);
 * - the only or the best way: "dialogue is the only way to …", "talks remain the best option", "this is the
 *   right decision", "the detour was the quickest way to …" (not "the target was the main radar site", which
 *   names a thing; nor "the strike was the latest step in …", which places a happening in its series);
 * - importance weighed: "the treaty is of great importance", "the port plays a key role in …", "the deal is in
 *   the interests of both sides" (not "interest rates", a thing; nor "the sappers have played a vital role in
 *   clearing the area", a part in a happening told);
 * - a capability described: "the group remains capable of striking ships", "the navy has the capability to
 *   …" (not "the shelter has the capacity to house 2,000 people", a size told);
 * - a possibility seen: "Fredonburg sees the possibility of entering into talks", "we see a real chance for peace"
 *   (not "saw an opportunity to strike", what the seer then did; nor "sees no possibility", which denies);
 * - a first or a turning point: "it was the first time since 1994 that …", "the visit marks a new chapter",
 *   "the vote marked a turning point" (not "for the first time, troops crossed", a happening told with its
 *   rank; nor "marks the 14th attack", a count).
 */
export const CHARACTERISATION: readonly [string | LiteralWithWords, RegExp, boolean?][] = [
  [literalWith('st ', SUPERLATIVE_MEASURE), /\b(?:is|are|was|were|remains?|remained)\s+(?:the|its|their)\s+(?:\p{Ll}{3,}est|best|worst|most\s+\p{Ll}+)\s+(?:(?:the|it|they|this|that|anyone|we|i|[\p{Ll}-]+)\s+(?:[\p{L}-]+\s+){0,2}?(?:has|have|had)\s+(?:ever\s+)?(?:seen|known|experienced|witnessed|faced|been)\b|(?:in|for|of)\s+(?:(?:over|more\s+than|almost|nearly|at\s+least)\s+)?(?:a|the|\w+)\s+(?:\w+\s+)?(?:century|centuries|decades?|years?|generations?|memory|history|lifetime)\b|ever\b|on\s+record\b|since\s+records\s+began\b)/iu],
  ['potential', /\b(?:has|have|had|holds?|held)\s+(?:(?:an?|the)\s+)?(?:\w+ly\s+)?(?:enormous|great|huge|vast|real|considerable|untapped|significant|tremendous|big|immense|much|little|no)\s+(?:[\p{L}-]+\s+)?potential\b/iu],
  [literalWith(' a', OUTCOME_READ), /(?<!\bthere\s+)\b(?:is|are|was|were)\s+(?:(?:also|only|just)\s+)?an?\s+(?:[\p{L}-]+\s+){0,2}?(?:message|signal|sign|lesson|mistake|wake-up\s+call|turning\s+point)(?=\s+(?:from|to|for|of|that|in|about)\b|\s*(?:[,.;:!”"’]|$))/iu],
  [literalWith(' a', PERSON_NAMED), /\b(?:is|was)\s+(?:(?:also|still)\s+)?an?\s+(?:\w+ly\s+)?(?:pragmatic|reliable|trusted|strong|weak|capable|shrewd|seasoned|experienced|skilled|skilful|charismatic|popular|unpopular|honest|decent|ruthless|cautious|moderate|tough|good|great|true|able|clever|wise|hard-line|hardline)\s+(?:leader|politician|statesman|negotiator|partner|ally|friend|man|woman|person|figure|diplomat)\b/iu],
  ['reflect', /^\W*(?:that\s+)?(?:[\p{L}’'-]+\s+){1,5}?(?:\w+ly\s+)?(?:reflects|reflected|(?:has|had)\s+reflected)\s+(?!on\b|upon\b)/iu, true],
  ['pressure', /\b(?:is|are|am|was|were|remains?|remained|been)\s+(?:\w+ly\s+)?under\s+(?:(?:growing|mounting|increasing|heavy|intense|enormous|great|strong|considerable|political|international|domestic|huge)\s+)?pressure\b/iu],
  ['lost', /\b(?:has|have|had)\s+(?:\w+ly\s+)?lost\s+(?:the|its|their|his|her|all|any|much\s+of\s+(?:the|its|their|his|her))\s+(?:\w+\s+)?(?:trust|faith|respect|credibility|legitimacy|goodwill)\b/iu],
  ['agenda', /\bagenda\b[^.;]{0,60}?\b(?:includes?|included|covers?|covered|features?|featured)\b/iu],
  ['needs', /\bneeds\s+(?:[^.;]{1,40}?\s+)?(?:includes?|included)\b|\b(?:urgent|pressing|immediate|main|biggest|greatest|basic)\s+needs\s*(?::|(?:are|were|remain)\s)/iu],
  ['priorities', /\bpriorities\s+(?:[^.;]{1,40}?\s+)?(?:includes?|included)\b/iu],
  [literalWith(' with ', LAWFUL_MEASURE), /\b(?:conforms?|conformed|complies|complied|(?:is|are|was|were|remains?)\s+(?:\w+ly\s+)?(?:consistent|in\s+line|in\s+accordance|in\s+compliance|compatible|in\s+keeping))\s+with\s+(?:(?:international|national|the|its|their)\s+)?(?:\w+\s+)?(?:law|laws|constitution|charter|obligations|norms)\b/iu],
  ['constitutional', /\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:not\s+)?(?:unconstitutional|constitutional)\b/iu],
  ['represent', /\brepresent(?:s|ed)\s+an?\s+(?:[\p{L}-]+\s+){0,4}?(?:response|reaction|step|move|victory|success|failure|setback|blow|breakthrough)\b/iu],
  ['mean', /^\W*(?:that\s+)?(?:[\p{L}’'-]+\s+){1,10}?(?:(?:does|do|did)\s+not|(?:doesn|don|didn)['’]t)\s+(?:\w+ly\s+)?mean\b/iu],
  ['matter of', /\b(?:is|are|was|were|remains?|remained)\s+(?:(?:only|just|simply|purely|also|still|not)\s+)*a\s+matter\s+of\b/iu],
  [literalWith('ed ', STATUS_VERB), /\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:(?:considered|deemed)\s+(?:(?:an?|the|our|their|its)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+|(?:[\p{L}-]+\s+){0,2}?\p{Ll}+[^\Wsu]s)\b|(?:recogni[sz]ed|classified|treated|registered)\s+as\s+(?!(?:many|much|well|soon|long|far|of|if|though|such)\b))/iu],
  [literalWith(', ', LAW_NOUN), /\b(?:under|according\s+to|per)\s+[^,;.]{0,60}?\b(?:constitution|law|laws|legislation|charter)\b[^,;.]*,\s+(?:[\p{L}’'-]+\s+){1,4}?(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:an?|the|our|their|its|his|her)\s+[\p{L}-]+/iu],
  [literalWith(' as ', VIEW_VERB), /^\W*(?:that\s+)?(?:[\p{L}’'-]+\s+){1,4}?(?:\w+ly\s+|also\s+|now\s+)?(?:see|sees|saw|view|views|viewed|regard|regards|regarded|consider|considers|considered)\s+(?!as\s+(?:many|much|few|little)\b)(?:[\p{L}’'-]+\s+){1,6}?as\s+(?!(?:many|much|few|little|well|soon|long|far|of|if|though|it|he|she|they|we|i|you)\b)|\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:seen|viewed|regarded|considered)\s+as\s+(?!(?:many|much|well|soon|long|far|of|if|though)\b)/iu],
  [literalWith('the ', ONLY_OR_BEST, WAY_NOUN), /\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+|also\s+|not\s+)?the\s+(?:only|best|right|wrong|correct|main|key|sole|most\s+(?:important|effective|realistic|reasonable|viable)|(?!(?:latest|earliest|newest)\b)\p{Ll}{3,}est)\s+(?:[\p{L}-]+\s+)?(?:way|option|solution|path|road|choice|decision|step|alternative|answer|means|priority|guarantee|guarantor|approach|course)\b/iu],
  [literalWith(' of ', WEIGHT_NOUN), /\b(?:is|are|was|were|remains?)\s+(?:\w+ly\s+|also\s+|still\s+)?of\s+(?:great|particular|special|vital|crucial|utmost|paramount|key|critical|enormous|huge|little|no|major|strategic|fundamental)\s+(?:importance|significance|interest|value)\b/iu],
  ['role', /(?<!\b(?:has|have|had)\s+)\bplays?\s+(?:an?|the)\s+(?:\w+ly\s+)?(?:key|important|crucial|vital|major|significant|decisive|leading|central|essential|positive|constructive|stabili[sz]ing|pivotal|special|big|huge|great)\s+role\b/iu],
  ['interest', /\b(?:is|are|was|were|be)\s+(?:not\s+)?(?:\w+ly\s+)?in\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,3}?interests?\b(?!\s+(?:rates?|payments?)\b)/iu],
  ['capab', /\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+|also\s+|not\s+|fully\s+)?(?:capable|incapable)\s+of\b|\b(?:has|have|had|retains?|retained|possess(?:es|ed)?)\s+(?:(?:the|a|an|its|their)\s+)?(?:\w+\s+)?(?:capability|capabilities)\s+to\b/iu],
  ['first time', /\b(?:is|was|marks|marked|(?:has|had)\s+marked)\s+(?:also\s+|only\s+)?the\s+first\s+time\b/iu],
  ['see', /\b(?:see|sees)\s+(?:(?:a|an|the|some|real|good|every)\s+)?(?:(?!(?:no|little|not)\b)\w+\s+)?(?:possibility|chance|prospects?|opportunity|window)\s+(?:of|for|to)\b/u],
  ['mark', /\bmark(?:s|ed)?\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:turning\s+point|milestone|watershed|(?:new|next)\s+(?:chapter|stage|era|phase|page|level)|shift|departure|breakthrough)\b/iu],
];

/**
 * Whether the clause assesses, characterises or compares a state (CHARACTERISATION); what reflects a
 * figure ("the rise reflected 300 new arrivals") still reports it.
 */
function characterises(clause: string): boolean {
  return CHARACTERISATION.some(([cue, pattern, figureTells]) => (typeof cue === 'string' ? clause.includes(cue) : cue.test(clause)) && pattern.test(clause) && !(figureTells === true && QUOTED_AMOUNT.test(clause)));
}

/**
 * A predicate hedged as only possible, or an impression given: "was “potentially targeted”", "the
 * strike possibly killed …", "Perhaps they were misled", "the opposition seemed determined", "it looked
 * like a war zone", "it felt like an earthquake", "it sounded as if …" (not "sent 300 troops and
 * possibly more", a hedge on an amount; nor "likely", "allegedly", "apparently", "appears to have
 * sent", "seems to have started", "it seems that …", which still tell what the speaker takes to have
 * happened; nor "appeared on radar", a happening).
 */
const HEDGE =
  /\b(?:(?:is|are|was|were|has|have|had)\s+(?:been\s+)?)?(?:potentially|possibly|perhaps|maybe|conceivably)\s+(?:\p{L}+ed|is|are|was|were|has|have|had|be|been)\b|^\W*(?:that\s+)?(?:perhaps|maybe|possibly)\b|\b(?:seem(?:s|ed)?\s+(?!to\b|that\b)|(?:look|sound|appear)(?:s|ed)?\s+(?:like|as\s+if|as\s+though)\b|fe(?:el|els|lt)\s+(?:like|as\s+if|as\s+though)\b)/iu;

/**
 * Letters one of which every word of HEDGE holds, in any case, so a clause without them has no hedge:
 * "bly" of "possibly" and "conceivably", "perhap" of "perhaps", "eem" of "seem", "like", "if",
 * "though". (No "s": HEDGE, case-insensitive with Unicode, also takes the long "ſ" for one.)
 */
const HEDGE_WORD = new CueWords(/potentially|bly|perhap|maybe|eem|like|if|though/i);

/**
 * Whether the clause's first predicate is hedged (HEDGE), not a later one ("was hit and possibly
 * damaged", "left the port, which was possibly mined").
 */
function hedged(clause: string): boolean {
  // Most clauses hold no hedge word: looked for first, before the possessives are blanked.
  if (!HEDGE_WORD.test(clause)) return false;
  const plain = withoutPossessives(clause);
  const hedge = HEDGE.exec(plain);
  if (!hedge) return false;
  const before = plain.slice(0, hedge.index);
  return !TELLS_WHAT_IS.test(before) && !PAST_VERB.test(before);
}

/**
 * A feeling the speaker or the side reported has about what happened, not a report of it: "we regret
 * that the talks failed", "it deeply regretted the decision", "we appreciate their help" (not "they
 * regretted nothing and fought on", whose feeling is itself a happening told of another; read only at the
 * head of the clause).
 */
const FEELING_TOLD = /^\W*(?:that\s+)?(?:i|we|he|she|they|it)\s+(?:\w+ly\s+|also\s+)?(?:regret(?:s|ted)?|appreciate[sd]?)\s+(?!nothing\b)/i;

/**
 * The speaker's own side, named first, with the feeling it has about what others did: "(Berg said)
 * Freedonia appreciated the fact that Sylvania did not interfere", "(the minister said) Sylvania appreciates
 * the mediators' efforts", "Freedonia regretted that the talks had failed", "Freedonia welcomed the
 * decision" (not "welcomed 3,000 refugees" or "welcomed the refugees", people taken in; nor "the currency
 * appreciated against the dollar"). The side's own courtesy or regret, as "we appreciate" is.
 */
const OWN_SIDE_FEELING =
  /^\W*(?:that\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,4}?(?:\w+ly\s+|also\s+)?(?:(?:appreciate[sd]?|regret(?:s|ted)?)(?!\s+(?:against|by|nothing)\b)|welcome[sd]?\s+(?:(?:the|this|that|these|its|their|all|any)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:news|decision|efforts?|moves?|steps?|statements?|announcement|agreement|initiatives?|proposals?|ceasefire|truce|release|resolution|outcome|results?|readiness|progress|fact|talks|dialogue|visit)\b|welcome[sd]?\s+that\b)/u;

/** Whether the speaker's own side, named first, tells its feeling (OWN_SIDE_FEELING), read only where a word of it is. */
export function ownSideFeelingTold(clause: string, speaker: StanceSpeaker): boolean {
  return speaker.ownSideFirst === true && /appreciat|regret|welcom/i.test(clause) && OWN_SIDE_FEELING.test(clause);
}

/** What happens as a rule, not what happened: "are often sent into battle", "usually travel at night", "tend to". */
const HABIT = /\b(?:often|usually|generally|typically|normally|tends?\s+to|tended\s+to)\b/i;

/**
 * What someone was told or led to believe, which the clause does not affirm: "he was told he had fought
 * against Sylvanian troops", "his officers made him think …", "was misled into believing …".
 */
export const TOLD_TO_BELIEVE =
  /\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:also\s+)?(?:told|misled|deceived|led\s+to\s+believe|made\s+to\s+believe)\b|\bmade\s+(?:him|her|them|me|us)\s+(?:think|believe)\b/i;

/** Words one of which every alternative of TOLD_TO_BELIEVE holds, read with its flags (test/assemble/stance-cues.test.ts). */
export const BELIEF_CUE = new CueWords(/told|misled|deceived|believe|think/i);

/**
 * Whether something is up to a task, judged: "the old alliances are not enough to ensure our security", "the
 * aid is insufficient to meet the needs", "funding was not adequate to cover the winter", "two battalions
 * were enough to hold the line" (not "there was not enough water", a shortage told).
 */
const SUFFICIENCY_JUDGED =
  /^\W*(?!(?:that\s+)?(?:there|here)\b)(?:that\s+)?(?:[\p{L}’'“”"-]+\s+){1,16}?(?:is|are|was|were|remains?|remained|(?:has|have)\s+been|seems?|seemed)\s+(?:(?:not|still|simply|clearly|hardly|far\s+from|no\s+longer)\s+)*(?:enough|sufficient|insufficient|adequate|inadequate)\b/iu;

/** Whether the clause judges whether something suffices (SUFFICIENCY_JUDGED), read only where "enough", "sufficient" or "adequate" is. */
function sufficiencyJudged(clause: string): boolean {
  return /enough|sufficient|adequate/i.test(clause) && SUFFICIENCY_JUDGED.test(clause);
}

/**
 * What country a ship or a target is of, a side's claim about what it struck or will strike: "the
 * targeted ship was American", "the vessel is British-owned", "both tankers were Liberian-flagged" (not
 * "the ship was Hit by …", "the target was MV Rubymar's cargo hold", nor "the crew were Filipino": only
 * a ship or a target, and one capitalised word that ends the clause).
 */
export const TARGET_OF_A_COUNTRY =
  /^\W*(?:that\s+)?(?:[\p{L}’'-]+\s+){0,5}?(?:ships?|vessels?|tankers?|freighters?|carriers?|boats?|targets?)\s+(?:is|are|was|were)\s+(?:also\s+|both\s+)?\p{Lu}\p{Ll}+(?:-(?:owned|flagged|linked|operated|affiliated|bound))?\s*(?:$|[,.;:)]|[”"’](?!\p{L})|and\b)/u;

/** Words one of which every clause of TARGET_OF_A_COUNTRY holds: the ship or the target (test/assemble/stance-cues.test.ts). */
export const TARGET_CUE = new CueWords(/ship|vessel|tanker|freighter|carrier|boat|target/i);

/** Whether the clause tells what country a ship or a target is of (TARGET_OF_A_COUNTRY). */
function targetOfACountry(clause: string): boolean {
  return TARGET_CUE.test(clause) && TARGET_OF_A_COUNTRY.test(clause);
}

/**
 * Whose ships an attack is aimed at, a side's claim about its targets (corpus README, twenty-second
 * batch): "the attack was targeting an American ship", "(claimed) to be targeting ships heading to
 * Sylvania", "they attack ships with ties to Sylvania" (not "we carried out an operation targeting a
 * Sylvanian ship", an attack told, "they attacked a Sylvanian tanker on Tuesday", a past attack, nor "we
 * will target ships bound for Sylvania", force promised; a ship of no country or tie, "targeting civilian
 * ships", is not named either).
 */
const TARGET_DESCRIBED = new RegExp(
  String.raw`^\W*(?:that\s+)?(?:to\s+be\s+|(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+(?:[\p{L}-]+\s+)?(?:attacks?|strikes?|operations?|assaults?)\s+(?:is|are|was|were)\s+|(?:[Tt]hey|[Ww]e|[Ii]t)\s+(?:only\s+)?)(?:targeting|target|targets|attack|attacks)\s+(?:only\s+)?(?:an?\s+|the\s+)?(?:\p{Lu}[\p{L}-]*\s+(?:ships?|vessels?|tankers?|boats?)\b|(?:ships?|vessels?|tankers?|boats?)\s+(?:with\s+(?:ties|links)\s+to|linked\s+to|tied\s+to|heading\s+(?:to|for)|bound\s+for|sailing\s+(?:to|for)|going\s+to|owned\s+by|affiliated\s+with|connected\s+(?:to|with))\b)`,
  'u',
);

/** Whether the clause tells whose ships an attack is aimed at (TARGET_DESCRIBED), read only where "target" or "attack" is. */
function targetDescribed(clause: string): boolean {
  return /target|attack/i.test(clause) && TARGET_DESCRIBED.test(clause);
}

/**
 * A degree or a quality of a condition named, with no verb: "(emphasizing) the inadequacy of medical
 * resources", "(highlighted) the severity of the victims' conditions", "(stressed) the gravity of the
 * situation" — the speaker weighs how things stand (not "the severity of the shelling forced them to flee",
 * a clause that tells; nor "the lack of medicine", "the scale of the losses", what is missing or how much).
 */
const DEGREE_NAMED =
  /^\W*(?:that\s+)?(?:the|its|their|our)\s+(?:[\p{L}-]+\s+)?(?:inadequacy|insufficiency|severity|gravity|seriousness|magnitude|fragility|precariousness|direness|enormity)\s+of\b/iu;

/** Words one of which every clause of DEGREE_NAMED holds. */
const DEGREE_CUE = new CueWords(/inadequacy|insufficiency|severity|gravity|seriousness|magnitude|fragility|precariousness|direness|enormity/i);

/** Whether the clause names a degree or a quality of a condition, with no verb (DEGREE_NAMED). */
function degreeNamed(clause: string): boolean {
  return DEGREE_CUE.test(clause) && DEGREE_NAMED.test(clause) && hasNoVerb(clause);
}

/**
 * A suspicion told as the clause's own verb, which affirms nothing: "(the command said) they suspected the
 * enemy was preparing another offensive", "(she said) the police suspect the fire was set" (not "they
 * suspect 3,000 more troops have been sent", a count, which the suspicion reports as a verb of estimating
 * does; nor "a suspected drone was shot down", a happening told).
 */
const SUSPICION_TOLD = /^\W*(?:that\s+)?(?:it|they|we|i|he|she|(?:the|its|our|their)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:\w+ly\s+|also\s+|now\s+)?(?:suspects?|suspected)\s+(?!of\b)/iu;

/** Whether the clause tells a suspicion and gives no count (SUSPICION_TOLD), read only where "suspect" is. */
function suspicionTold(clause: string): boolean {
  return clause.includes('suspect') && SUSPICION_TOLD.test(clause) && !QUOTED_AMOUNT.test(clause);
}

/**
 * A state of things said to have changed, often with its cause fronted: "(Due to events abroad,) Sylvania's
 * capabilities have changed", "the balance of power has shifted", "our priorities have changed", "the
 * situation has fundamentally changed" — an assessment of how things stand, not a happening told (not
 * "the route has changed", "the ship changed course", "the rules were changed", acts or things told).
 */
const STATE_CHANGED =
  /\b(?:capabilit(?:y|ies)|capacit(?:y|ies)|priorit(?:y|ies)|situation|circumstances|dynamics?|attitudes?|approach|balance\s+of\s+power|role|interests|calculus|realit(?:y|ies))\s+(?:has|have|had)\s+(?:\w+ly\s+|also\s+)?(?:changed|shifted)\b/iu;

/** Whether the clause says a state of things has changed (STATE_CHANGED), read only where "changed" or "shifted" is. */
function stateChanged(clause: string): boolean {
  return /changed|shifted/i.test(clause) && STATE_CHANGED.test(clause);
}

/**
 * A side's watch kept on how things go, kept going, or kept on what another side may do: "the ministry is
 * closely monitoring Freedonian military activities", "officials have been watching the situation", "we
 * continue to closely monitor the situation", "the ministry keeps following developments", "it is closely
 * monitoring the neighbour's possible provocations", "the coast guard is watching the rebels' moves", "we are
 * monitoring the possibility of cooperation between the two sides", "are monitoring possible arms cooperation" — a
 * posture described, no happening told
 * (not "we continue to follow the tanker", "the navy was tracking the vessel", a thing followed; nor "the
 * army keeps watching enemy movements and struck a convoy", an act told after it).
 */
const WATCH_KEPT =
  /^\W*(?:that\s+)?(?:[\p{L}’'-]+\s+){0,4}?(?:(?:continues?|continued|keeps?|kept)\s+(?:to\s+)?(?:\w+ly\s+)?(?:monitor|watch|follow|track|observ)(?:e|ing)?|(?:is|are|am|was|were|(?:has|have)\s+been)\s+(?:\w+ly\s+|also\s+|still\s+)?(?:monitoring|watching|following|tracking|observing))\s+(?:\w+ly\s+)?(?:the\s+|these\s+|all\s+|any\s+)?(?:[\p{L}’'-]+\s+){0,4}?(?:situation|developments|activit(?:y|ies)|movements|moves|events|matter|progress|provocations?|threats?|risks?|tensions|actions|possibility|possibilities|likelihood|prospects?|signs|cooperation(?=\s+(?:between|with|in|on)\b))\b(?![^.;]*\band\s+(?:then\s+)?(?:\w+ly\s+)?(?:\p{Ll}+ed|struck|shot|hit|sank|took|fired|seized|downed|caught|found)\b)/iu;

/** Whether the clause describes a watch kept (WATCH_KEPT), read only where a verb of watching is. */
function watchKept(clause: string): boolean {
  return /monitor|watch|follow|track|observ/i.test(clause) && WATCH_KEPT.test(clause);
}

/**
 * The grounds of the speaker's own judgement, given in the active: "(he added that) the agency based this
 * assessment on a new round of recruitment", "the mission based its estimate on satellite images" — what
 * a judgement rests on explained, as "the estimate is based on …" is (not "the company based its fleet in
 * the port", "based its troops on the island", a thing placed).
 */
const GROUNDS_GIVEN =
  /\bbased\s+(?:this|that|these|its|their|his|her|our|the)\s+(?:[\p{L}-]+\s+)?(?:assessments?|estimates?|conclusions?|judg(?:e)?ments?|forecasts?|findings?|projections?|analys[ie]s|calculations?|view|figures?|claims?)\s+(?:\w+ly\s+)?(?:on|upon)\b/iu;

/** Whether the clause gives the grounds of a judgement (GROUNDS_GIVEN), read only where "based" is. */
function groundsGiven(clause: string): boolean {
  return clause.includes('based') && GROUNDS_GIVEN.test(clause);
}

/**
 * A cause or a purpose read into what the writer tells, rather than a happening: "the losses were largely
 * attributable to poor training", "the delay was due to the weather", "these events appear aimed at
 * fostering unity", "the drills seem designed to test the defences", "this was intended as a “final
 * warning”" (not "the envoys are due to meet on Tuesday", a schedule; nor "the strikes appeared aimed at the port", a target; nor "the attack was
 * attributed to the militia", a deed laid at someone's door).
 */
const REASON_READ =
  /\b(?:is|are|was|were|be|been)\s+(?:\w+ly\s+)?(?:attributable\s+to|due\s+to\s+(?:the|a|an|its|their|his|her|our|this|that|these|those)\b|(?:intended|meant|designed)\s+as\b)|\b(?:appears?|appeared|seems?|seemed)\s+(?:to\s+be\s+)?(?:\w+ly\s+)?(?:aimed\s+(?:at\s+\p{Ll}+ing|to)|(?:designed|intended|meant)\s+to)\b/iu;

/** Words one of which every alternative of REASON_READ holds. */
const REASON_CUE = new CueWords(/attributable|due|aimed|designed|intended|meant/i);

/** Whether the clause reads a cause or a purpose into what the writer tells (REASON_READ). */
function reasonRead(clause: string): boolean {
  return REASON_CUE.test(clause) && REASON_READ.test(clause);
}

/**
 * How fast a force or a people learns, judged: "they learned very quickly", "the soldiers are rapidly
 * mastering modern tactics", "they adapt fast", "the recruits are fast learners" — an assessment of aptitude,
 * no happening told (not "the crews learned quickly that the port was closed", news found out; nor "lacked
 * drones and suffered losses but have adapted quickly", a happening told first).
 */
const LEARNING_JUDGED =
  /^\W*(?:that\s+)?(?:and\s+)?(?:[\p{L}’'-]+\s+){0,6}?(?:(?:are|were|is|was|have|has|had)\s+(?:been\s+)?)?(?:(?:quickly|rapidly|swiftly|fast)\s+(?:learn|master|adapt)\p{L}*\b(?!\s+(?:that|of|about|how|what|whether)\b)|(?:learn|master|adapt)\p{L}*\s+(?!(?:that|of|about|how|what|whether)\b)(?:[\p{L}-]+\s+){0,4}?(?:(?:very|so|extremely|really)\s+)?(?:quickly|rapidly|swiftly|fast)\b(?!\s+(?:that|of|about|how|what|whether)\b))|^\W*(?:that\s+)?(?:[\p{L}’'-]+\s+){0,6}?(?:are|were|is|was)\s+(?:\p{Ll}+ly\s+|very\s+)?(?:fast|quick|rapid|eager)\s+learners?\b/iu;

/** Whether the clause judges how fast someone learns (LEARNING_JUDGED), read only where "learn", "master" or "adapt" is. */
function learningJudged(clause: string): boolean {
  return /learn|master|adapt/i.test(clause) && LEARNING_JUDGED.test(clause);
}

/**
 * What something does to the course of things, judged in the present: "their disregard for safety
 * complicates the defenders' tasks", "the victory creates conditions for further advances", "(the
 * defeat) brings closer the end of the war", "the defence is being made more challenging by …", "the
 * fog makes the crossing more dangerous", "the raids have a damaging impact on trade" — an effect weighed, no
 * happening told (not "the storm complicated the rescue on Monday", "the blast had an impact on the hull",
 * told in the past; nor "the army creates a buffer zone", an act; nor "the sites were used to enable the
 * attacks", an infinitive that gives what a told act was for).
 */
const EFFECT_JUDGED = new RegExp(
  String.raw`^\W*(?:that\s+)?(?:[\p{L}’'-]+\s+)${SUBJECT_SPAN}(?<!\bto\s+)(?:(?:\p{Ll}+ly\s+|also\s+|only\s+|further\s+)?(?:complicates?|hampers?|hinders?|facilitates?|enables?|(?:creates?|provides?)\s+(?:the\s+)?(?:\p{Ll}+\s+)?conditions\s+for|brings?\s+closer|makes?\s+(?:[\p{L}’'-]+\s+){0,3}?(?:(?:much|even|far)\s+)?(?:more|less)\s+(?:difficult|challenging|dangerous|complicated|likely|unlikely|possible)|makes?\s+(?:[\p{L}’'-]+\s+){0,3}?(?:harder|easier)|(?:has|have)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:impact|effect|influence)\s+on)|(?:is|are)\s+being\s+made\s+(?:(?:much|even|far)\s+)?(?:more|less)\s+\p{Ll}+)\b`,
  'iu',
);

/** Whether the clause weighs what something does to the course of things (EFFECT_JUDGED), read only where a word of it is. */
function effectJudged(clause: string): boolean {
  return /complicat|hamper|hinder|facilitat|enabl|condition|closer|more|less|harder|easier|impact|effect|influence/i.test(clause) && EFFECT_JUDGED.test(clause);
}

/**
 * The reason for an act the writer has told, the act named only by "did this", "did so", "did it": "(the
 * group said) they did this as a form of solidarity with the islanders", "we did so in response to the
 * shelling", "she did it to protect her crew" — only the why is new, a motive explained (not "they did
 * this twice", "did it again", which tell the act once more; nor "they did this to the town", a harm).
 */
const REASON_FOR_ACT_REFERRED =
  /^\W*(?:that\s+)?(?:[\p{L}’'-]+\s+){1,3}?(?:did|does|do|(?:has|have|had)\s+done)\s+(?:this|that|it|so)\s+(?:only\s+|partly\s+|mainly\s+|precisely\s+|simply\s+)?(?:as\s+(?:an?\s+)?(?:form|sign|show|gesture|act|expression|means|way|matter)\s+of|in\s+(?:solidarity\s+with|support\s+of|response\s+to|retaliation\s+for|protest\s+(?:at|against)|defen[cs]e\s+of|order\s+to)|out\s+of|because|so\s+that|for\s+the\s+sake\s+of|to\s+(?:show|protest|support|protect|defend|help|force|pressure|punish|stop|prevent|avenge|express|demonstrate|signal))\b(?![^.;]*,\s+\p{Ll}+ing\b)/iu;

/** Whether the clause gives the reason for an act named by a pro-form (REASON_FOR_ACT_REFERRED), read only where "this", "that", "it" or "so" follows a "do". */
function reasonForActReferred(clause: string): boolean {
  return /\b(?:did|does|do|done)\s+(?:this|that|it|so)\b/i.test(clause) && REASON_FOR_ACT_REFERRED.test(clause);
}

/**
 * An entitlement judged of another party: "(he stated that) no foreign warship has the right to escort
 * the convoys", "Sylvania has every right to defend itself", "the detainees have the right to see a
 * lawyer", and a mandate confined: "the peacekeepers only have the authority to observe the truce", "the
 * monitors had only one right, namely to report" — what a party may or may not do, an assessment, no
 * happening told (not "we have every right to respond", the speaker's own side, read as what it says of
 * its acts; nor "the right to vote was restored"; nor "was given the authority to", a grant told).
 */
const ENTITLEMENT_JUDGED =
  /^\W*(?:that\s+)?(?!(?:we|i|our|my)\b)(?:[\p{L}’'-]+\s+){1,6}?(?:only\s+)?(?:has|have|had)\s+(?:only\s+)?(?:no|every|the|one|an?\s+(?:absolute|sovereign|legitimate|legal|full)|the\s+(?:full|sovereign|legitimate|legal))\s+(?:right|authority|mandate)(?:,?\s+namely,?)?\s+to\s+\p{Ll}+/iu;

/** Whether the clause judges another party's entitlement (ENTITLEMENT_JUDGED), read only where "right", "authority" or "mandate" is. */
function entitlementJudged(clause: string): boolean {
  return /right|authority|mandate/.test(clause) && ENTITLEMENT_JUDGED.test(clause);
}

/**
 * How a matter stands, judged by the point it has reached: "the issue is at a critical juncture", "the
 * dispute, which began in May, is at a crossroads", "the process has reached a decisive stage" — an assessment, no happening
 * told (not "the convoy is at the crossing", a place; nor "the ship reached the port", an arrival).
 */
const STANDING_AT_A_POINT =
  /^\W*(?:that\s+)?(?:[\p{L}’'-]+\s+){0,5}?[\p{L}’'-]+(?:,\s+(?:where|which|who|whose)\s[^,;]{1,60},)?\s+(?:is|are|was|were|remains?|stands?|(?:has|have)\s+reached)\s+(?:now\s+|still\s+|once\s+again\s+)?(?:at\s+)?(?:a|an|the)\s+(?:(?:critical|crucial|decisive|pivotal|delicate|sensitive|historic|dangerous)\s+)?(?:juncture|crossroads|(?:(?:critical|crucial|decisive|pivotal|delicate|sensitive)\s+)(?:stage|point|moment|phase))\b/iu;

/**
 * Two things told apart: "the mission is different from the coalition's operation", "our aims are quite
 * distinct from theirs" — a characterisation, no happening told (not "the ship was diverted from the
 * strait", a happening; nor "the figures differ from day to day").
 */
const TOLD_APART = /^\W*(?:that\s+)?(?:[\p{L}’'-]+\s+){1,6}?(?:is|are|was|were|remains?)\s+(?:\w+ly\s+|very\s+|quite\s+|also\s+)?(?:different|distinct)\s+from\b/iu;

/** Whether the clause judges how a matter stands (STANDING_AT_A_POINT) or tells two things apart (TOLD_APART). */
function standingOrDifferenceJudged(clause: string): boolean {
  return (/juncture|crossroads|stage|point|moment|phase/i.test(clause) && STANDING_AT_A_POINT.test(clause)) || (/different|distinct/i.test(clause) && TOLD_APART.test(clause));
}

/**
 * A side's attention or attitude held: "we are focused on the immediate needs", "the ministry remains focused
 * on the talks", "we take very seriously our duty to …", "Sylvania attaches great importance to the
 * accord", "we take these reports seriously", "we pay close attention to the situation" — a posture described, no happening told (not "the
 * strikes focused on radar sites", an act; nor "they took the town", a thing taken).
 */
const POSTURE_HELD =
  /^\W*(?:that\s+)?(?:[\p{L}’'-]+\s+){0,4}?(?:(?:is|are|am|was|were|remains?|(?:has|have)\s+been)\s+(?:\w+ly\s+|also\s+|still\s+|now\s+)?(?:focused|focussed|concentrated|concentrating|focusing)\s+on|(?:take|takes|took)\s+(?:(?:very|most|extremely|\w+ly|of\s+course|,)\s*|(?:these|the|this|those|such|all|our|its|their|every)\s+(?:[\p{L}’'-]+\s+){0,2}?)*seriously(?!\s+(?:injured|wounded|ill|hurt|damaged))|(?:attach|attaches|attached|pay|pays|paid)\s+(?:(?:great|particular|special|close|utmost|serious|much|the\s+utmost)\s+)*(?:importance|attention)\s+to)\b/iu;

/** Whether the clause describes a posture held (POSTURE_HELD), read only where one of its words is. */
function postureHeld(clause: string): boolean {
  return /focus|concentrat|seriously|importance|attention/i.test(clause) && POSTURE_HELD.test(clause);
}

/**
 * A state judged by comparison with all time: "our work has never been as intense as it is now", "the
 * ties have never been so strong", "the need is greater than ever", "cooperation is more important than
 * ever before" — an assessment, no happening told (not "the port has never been attacked" or "never been
 * so badly damaged", a happening; nor "more ships than ever crossed", a count told).
 */
const COMPARED_WITH_ALL_TIME =
  /\b(?:(?:has|have|had)\s+never\s+been\s+(?:as|so|more|less)\s+(?:\w+ly\s+)?(?!\p{Ll}+ed\b)\p{Ll}+\b(?!\s+(?:\p{Ll}+ed|by|in|at)\b)|(?:is|are|was|were|remains?|(?:has|have)\s+become)\s+(?:(?:even|now|much|far)\s+)?(?:(?:more|less)\s+\p{Ll}+|\p{Ll}+er)\s+than\s+ever\b)/iu;

/** Whether the clause judges a state by comparison with all time (COMPARED_WITH_ALL_TIME), read only where "never" or "ever" is. */
function comparedWithAllTime(clause: string): boolean {
  return /ever\b/i.test(clause) && COMPARED_WITH_ALL_TIME.test(clause);
}

/**
 * The speaker's sympathy with how someone is: "I know how busy you are", "we understand how hard this is
 * for them", "I realise how difficult the situation is" — a courtesy or a feeling shared, no happening told
 * (not "we know how many were killed", a count; nor "we know how they got in", a way told).
 */
const KNOWS_HOW_IT_IS =
  /^\W*(?:that\s+)?(?:i|we)\s+(?:\w+ly\s+|all\s+|also\s+)?(?:know|understand|reali[sz]e|appreciate)\s+how\s+(?:very\s+|extremely\s+)?(?!(?:many|much|few|little|long|far|often|soon|quickly)\b)\p{Ll}+\s+(?:you|we|they|he|she|it|this|that|things|life|the\s+situation)\s+(?:are|is|were|was|has\s+been|have\s+been|must\s+be)\b/iu;

/** Whether the clause tells the speaker's sympathy with how someone is (KNOWS_HOW_IT_IS), read only where " how " is. */
function knowsHowItIs(clause: string): boolean {
  return / how /i.test(clause) && KNOWS_HOW_IT_IS.test(clause);
}

/**
 * A thing taken note of: "we take note of the court's ruling", "the ministry has taken careful note of the
 * statement" — the diplomat's word for a thing heard and neither accepted nor rejected; it tells no
 * happening (not "the students take notes", a habit told).
 */
const NOTE_TAKEN = /\b(?:take|takes|took|taking|taken)\s+(?:(?:due|careful|good|full|serious|particular)\s+)?note\s+of\b/i;

/** Whether the clause tells a thing taken note of (NOTE_TAKEN), read only where "note of" is. */
function noteTaken(clause: string): boolean {
  return clause.includes('note of') && NOTE_TAKEN.test(clause);
}

/**
 * A conclusion drawn: "the attacks lead to an obvious conclusion that the alliance is not effective", "we
 * have come to the conclusion that the plan cannot work", "this led us to the conclusion that …" — the
 * speaker's inference, as "this shows that …" is (not "the talks led to the conclusion of a treaty", a
 * happening, nor "the inspectors came to the conclusion that …", a finding reported).
 */
const CONCLUSION_DRAWN =
  /(?:\b(?:lead|leads|led|leading|bring|brings|brought)\s+(?:us\s+|me\s+)?to|\b(?:we|i)\s+(?:have\s+|had\s+|\w+ly\s+)*(?:come|came)\s+to)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+)?conclusion\s+that\b/iu;

/** Whether the clause draws a conclusion (CONCLUSION_DRAWN), read only where "conclusion that" is. */
function conclusionDrawn(clause: string): boolean {
  return clause.includes('conclusion that') && CONCLUSION_DRAWN.test(clause);
}

/**
 * What doing something is or brings, said of the act in general with a gerund for its subject: "Becoming a
 * prisoner is the same as becoming a traitor", "Keeping the ports open helps to maintain stability", "(said)
 * ensuring the safety of ships contributes to the security of trade" (not "Fighting continues in the
 * north", a happening; nor "Beijing is the same as ever", a name; the gerund takes an object).
 */
const ACT_IN_GENERAL =
  /^\W*(?:that\s+)?\p{L}+ing\s+(?:a|an|the|their|its|our|his|her|my|your|them|it|this|these|those|such|one['’]s)\b[^,;.]{0,100}?\s(?:(?:is|are)\s+(?:not\s+)?(?:(?:just|exactly|much|really)\s+)?(?:the\s+same\s+as|like|no\s+different\s+from|equivalent\s+to)|(?:not\s+only\s+)?(?:helps?|contributes?\s+to|serves?\s+to))\b/iu;

/** Whether the clause says what doing something is or brings in general (ACT_IN_GENERAL), read only where a word of it is. */
export function actInGeneral(clause: string): boolean {
  return /ing\s/i.test(clause) && /same|like|different|equivalent|help|contribute|serve/i.test(clause) && ACT_IN_GENERAL.test(clause);
}

/**
 * A side's act named again, with what it was taken for: "This decision has been taken to assure the safety
 * of our crews", "These actions are taken to protect freedom of navigation", "the measures have been taken
 * to ensure …" (not "the strikes were carried out to …", a happening told with its purpose; nor "the
 * decision was taken on Monday", when).
 */
const ACT_TAKEN_FOR =
  /^\W*(?:that\s+)?(?:this|these|the|such|our|its|their)\s+(?:[\p{L}-]+\s+)?(?:decisions?|actions?|measures|steps)\s+(?:is|are|has\s+been|have\s+been)\s+(?:\w+ly\s+)?taken\s+(?:in\s+order\s+)?to\s+\p{Ll}+/iu;

/** Whether the clause names a side's act again with what it was taken for (ACT_TAKEN_FOR), read only where "taken" is. */
export function actTakenForPurpose(clause: string): boolean {
  return clause.includes('taken') && ACT_TAKEN_FOR.test(clause);
}

/**
 * Whether the clause's first predicate judges (ASSESSMENT) or describes how things stand (STATE_OF_THINGS):
 * "the situation is complex", "the night was very tense" — not an explanation or a forecast.
 */
export function judgesHowThingsAre(clause: string): boolean {
  return (judged(clause) && !happeningBeforeJudgement(clause)) || (STATE_CUE.test(clause) && STATE_OF_THINGS.test(clause));
}

/**
 * Whether the clause describes, judges, explains or forecasts rather than telling a happening: an
 * assessment, a prospect, a state of things, an inference, a habit, a hedge, a characterisation, a
 * feeling; each makes the stance `other`.
 */
export function describesOrJudges(clause: string): boolean {
  return (
    actInGeneral(clause) ||
    (judged(clause) && !happeningBeforeJudgement(clause)) ||
    NO_WAY_JUDGED.test(clause) ||
    (PROSPECT_CUE.test(clause) && PROSPECT.test(clause)) ||
    (WISH_CUE.test(clause) && WISH_DISOWNED.test(clause)) ||
    trendWithoutFigure(clause) ||
    (STATE_CUE.test(clause) && STATE_OF_THINGS.test(clause)) ||
    CONDITION_THERE.test(clause) ||
    (EXPLANATION_CUE.test(clause) && EXPLANATION.test(clause) && !aimConfinedToTargets(clause)) ||
    INFERENCE.test(clause) ||
    memoryHonouredNow(clause) ||
    wordsReadAsSign(clause) ||
    purposeOfActsNow(clause) ||
    inferredFromSigns(clause) ||
    judgedSoFar(clause) ||
    DESCRIPTION.test(clause) ||
    remainsDescribed(clause) ||
    continuesDescribed(clause) ||
    HABIT.test(clause) ||
    hedged(clause) ||
    characterises(clause) ||
    FEELING_TOLD.test(clause) ||
    predicateOfWhatIsSaid(clause) ||
    sufficiencyJudged(clause) ||
    targetOfACountry(clause) ||
    targetDescribed(clause) ||
    degreeNamed(clause) ||
    suspicionTold(clause) ||
    stateChanged(clause) ||
    watchKept(clause) ||
    groundsGiven(clause) ||
    reasonRead(clause) ||
    learningJudged(clause) ||
    effectJudged(clause) ||
    reasonForActReferred(clause) ||
    entitlementJudged(clause) ||
    standingOrDifferenceJudged(clause) ||
    postureHeld(clause) ||
    comparedWithAllTime(clause) ||
    knowsHowItIs(clause) ||
    noteTaken(clause) ||
    conclusionDrawn(clause) ||
    motiveGiven(clause) ||
    attitudeHeld(clause) ||
    worthViewed(clause)
  );
}

/**
 * A present predicate whose subject is the writer's "what": "(attacks in what they) say is solidarity
 * with the valley's people", "(what they) say are their ancestral lands", "say is a response to the
 * strikes". The speaker names or characterises what the writer tells; it tells no happening (a danger or
 * an accusation so named still warns or condemns, read before). Not the past, which identifies what
 * happened ("in what Sylvania said were attacks from the hills", "what he said were prisoners captured
 * by its army"), nor "is being prepared", "is sinking": a passive or a progressive still tells one.
 * Reported words open with a copula only after "what … say".
 */
const WHAT_IS_SAID = /^\W*(?:is|are)\s+(?!(?:being|been|not|no)\b|\p{Ll}+(?:ed|ing)\b)/iu;

/** Whether the clause is the predicate of a "what they say is …" (WHAT_IS_SAID), read only on its first word. */
function predicateOfWhatIsSaid(clause: string): boolean {
  return /^\W*(?:is|are)\s/i.test(clause) && WHAT_IS_SAID.test(clause);
}

/**
 * A business's own service paused, told as it announces it: "(said) it was suspending all shipments to
 * and from the port", "they are temporarily suspending the movement of their container ships",
 * "(announced) the suspension of container transportation through the strait" — a routing decision
 * described, which confirms nothing at issue (not "the suspension of the talks", no service of its own).
 */
const OWN_SERVICE_PAUSED =
  /^\W*(?:that\s+)?(?:(?:it|they|we)\s+(?:is|are|was|were)\s+(?:\w+ly\s+|now\s+|also\s+)?(?:suspending|pausing|halting)\b|(?:the\s+|a\s+)?(?:temporary\s+)?(?:suspension|pause|halt)\s+of\s+(?:all\s+|its\s+|their\s+|our\s+)?(?:[\p{L}-]+\s+){0,2}?(?:transportation|shipments?|shipping|transits?|services|sailings|voyages|bookings|deliveries|container\s+ships)\b)/iu;

/**
 * Whether a speaker that speaks for no government (a company, an operator) tells its own service paused (OWN_SERVICE_PAUSED), read only where "suspen", "paus" or "halt" is.
 */
export function ownServicePaused(clause: string, speaker: StanceSpeaker): boolean {
  return speaker.forASide !== true && /suspen|paus|halt/i.test(clause) && OWN_SERVICE_PAUSED.test(clause);
}

/** A quotation that opens with a participle of help or backing: "aiding", "assisting", "supporting". */
const BACKING_QUOTED = /^\W*(?:aiding|abetting|assisting|helping|supporting|backing|serving|collaborating|colluding|cooperating)\b/i;

/**
 * The writer's words before such a quotation end with the thing it describes: a noun phrase opened by a
 * determiner ("an American ship", "a tanker") or a relative ("a vessel, which was"); not a verb, a
 * preposition or a copula of the clause's own ("its forces were “helping” …", "the troops kept
 * “supporting” …", "accused them of “aiding” …": a happening told or a charge laid).
 */
const DESCRIBED_BEFORE =
  /(?:\b(?:which|that|who)\s+(?:is|are|was|were|(?:has|have|had)\s+been)|\b(?:a|an|the|any|every|each|this|these|those|its|their|his|her|our)\s+(?:[\p{L}.-]+\s+){0,3}?(?<last>\p{Ll}{3,})(?<!ing|ed|ly))\W*$/u;

/**
 * Whether `quote`, inside the reported `words`, says whom the thing the writer names helps or backs: "(the
 * attack targeted) a Freedonian ship “aiding” Sylvania", "a navy vessel, which was “assisting” the enemy" —
 * a side's claim about what a target is or does, which tells no happening (not "its forces were “helping”
 * civilians flee", "accused them of “aiding” the rebels").
 */
export function quotedAsBacking(words: string, quote: string): boolean {
  if (!BACKING_QUOTED.test(quote)) return false;
  const at = words.indexOf(quote);
  const before = at > 0 ? DESCRIBED_BEFORE.exec(withoutQuotationMarks(words.slice(0, at))) : null;
  // "the troops kept": a verb of the clause's own after the noun.
  return before !== null && !CLAUSE_WORD.test(before.groups?.['last'] ?? '');
}
