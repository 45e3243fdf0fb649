/**
 * Verbs that are speech only in some contexts: "responded that …" but not "responded to distress
 * calls", "gave no details" but not "gave no weapons", "put the toll at 40" but not "put the troops on
 * alert", "the statement read" but not "Berg read the letter". Generic English, no topic words.
 */
import { OWN_CLAUSE } from './attribution-patterns.ts';
import { citesReason } from './cited-reason.ts';
import { negatedAt } from './negation.ts';
import { isCalendarWord } from './tokens.ts';
import type { SentenceView, Span } from './types.ts';

/** An indirect question right after a verb: " what might happen", " whether the troops would return". */
const INDIRECT_QUESTION = /^\s+(?:what|whether|how|when|where|why|who|if)\s/;

/** Verbs that report words withheld ("gave no details"), and what must follow them to be speech. */
const WITHHOLDING = new Set(['gave no', 'gives no', 'provided no', 'offered no', 'give', 'provide', 'offer']);
const WITHHELD_WORDS = /^\s+(?:(?:any|further|more|other|additional|immediate)\s+)*(?:details?|information|explanation|reasons?|timeline|comment)\b/;

/**
 * Verbs that report an estimate only before an amount or a measure "at" an amount: "put the toll at
 * 40", "put the cost of the damage at 3 billion euros" (not "put the troops on alert").
 */
const ESTIMATING = new Set(['estimates', 'put', 'puts', 'placed', 'places']);
/** A measure of money or harm, what it is of, then "at" an amount at once: not "put the bill on the table at 3 pm". */
const MEASURE_AT =
  /^\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:cost|costs|damage|losses|bill|value|tally)(?:\s+of\s+(?:(?:the|its|their|his|her)\s+)?(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)?\s+at\s+(?:(?:about|around|roughly|some|nearly|almost|more than|over|at least|up to|as much as)\s+)?[$€£]?\d/u;
/** Verbs that report a count only "as" an amount: "gave the death toll as 42", not "gave the crew food". */
const GIVING_AS = new Set(['gave', 'gives']);
const COUNT_AS =
  /^\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:number|toll|figure|total|count|tally)(?:\s+of\s+(?:(?:the|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)?\s+as\s+(?:(?:about|around|roughly|some|nearly|almost|more than|over|at least|up to|as many as)\s+)?\d/u;
const ESTIMATED_AMOUNT =
  /^\s+(?:that\b|(?:about|around|roughly|some|nearly|almost|more than|over|at least|up to|as many as)\s+\d|\d|(?:the|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:number|toll|figure|total|count)\b[^.;]*?\b(?:at|above|over|below|under|near|around|beyond)\s+(?:\p{L}+\s+){0,2}\d)/u;

/**
 * Verbs of characterising or identifying, speech only before an object and "as" what it is called or
 * taken to be: ", framing the move as a warning", "characterised the raids as piracy", "identified the
 * vessel as a tanker", "referred to the events as aggression"; not "framing the windows as planned",
 * "identified the remains", "referred to the court", nor the passive
 * "were identified as sailors", which names no one who said it.
 */
const CHARACTERISING = new Set([
  'framing', 'portraying', 'characterising', 'characterizing', 'labeling', 'labelling', 'branding', 'identifying',
  'characterised', 'characterized', 'characterises', 'characterizes', 'identified', 'identifies',
  'referred to', 'refers to',
]);

/** A concern raised in words: "raised concerns over …", "raised serious concern about …". */
const RAISED_CONCERN = /^\s+(?:(?:serious|grave|deep|new|fresh|strong|growing|its|their|his|her|the)\s+){0,2}(?:concerns?|alarm|the\s+alarm|objections?|doubts?)\b/u;

/**
 * What a stance is doubted in: "questioned Berg's commitment to …", "questioned the legitimacy of the
 * vote" (not "questioned the sailors", "questioned him for hours").
 */
const QUESTIONED_STANCE = /^\s+(?:(?:the|his|her|its|their|\p{Lu}[\p{L}.'’-]*['’]s?|\p{Lu}[\p{L}.'’-]*)\s+){1,3}?(?:willingness|commitment|sincerity|legitimacy|need|wisdom|validity|credibility|motives?|intentions?|reliability|accuracy|readiness|effectiveness|logic|rationale|figures|claims?|version|account|independence|neutrality|seriousness|timing|purpose|value|fairness|legality)\b/u;
const OBJECT_AS = /^\s+(?:(?:the|its|their|his|her|this|that|these|those)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+|it|them|him|herself|himself|itself|themselves)\s+as\s+(?!(?:planned|expected|usual|needed|required|agreed|scheduled|intended|before|well|soon|much|many|long|far|follows|such|if|though|shown|seen)\b)\p{L}/u;

/** Verbs that report speech only with words to report: "responded that …", not "responded to distress calls". */
const ACTS_UNLESS_REPORTING = new Set(['responded', 'responds', 'replied', 'replies', 'appealed', 'testified']);

/** Verbs whose object is whom they told: "briefed Berg on the talks" reports no words, "briefed reporters that …" does. */
const TELLS_WHOM = new Set(['briefed', 'informed', 'reminded', 'reminds', 'recommended', 'recommends', 'advised', 'advises']);

/**
 * Verbs that report words only with words quoted or "that" soon after them, or a quotation before
 * them: "posted on X that …", "“…,” Berg posted", "conveyed Ruhl's “regard”" report; "posted a video
 * of the interrogation", "conveyed supplies" do not. (Praise is speech whatever it praises: "praised
 * the crews' bravery" is a position taken in words.)
 */
const SPEECH_WITH_WORDS = new Set(['posted', 'conveyed', 'conveying']);

/**
 * "…, the minister shared via X.", "Berg shared on Telegram that …": "shared" reports words only right
 * before the channel, then the sentence's end, "that" or a quotation, or in a statement
 * (`SHARED_IN_STATEMENT`); "shared a border", "shared the concern", "shared a video on X of …" do not.
 */
const SHARED_ON_CHANNEL =
  /^\s+(?:on|via)\s+(?:(?:his|her|its|their)\s+)?(?:X|Twitter|Facebook|Telegram|Instagram|social\s+media)(?:\s+(?:account|channel|page))?(?:\s*\([^)]*\))?(?:[\s.!?”"’)]*$|\s*[:,]?\s*(?:that\b|\u2592))/u;
/** "“…,” Berg shared in a statement", "shared in a post on X that …": a statement is words, whatever follows it. */
const SHARED_IN_STATEMENT = /^\s+in\s+(?:a|an|its|his|her|their)\s+(?:\p{Ll}+\s+)?(?:statement|post|message|address|interview|briefing)\b/u;
const QUOTED_SOON = /^[^.;]{0,40}?(?:\u2592|\bthat\b)/u;

/**
 * Verbs of watching, counting and telling about, which report words only with words to report:
 * "observed that …", "recorded 900 refugees", "described the strikes as reckless", "described how …"
 * report; "observed tests of new drones", "recorded an increase in prices", "described the conditions"
 * watch, measure or tell about a thing and say nothing of it yet.
 */
const WATCHING = new Set(['observed']);
const COUNTING = new Set(['recorded', 'registered']);
const DESCRIBING = new Set(['described', 'describes', 'describe']);
const OPENS_WORDS = /^\s*[:,]?\s*(?:that\b|\u2592)/u;
const COUNT_AFTER = /^\s+(?:(?:about|around|roughly|some|nearly|almost|more than|over|at least|up to|as many as|a total of)\s+)?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\b)/u;
const DESCRIBED_AS = /^(?:[^.;:\u2592]*\sas\s|\s+(?:how|what|that|why)\b)/u;

/** Whether a verb of watching, counting or describing reports words here (see WATCHING). */
function reportsWhatItSaw(view: SentenceView, verb: string, verbStart: number, after: string): boolean {
  // "“…,” Berg observed": a quotation before the verb, or nothing after it, makes it a tag.
  if (view.masked.slice(view.start, verbStart).includes('\u2592') || /^[\s.!?]*$/.test(after) || OPENS_WORDS.test(after)) return true;
  if (COUNTING.has(verb)) return COUNT_AFTER.test(after);
  if (DESCRIBING.has(verb)) return DESCRIBED_AS.test(after) || QUOTED_SOON.test(after);
  return false;
}

/** What an assertion holds to as its object: "maintained its innocence", "maintained their position". */
const HELD_POSITION = /^\s+(?:(?:its|his|her|their|our)\s+)?(?:innocence|position|stance|view)\b/u;

/** Verbs of making known, which with "details about …" tell of a topic, not of words. */
const REVEALING = new Set(['revealed', 'disclosed', 'revealing', 'reveal', 'disclose']);
const DETAILS_ABOUT = /^\s+(?:(?:new|further|more|fresh|few|some|any|no|the|alarming|shocking|startling|key|additional)\s+){0,2}(?:details|data|information|particulars)\s+(?:about|on|of|regarding|concerning)\b/iu;

/**
 * "thanked Berg on Monday for the “feat” of her crews": thanks report words only when a quotation
 * follows in their own clause ("thanked the crews for their work, praised their “courage”" is praise).
 */
const THANKING = new Set(['thanked']);
const QUOTED_IN_CLAUSE = /^[^.;,]{0,60}?\u2592/u;
/**
 * What the thanks (or the praise of a participle) are for, told as an act in their clause: "thanked Berg for sending the boats",
 * "thanked the crews on Monday for their fighting", which the corpus conventions read as a
 * proposition. Thanks for a thing ("for their help", "for the meeting") are thanks alone.
 */
const THANKED_FOR_ACT = /^[^.;,:\u2592]{0,80}?\bfor\s+(?:(?:his|her|its|their|our|your|my)\s+)?(?!(?:meeting|briefing|funding|understanding|hosting|offering|warning|building|training|housing|financing|wedding|blessing|greeting|gathering|painting|clothing)\b)\p{Ll}+ing\b/u;

/** Thanks as a noun after "expressed": "expressed (his) gratitude", "expressed thanks". */
const GRATITUDE = /^\s+(?:(?:his|her|its|their|our|deep|sincere|special)\s+){0,2}(?:gratitude|thanks|appreciation)\b/u;
/** A proposition the thanks are for, in their clause: "… for sending the boats", "… that the boats left". */
const GRATITUDE_FOR_ACT = /^[^.;\u2592]*?\b(?:for\s+(?:\p{Ll}+\s+)?\p{Ll}+ing|that)\b/u;

/**
 * "Berg called it “reckless”", "called these “the most violent” strikes": the speaker's own term for
 * what the object names. Only with an object of its own before the quotation, in the same clause: "a
 * group called “…”" and "the so-called “…”" name, "Ruhl called Berg on Monday" quotes nothing.
 */
const NAMING_VERBS = new Set(['called']);
const OBJECT_THEN_TERM = /^\s+(?:it|them|this|these|those|that|(?:the|its|their|his|her)\s+[\p{L}-]+)\s+\u2592/u;

/** Verbs of advice, speech before whom they advise and an infinitive. */
const ADVISING = new Set(['advised', 'advises', 'recommended', 'recommends']);
/** Up to four words of whom, then "to" and a verb: not "to the port", "to its navy". */
const ADVISED_TO_DO = /^\s+(?:[\p{L}'’-]+\s+){1,4}?to\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|our|my|your)\b)\p{Ll}+/u;

/** "continued that" and a clause's subject: a determiner, a pronoun, a number or a name. */
const CONTINUED_THAT = /^\s+that\s+(?:the|a|an|it|its|their|they|he|she|we|\d|\p{Lu})/u;

/** "“…,” the statement read": speech only when a document reads. */
const READ_VERBS = new Set(['read', 'reads']);
const DOCUMENT = /\b(?:statement|letter|message|post|note|communiqué|declaration|resolution|decree|order|text|notice|report|release|publication|it)(?:\s+(?:from|by|of|issued\s+by|released\s+by)\s+[^,;]+)?$/i;

/**
 * "cited the sailor as saying", "cited military authorities as reporting": whom the verb cites, then a
 * participle that tells their words (not "cited the attack as proof").
 */
const CITED_AS_SAYING = /^\s+(?:[\p{L}'’.-]+\s+){1,8}as\s+(?:saying|reporting|stating|telling|confirming|claiming|warning|announcing)\b/u;

/** Verbs of a report that may quote someone "as saying": "cited the sailor as saying", "reported Ruhl as saying". */
const CITES_AS: ReadonlySet<string> = new Set(['cited', 'reported', 'reports']);

/** "cast as an act of self-defence", "cast as their duty": a description right after "cast", opened by its article or possessive. */
const CAST_AS = /^\s+as\s+(?:a|an|the|their|its|his|her)\s+\p{Ll}/u;

/** "who asked not to be named", "requested anonymity": how a source spoke, not what it said. */
const ASKS_ANONYMITY = /^\s+(?:not to be (?:named|identified|quoted)|(?:for\s+)?anonymity)\b/i;

/**
 * "disputes this claim", "disputes Ruhl's assertion", "dispute that …": present forms that are also nouns
 * ("border disputes"), speech before what they dispute, a name's possessive its determiner too.
 */
const DISPUTING = new Set(['disputes', 'dispute']);
const DISPUTED = /^\s+(?:that\b|(?:(?:this|that|these|those|the|such|its|their|his|her)\s+(?:[\p{L}-]+\s+)?|(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s?\s+(?:[\p{L}-]+\s+)?)(?:claims?|reports?|accounts?|allegations?|assertions?|version|figures?|numbers?|characteri[sz]ations?|findings?)\b)/u;

/**
 * What a standing view holds something to be: an object and "as" ("considers the region as its
 * territory", "regards Freedonians as citizens", "regards it as an honour"). Not "as" of manner or time.
 */
const HELD_TO_BE = /^\s+(?:(?:the|its|their|his|her|this|that|these|those)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+|it|them|\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,2}?)\s+as\s+(?!(?:planned|expected|usual|needed|required|agreed|scheduled|intended|before|well|soon|much|many|long|far|follows|such|if|though|shown|seen|of|to)\b)\p{L}/u;

/** "considers it necessary", "considers it a duty", "considers it “a brotherly duty”": "it" and what it is held to be. */
const IT_HELD = /^\s+it\s+(?:a|an|\u2592|\p{Ll}+(?:ary|ible|able|ant|ent|al|ous|ive|ic|ful))(?:\s|$)/u;

/** "considers Ostmark a part of Sylvania", "considers the island part of its territory". */
const PART_OF = /^\s+(?:the\s+)?(?:[\p{L}-]+\s+){1,3}?(?:an?\s+)?(?:integral\s+|inseparable\s+)?part\s+of\b/u;

/** Present forms that are also nouns ("claims"): speech only before a clause of their own. */
const CLAIMING = new Set(['claims', 'insists', 'maintains', 'claim', 'insist', 'maintain']);

/** "promise", also a noun ("a promise"): speech only before an infinitive or "that". */
const PROMISING = new Set(['promise']);

/**
 * An infinitive after the verb, not "to" before a noun phrase: "claim to be", "promise to rebuild"; not
 * "claim to the islands", "promise to voters" (a word in a single -s is read as a plural noun).
 */
const INFINITIVE_AFTER = /^\s+to\s+(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|any|some|all|each|every|no)\b|\p{Ll}*[^s\s]s\b)\p{Ll}+/u;

/**
 * "The rebels claim to be targeting ships", "they promise to continue", "they promise that …": plural
 * present forms that are also nouns, as speech before an infinitive (or, for "promise", "that"). Not
 * after a determiner or a possessive ("their claim to have won", "Berg's promise to rebuild": nouns).
 * ("claims to …" is left out: "Rebel claims to have downed a jet" is most often the noun.)
 */
function claimsOrPromisesToDo(view: SentenceView, verb: string, verbSpan: Span, after: string): boolean {
  if (verb !== 'claim' && !PROMISING.has(verb)) return false;
  if (NOUN_BEFORE.test(view.masked.slice(view.start, verbSpan.start))) return false;
  return INFINITIVE_AFTER.test(after) || (PROMISING.has(verb) && /^\s+that\b/.test(after));
}

/** Plural present forms that are also nouns: "a call for calm", "their demand for", "the stress on". */
const NOUN_LIKE_PLURAL_FORMS = new Set(['call on', 'call for', 'demand', 'stress', 'welcome', 'praise', 'blame', 'vow', 'pledge', 'appeal for']);

/** Present forms before "that" that are also plural nouns: "claims that", "reports that". */
const NOUN_LIKE_BEFORE_THAT = /^(?:claims|reports|estimates|notes|warns|states|mentions|finds)\s+that$/;

/**
 * Words after which "claim", "claims" are nouns: a determiner, a possessive ("its", "Berg's") or a
 * preposition ("Following reports that …", "despite claims that …").
 */
const NOUN_BEFORE =
  /(?:\b(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|such|any|no|after|amid|amidst|despite|following|over|about|on|of|regarding|concerning|given|against|from|with|without|among)|['’]s?)\s+$/i;

/**
 * A subject and a verb in the past: "Sylvanian instructors taught them …". The subject has a word at
 * least: in "the latest claim came hours after …" the noun "claim" is the past verb's own subject.
 */
const PAST_CLAUSE =
  /^\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){1,3}?(?:\p{Ll}{3,}ed|sent|taught|told|said|made|gave|took|began|left|fought|brought|built|came|went|met|held)\b/u;

/**
 * A subject opened by a demonstrative and its verb right after it: "these actions are in response to
 * …", "this is a drill"; not "maintains this position", "claim this week's victory" (no verb follows).
 */
const DEMONSTRATIVE_CLAUSE = /^\s+(?:this|these|those)\s+(?:[\p{L}-]+\s+){0,2}?(?:is|are|was|were|has|have|had|would|will|could)\b/u;

/** Whether the speech verb at `verbSpan` reports words in its sentence, from what follows and precedes it. */
export function speaksHere(view: SentenceView, verb: string, verbSpan: Span): boolean {
  const after = view.masked.slice(verbSpan.end, view.end);
  // "on suspicion of … and alleged war crimes", "the alleged attack": a participle used as an adjective.
  if (/^(?:alleged|purported)$/i.test(verb) && ADJECTIVE_BEFORE.test(view.masked.slice(view.start, verbSpan.start)) && /^\s+\p{Ll}/u.test(after) && !/^\s+that\b/.test(after)) return false;
  if (ASKS_ANONYMITY.test(after)) return false;
  // "has not commented on the deployment" withholds a position; "commented on the talks" says nothing yet.
  // "commented, “…”" and "“…,” he commented." give the words too.
  if (verb === 'commented') return /^\s+that\b/.test(after) || /^\s*[,:]?\s*\u2592/u.test(after) || (/^[\s.!?]*$/.test(after) && view.masked.slice(view.start, verbSpan.start).includes('\u2592')) || (negatedAt(view, verbSpan.start) && /^\s+(?:on|about)\s/.test(after));
  if (verb === 'raised' || verb === 'raises') return RAISED_CONCERN.test(after);
  if (verb === 'questioned') return QUESTIONED_STANCE.test(after);
  // "The ship was calling at the port": a port of call, not a call for anything.
  if (/^call(?:ing|ed|s)?$/.test(verb) && /^\s+(?:at|in|into)\b/.test(after)) return false;
  // "dozens of them reported to be in a critical condition", "is said to have left": hearsay in the
  // passive, with no one saying it.
  if (/^(?:reported|said)$/.test(verb) && /^\s+to\s+(?:be|have)\b/.test(after)) return false;
  // "A report posted on X by the ministry stated …": the participle describes the document, whose verb comes later.
  // (The verb and the words after it first: DOCUMENT_BEFORE, anchored at the end, reads every word before.)
  if (/ed$/.test(verb) && /^\s+(?:on|by|via|through|in|online)\b/.test(after) && DOCUMENT_BEFORE.test(view.masked.slice(view.start, verbSpan.start))) return false;
  // "a video call with Ruhl posted by the Palace": a participle before its agent is passive, and the
  // words before it are what was posted, not who posted it ("was posted by" is read in according-to.ts).
  if (/ed$/.test(verb) && (agentAfter(after) || commonNounAgentAfter(after))) return false;
  // "Berg cited the sailor as saying …", "the agency reported Ruhl as saying …": the words are the
  // one cited's, read at the participle, not the reporter's.
  if (CITES_AS.has(verb) && CITED_AS_SAYING.test(after)) return false;
  if (WITHHOLDING.has(verb)) return WITHHELD_WORDS.test(after);
  // "did not address what might happen to the troops": a question left open; "did not address the
  // issue" names only a topic, and "will address the nation" is a speech yet to come.
  if (verb === 'address' || verb === 'addressed') return INDIRECT_QUESTION.test(after) && negatedAt(view, verbSpan.start);
  if (NAMING_VERBS.has(verb)) return OBJECT_THEN_TERM.test(after);
  // "the rebels repeated attacks on the port": an act done again; "repeated its call for talks",
  // "repeated that …" are words.
  if ((verb === 'repeated' || verb === 'repeats') && REPEATED_ACT.test(after)) return false;
  // "a missile slammed into the port": a blow, not words.
  if (verb === 'slammed' || verb === 'slams') return !/^\s+(?:into|onto|against|through|down|shut)\b/u.test(after);
  // "committed to partner with …", "commits itself to …": an undertaking; "committed troops" is an act.
  if (verb === 'committed' || verb === 'commits') return /^\s+(?:(?:itself|themselves|himself|herself)\s+)?to\s/u.test(after);
  // "raids the militia casts as a defence of the coast": a description in words; "cast a vote" is an act.
  if (verb === 'cast' || verb === 'casts') return CAST_AS.test(after);
  // ", citing security concerns": a reason of the subject's; ", citing officials" names a source.
  if (verb === 'citing') return citesReason(after);
  // ", offering to take in the sailors": an offer in words; "offering shelter" is an act.
  if (verb === 'offering') return /^\s+to\s+\p{Ll}/u.test(after);
  // ", framing the move as a warning": a characterisation in words; "framing the windows" is an act.
  if (CHARACTERISING.has(verb)) return OBJECT_AS.test(after);
  // "with Berg hailing their “fortitude”": praise in words only with the words quoted in its clause;
  // "hailing from Marsh City", "crowds …, hailing the crews" quote no one.
  // "hailing the crews for their fighting" praises an act, as thanks for one do.
  if (verb === 'hailing' || verb === 'lauding') return QUOTED_IN_CLAUSE.test(after) || THANKED_FOR_ACT.test(after);
  // "expressed gratitude to Berg for sending the boats" thanks with a proposition; "expressed gratitude
  // for the troops" is thanks alone, as "thanked the troops" is.
  if (/^express/.test(verb) && GRATITUDE.test(after)) return QUOTED_IN_CLAUSE.test(after) || GRATITUDE_FOR_ACT.test(after);
  // "The statement detailed “…”": a document's words right after the verb; "a detailed plan", "detailed
  // the losses" tell of a thing.
  if (verb === 'detailed') return /^\s*[:,]?\s*(?:that\b|\u2592)/u.test(after) && !ADJECTIVE_BEFORE.test(view.masked.slice(view.start, verbSpan.start));
  // "“…,” the command concluded.", "which the command determined “posed a threat”", "concluded that …": a
  // finding given in words; "the talks concluded on Friday", "determined to fight" are no words.
  if (verb === 'concluded' || verb === 'determined') return /^\s+that\b/.test(after) || /^\s*[:,]?\s*\u2592/u.test(after) || (/^[\s.!?]*$/.test(after) && view.masked.slice(view.start, verbSpan.start).includes('\u2592'));
  // "maintained that …", "…, Berg maintained.", "maintained its innocence": an assertion; "maintained its
  // rule there", "maintained security" keep a thing.
  if (verb === 'maintained') return OPENS_WORDS.test(after) || /^[\s.!?]*$/.test(after) || OWN_CLAUSE.test(after) || HELD_POSITION.test(after);
  // "He continued: “…”": words go on after a colon; "the strikes continued", "continued to fire" are acts.
  // "The ministry continued that 511 soldiers were hurt": a clause after "that" (not "continued that
  // policy", "continued that Monday").
  if (verb === 'continued') return /^\s*:\s*\u2592/u.test(after) || CONTINUED_THAT.test(after) && !isCalendarWord(/^\s+that\s+(\p{Lu}\S*)/u.exec(after)?.[1] ?? '');
  // "the Courier's claim that …", "their reports that …": after a determiner or a possessive, a present
  // form that is also a noun is the noun.
  if ((CLAIMING.has(verb) || NOUN_LIKE_BEFORE_THAT.test(verb) || NOUN_LIKE_PLURAL_FORMS.has(verb)) && NOUN_BEFORE.test(view.masked.slice(view.start, verbSpan.start))) return false;
  if (claimsOrPromisesToDo(view, verb, verbSpan, after)) return true;
  if (CLAIMING.has(verb)) return /^\s+that\b/.test(after) || OWN_CLAUSE.test(after) || PAST_CLAUSE.test(after) || DEMONSTRATIVE_CLAUSE.test(after);
  if (PROMISING.has(verb)) return false;
  if (GIVING_AS.has(verb)) return COUNT_AS.test(after);
  if (ESTIMATING.has(verb)) return ESTIMATED_AMOUNT.test(after) || MEASURE_AT.test(after);
  if (DISPUTING.has(verb)) return DISPUTED.test(after) && !NOUN_BEFORE.test(view.masked.slice(view.start, verbSpan.start));
  if (verb === 'considers' || verb === 'regards') return HELD_TO_BE.test(after) || (verb === 'considers' && (IT_HELD.test(after) || PART_OF.test(after)));
  if (WATCHING.has(verb) || COUNTING.has(verb) || DESCRIBING.has(verb)) return reportsWhatItSaw(view, verb, verbSpan.start, after);
  // "revealed alarming details about the cooperation": what the details are about, no words of them yet.
  // Not when withheld: "did not reveal details of the attack" is the speaker's position.
  if (REVEALING.has(verb) && DETAILS_ABOUT.test(after)) return negatedAt(view, verbSpan.start);
  return !actsRatherThanSpeaks(view, verb, verbSpan.start, after);
}

/**
 * Acts a subject may repeat, after an optional determiner and up to three words that are no speech
 * nouns: "attacks", "their drone and missile strikes", "the raids"; not "calls for attacks".
 */
const REPEATED_ACT =
  /^\s+(?:(?:its|their|his|her|the|these|those|such)\s+)?(?:(?!(?:calls?|demands?|claims?|warnings?|threats?|appeals?|accusations?|allegations?|denials?|offers?|pledges?|promises?|statements?|remarks|words|that|for|of|to)\b)\p{Ll}[\p{L}-]*\s+){0,3}?(?:attacks?|strikes?|raids?|assaults?|shelling|bombings?|bombardments?|offensives?|incursions?|launches|tests?|drills?|exercises?|patrols?|violations?|seizures?|hijackings?)\b/u;

/** "by the Palace", "by Berg": an agent named after a participle ("by Tuesday", "by phone" name none). */
function agentAfter(after: string): boolean {
  const agent = /^\s+by\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*)/u.exec(after);
  return agent !== null && !isCalendarWord(agent[1] as string);
}

/**
 * "Elections in Ostmark condemned by the whole world": an agent told by a common noun after a
 * determiner is as much an agent as a name is. Not a time ("warned by the end of the week …") nor a
 * means ("announced by a video address that …"), after which the subject still speaks.
 */
function commonNounAgentAfter(after: string): boolean {
  const agent = COMMON_NOUN_AGENT.exec(after);
  return agent !== null && !NOT_AN_AGENT.test(agent[1] as string);
}

/** "by the whole world", "by many governments": a determiner and up to three words. */
const COMMON_NOUN_AGENT = /^\s+by\s+(?:the|a|an|all|many|most|several|both|every|each|some|other)\s+((?:\p{Ll}[\p{L}-]*\s*){1,3})/u;

/** Nouns after "by the" that tell when or how, not who. */
const NOT_AN_AGENT =
  /\b(?:end|time|middle|beginning|start|close|morning|afternoon|evening|night|weekend|week|month|year|way|phone|telephone|video|letter|e-?mail|message|link|mail|post|radio|statement|address|call|accounts|means)\b/u;

/** A document named right before a participle: "a report (posted on X)", "the statement (released by …)". */
const DOCUMENT_BEFORE = /\b(?:report|statement|video|post|message|letter|document|update|bulletin|notice|communiqu[eé])\s+$/i;

/** Words after which "alleged", "reported" describe the noun that follows. */
const ADJECTIVE_BEFORE = /\b(?:the|a|an|and|or|of|for|over|its|his|her|their|these|those|this|that)\s+$/i;

/**
 * Verbs of pointing to something, whose subject is as often a thing as a speaker: "the Bureau suggests
 * …", "reports from the Bureau indicate …" report; "cooperation with Sylvania indicates …", "the fall
 * of Marsh City suggests …" do not, and the name after the preposition does not speak.
 */
const POINTING = new Set(['suggests', 'suggest', 'suggested', 'indicates', 'indicate', 'indicated']);

/**
 * Prepositions a subject's head noun may take before a name: "talks with", "the fall of". Not "from"
 * and "by", after which the source still points: "reports from the Bureau", "estimates by Berg".
 */
const NOT_THE_SOURCE = new Set(['with', 'between', 'against', 'to', 'for', 'on', 'about', 'over', 'into', 'at', 'of', 'in', 'after', 'amid', 'among', 'toward', 'towards', 'under', 'near', 'across', 'through', 'without', 'within']);

/** Whether a pointing verb's subject phrase, at `phraseStart`, is only the object of a preposition ("cooperation with Sylvania indicates"). */
export function pointsWithoutSpeaker(view: SentenceView, verb: string, phraseStart: number): boolean {
  if (!POINTING.has(verb)) return false;
  // The word right before the phrase, read from a short tail (an end-anchored pattern would be tried at every offset).
  const before = /([\p{L}]+)\s+$/u.exec(view.masked.slice(Math.max(view.start, phraseStart - 24), phraseStart))?.[1]?.toLowerCase();
  return before !== undefined && NOT_THE_SOURCE.has(before);
}

/** Whether a verb of reading, with its subject phrase, is speech: only documents read ("the statement read"). */
export function readsAsSpeech(verb: string, subject: string | null): boolean {
  return !READ_VERBS.has(verb) || (subject !== null && DOCUMENT.test(subject));
}

/** "to" and what is answered, then "that" or a quotation, with no "and" opening a speech verb of its own between. */
const RESPONDED_TO_WORDS =
  /^\s+to\s(?:(?!\band\s+(?:\p{Ll}+ly\s+)?(?:said|says|added|adds|told|tells|stated|declared|warned|insisted|stressed|noted|wrote|called|urged)\b)[^.;])*(?:\bthat\b|\u2592)/u;

/**
 * "The destroyer responded to distress calls", "As the ships responded, …", "briefed Berg on the talks":
 * no words reported. Speech when a quotation or "that" follows, when the verb ends the sentence
 * ("…, the ministry replied."), or when a quotation comes before it in its sentence ("“No,” Berg
 * replied to a reporter").
 */
function actsRatherThanSpeaks(view: SentenceView, verb: string, verbStart: number, rest: string): boolean {
  if (verb === 'shared') return !SHARED_ON_CHANNEL.test(rest) && !SHARED_IN_STATEMENT.test(rest);
  if (SPEECH_WITH_WORDS.has(verb)) return !QUOTED_SOON.test(rest) && !view.masked.slice(view.start, verbStart).includes('\u2592');
  if (THANKING.has(verb)) return !QUOTED_IN_CLAUSE.test(rest) && !THANKED_FOR_ACT.test(rest);
  // "advised vessels to transit cautiously", "recommended ships to sail at full speed": advice in words,
  // whom it is given to, then what to do ("recommended the crew to the navy" is no advice).
  if (ADVISING.has(verb) && ADVISED_TO_DO.test(rest)) return false;
  if (TELLS_WHOM.has(verb)) return !/\bthat\b|\u2592/u.test(rest) && !/^[\s.!?]*$/.test(rest);
  if (!ACTS_UNLESS_REPORTING.has(verb)) return false;
  if (/^\s*[:,]?\s*(?:that\b|\u2592)|\bby saying\b/u.test(rest) || /^[\s.!?]*$/.test(rest)) return false;
  // "responded to the charge that …", "replied to reporters: “…”"; not "responded to the news and said
  // “…”", whose words are the next verb's.
  if (RESPONDED_TO_WORDS.test(rest)) return false;
  // "“…,” Berg replied to a reporter’s question": a quotation before the verb in its sentence.
  return !view.masked.slice(view.start, verbStart).includes('\u2592');
}
