/**
 * The verbs that introduce speech in English news copy. Generic English, no topic words.
 * Present forms that are also common nouns ("claims", "reports", "notes") are left out on purpose:
 * "Freedonian claims were denied" must not read as Freedonia claiming something.
 */

/** Finite speech verbs, as they follow a speaker: "X said", "X has warned", "X points out". */
export const speechVerbs: readonly string[] = [
  'said', 'says', 'say',
  'added', 'adds',
  'told', 'tells',
  'confirmed', 'confirms',
  'warned', 'warns',
  'stressed', 'stresses',
  'dismissed', 'dismisses',
  'denied', 'denies', 'deny', 'disputed',
  'declared', 'declares',
  'replied', 'replies',
  'responded', 'responds',
  'noted',
  'pointed out', 'points out',
  'went on to say', 'goes on to say',
  'assessed', 'assesses',
  'maintained', 'maintains',
  'pledged',
  'claimed',
  'asserted', 'asserts', 'assert',
  'stated',
  'explained', 'explains',
  'clarified', 'clarifies',
  'recorded', 'registered',
  'argued', 'argues',
  'insisted', 'insists',
  'reiterated', 'reiterates',
  'acknowledged', 'acknowledges', 'recognized', 'recognised', 'recognizes', 'recognises',
  'announced', 'announces',
  'emphasized', 'emphasised', 'emphasizes', 'emphasises',
  'underlined', 'underscored', 'highlighted',
  // Speech only inverted after the words they report (invertedOnlySpeechVerbs): "“…,” underlines the agency",
  // not "the attack underlines the risk".
  'underlines', 'underscores',
  'urged', 'urges',
  'cautioned',
  'suggested', 'suggests', 'suggest',
  'alleged', 'alleges',
  'rejected',
  'vowed',
  'promised',
  'admitted', 'admits',
  'conceded', 'concedes',
  'countered',
  'predicted',
  'estimated',
  'asked', 'asks',
  'wrote',
  'tweeted',
  'posted',
  // Read only right before the channel (speech-contexts.ts): "shared via X", not "shared a border".
  'shared',
  // Read only right before a quotation or "that" (speech-contexts.ts): not "a detailed plan", "detailed the losses".
  'detailed',
  // Read only before a quotation or "that", or after the quotation they close (speech-contexts.ts):
  // "“…,” the command concluded", "the panel determined that …"; not "the talks concluded on Friday",
  // "determined to fight".
  'concluded', 'determined',
  // Read only before a colon and a quotation (speech-contexts.ts): "He continued: “…”", not "the strikes continued".
  'continued',
  'remarked',
  'observed',
  'affirmed', 'reaffirmed', 'affirms', 'reaffirms',
  'repeated',
  'revealed',
  'disclosed',
  'cited',
  'reported',
  // Verbs that say what the statement does; the stance reads them too.
  'indicated', 'indicates', 'indicate', 'analyzed', 'analysed', 'assured', 'refuted', 'rejects', 'refutes',
  'condemned', 'condemns', 'denounced', 'denounces', 'criticised', 'criticized', 'criticises', 'criticizes',
  'accused', 'accuses', 'blamed', 'blames', 'threatened', 'threatens', 'vows', 'pledges', 'welcomed', 'welcomes',
  'described', 'describes', 'termed', 'branded', 'labelled', 'labeled',
  // Read only before an object and "as" (speech-contexts.ts): "referred to the events as aggression",
  // not "referred to the court", "referred to as a hero" (no one who says it).
  'referred to', 'refers to',
  'called on', 'called upon', 'called for', 'calls on', 'calls upon', 'calls for', 'demanded', 'demands', 'appealed',
  'spoke of', 'expressed', 'voiced', 'praised', 'praises', 'hailed', 'hails', 'lauded', 'lauds', 'thanked', 'conveyed',
  'believes', 'believe', 'suspect', 'suspects', 'thinks', 'fears', 'feared',
  'informed', 'briefed', 'testified', 'recalled', 'recounted', 'signalled', 'signaled', 'hinted',
  'reasserted', 'reasserts', 'restated', 'restates', 'contended', 'contends', 'complained', 'complains', 'lamented',
  'laments', 'boasted', 'boasts', 'proclaimed', 'proclaims', 'speculated', 'retorted', 'quipped', 'decried', 'decries',
  'deplored', 'deplores', 'lambasted', 'reassured', 'confessed', 'pleaded', 'implored', 'specified', 'elaborated',
  'commented', 'requested', 'requests', 'proposed', 'notified',
  // Positions taken in words: "ruled out talks", "played down the threat", "appealed for calm",
  // "slammed the strikes as …" (not "slammed into the port": speech-contexts.ts).
  'ruled out', 'rules out', 'played down', 'plays down', 'downplayed', 'downplays', 'appealed for', 'appeals for',
  'slammed', 'slams',
  // Read only before "that" or "whether": "charged the battery", "questioned the sailors" are acts;
  // "considered that …" holds a view as "believes" does, "considered the offer" weighs it.
  'charged that', 'swore that', 'swears that', 'questioned whether', 'questions whether', 'considered that', 'considers that',
  // Doubt cast on a stance, read only before what is doubted (speech-contexts.ts): "questioned Berg's
  // commitment to …", "questioned the legitimacy of …"; "questioned the sailors" is an act.
  'questioned',
  // Concern voiced, read only before the concern (speech-contexts.ts): "raised concerns over …", not
  // "raised the flag", "raised funds".
  'raised', 'raises',
  // Plural present forms seen in copy: "analysts speculate that …", "sources report that …" ("the
  // reports" stays a noun: only before "that").
  'speculate', 'speculates', 'report that',
  // An undertaking, read only before "to" (speech-contexts.ts): "committed to partner with …", not
  // "committed war crimes".
  'committed', 'commits',
  // Condolences are words offered: "offered condolences for their “unbearable pain”".
  'offered condolences', 'offers condolences', 'extended condolences',
  // Present forms with a plural subject, as headlines and leads write them: "Rights groups warn that …",
  // "Ministers urge Sylvania to …". Those that are also nouns ("a call for calm", "the demand for") are
  // read as nouns after a determiner or a possessive (speech-contexts.ts).
  'urge', 'warn', 'call on', 'call for', 'demand', 'condemn', 'denounce', 'accuse', 'criticise', 'criticize',
  'stress', 'reiterate', 'emphasise', 'emphasize', 'reject', 'allege', 'welcome', 'praise', 'blame', 'threaten',
  'vow', 'pledge', 'argue', 'explain', 'reaffirm', 'appeal for',
  // Present forms seen in copy: "executives describe the situation as critical", "the company cites concerns".
  'describe', 'cites',
  // Naming what a thing is, read only before an object and "as" (speech-contexts.ts): "characterised the
  // strikes as aggression", "identified the vessel as a tanker"; not "identified the remains".
  'characterised', 'characterized', 'characterises', 'characterizes', 'identified', 'identifies',
  // A description given right after the verb (speech-contexts.ts): "raids the militia casts as a
  // defence of the coast"; not "cast a vote", "cast doubt on", "was cast as a villain".
  'cast', 'casts',
  // Present forms that are also nouns count only before "that": "the ministry claims that …".
  // Bare forms, read after a negating auxiliary ("has not confirm…", "declined to comment"); after "to"
  // alone they stay cancelled ("plans to confirm").
  'confirm', 'comment', 'acknowledge', 'verify', 'answer',
  // "did not announce any casualties", "did not specifically mention the war", "did not disclose …".
  'announce', 'mention', 'disclose', 'reveal', 'specify', 'clarify', 'elaborate',
  // "did not address what might happen to …", "has not addressed whether …": only before an indirect
  // question (speech-contexts.ts).
  'address', 'addressed',
  // "would neither confirm nor deny", "did not confirm or deny", "has neither confirmed nor denied",
  // "hadn't confirmed or denied": one withheld position, never a denial (nor "confirmed" with "or denied
  // …" left as what was said).
  'confirm nor deny', 'confirm or deny', 'confirmed nor denied', 'confirmed or denied', 'confirms nor denies', 'confirms or denies',
  // Present forms that are also nouns, read only before a clause of their own (speech-contexts.ts):
  // "the ministry claims Sylvanian instructors taught them", "officials claim the forces left …",
  // not "the claims were false".
  'claims', 'insists', 'maintains', 'claim', 'insist', 'maintain',
  // The plural present form of a noun, read only before an infinitive or "that" (speech-contexts.ts):
  // "the rebels promise to go on", not "a promise to voters". ("promises" is left out: most often the noun.)
  'promise',
  // Withheld words, a speaker's position on what they will not say: "gave no further details on …",
  // "did not provide details". Read only before "details", "information" and the like (attributions.ts).
  'gave no', 'gives no', 'provided no', 'offered no', 'give', 'provide', 'offer',
  // Estimates, read only before an amount or "the number … at" (attributions.ts): "The bureau estimates
  // more than 900 …", "Local media put the number of arrivals at about 3,000". "Casualty estimates rose"
  // is a noun.
  'estimates', 'put', 'puts', 'placed', 'places',
  // "The agency gave the death toll as 42": read only before a count "as" an amount (speech-contexts.ts).
  'gave', 'gives',
  // Read only before what they dispute (speech-contexts.ts): "disputes this claim", not "border disputes".
  'disputes', 'dispute',
  // A standing view, read only before an object and what it is held to be (speech-contexts.ts):
  // "considers the region as its territory", "regards it as an honour"; not "considers options".
  'considers', 'regards',
  // Read only before "that" or a quotation (attributions.ts): "reminded reporters that …", not "reminded Berg of …".
  'reminded', 'reminds', 'recommended', 'recommends', 'advised', 'advises',
  // A speaker's own term for something, read only before its object and the quoted term
  // (speech-contexts.ts): "Berg called it “reckless”", not "a group called “…”" or "Ruhl called Berg".
  'called',
  // Read only after the words they report (attributions.ts): "…, reports the Courier." "The reports said" is a noun.
  'reports', 'writes',
  // Said of documents only (attributions.ts): "“…,” the statement read." "Berg read the letter" is no speech.
  'read', 'reads',
  'claims that', 'reports that', 'estimates that', 'estimate that', 'notes that', 'warns that', 'states that', 'informs that', 'communicated that', 'communicates that', 'presented that', 'presents that', 'mentioned that', 'mentions that', 'found that', 'finds that', 'verified that', 'verifies that',
  // "Ruhl made (it) clear that …": a speaker's plain statement, read only before "that".
  'made clear that', 'makes clear that', 'made it clear that', 'makes it clear that',
];

/** Participles that continue an attribution without a subject of their own: ", adding that …". */
export const participleSpeechVerbs: readonly string[] = [
  'saying', 'adding', 'noting', 'warning', 'stressing', 'insisting', 'arguing', 'claiming',
  'explaining', 'declaring', 'asserting', 'stating', 'emphasizing', 'emphasising', 'urging',
  'describing', 'recounting', 'rejecting', 'denying', 'dismissing', 'confirming', 'acknowledging', 'admitting',
  'pledging', 'vowing', 'promising', 'revealing', 'accusing', 'blaming', 'telling', 'reporting', 'calling', 'reiterating',
  'condemning', 'denouncing', 'criticising', 'criticizing', 'expressing', 'voicing', 'praising', 'hailing', 'lauding', 'welcoming',
  'reaffirming', 'announcing', 'alleging', 'demanding', 'requesting', 'appealing', 'pleading', 'crediting', 'attributing', 'conveying',
  'making clear that', 'making it clear that', 'suggesting that',
  // Mostly read after ", without" (attributions.ts): "…, without specifying what forces were involved".
  'specifying', 'disclosing', 'mentioning',
  // Read only before a reason, not a source (cited-reason.ts): ", citing security concerns", not ", citing officials".
  'citing',
  // Read only before an infinitive (speech-contexts.ts): ", offering to take in the sailors", not "offering shelter".
  'offering',
  // Read only before an object and "as" (speech-contexts.ts): ", framing the move as a warning", not "framing the windows".
  'framing', 'portraying', 'characterising', 'characterizing', 'labeling', 'labelling', 'branding', 'identifying',
];

/** Verbs that can stand before their subject after a quote: “…,” said Anna Berg. */
export const invertibleSpeechVerbs: ReadonlySet<string> = new Set([
  'said', 'says', 'added', 'adds', 'asked', 'asks', 'replied', 'wrote', 'told', 'explained', 'warned', 'reports', 'reported', 'writes',
  'read', 'reads', 'stated', 'noted', 'stressed', 'emphasized', 'emphasised', 'insisted', 'declared',
  'remarked', 'responded', 'argued', 'recalled',
  // Copy translated from languages that put the verb first ("souligne le HCR") and wire copy that
  // confirms or stresses after a quotation: "“…,” underlines the agency", "“…,” confirmed the Command".
  'underlines', 'underscores', 'underlined', 'underscored', 'stresses', 'emphasizes', 'emphasises', 'insists', 'declares',
  'explains', 'warns', 'recalls', 'affirmed', 'affirms', 'confirmed', 'confirms', 'assured', 'observed', 'commented',
  'clarified', 'specified', 'announced',
]);

/** Verbs that are speech only after what they report, inverted: "…, reports the Courier." */
export const invertedOnlySpeechVerbs: ReadonlySet<string> = new Set(['reports', 'writes', 'underlines', 'underscores']);

/**
 * Verbs by which news outlets report. A statement introduced by one of them speaks for no government
 * unless the speaker is a known actor: "Freedonia Herald reported" is the paper's claim.
 */
export const mediaSpeechVerbs: ReadonlySet<string> = new Set(['reported']);

/**
 * Words after "that" that make it a determiner of time, not the conjunction a verb ending in "that" needs:
 * "the plan Ruhl presented that day", "mentioned that morning".
 */
const THAT_OF_TIME = String.raw`(?!\s+(?:day|morning|afternoon|evening|night|week|weekend|month|year|time|moment)\b)`;

/** Every speech verb and participle, longest first, as alternatives of a pattern ("pointed\\s+out|…|say"). */
const VERB_ALTERNATIVES = [...speechVerbs, ...participleSpeechVerbs]
  .sort((a, b) => b.length - a.length)
  .map((verb) => verb.replaceAll(' ', '\\s+') + (verb.endsWith(' that') ? THAT_OF_TIME : ''))
  .join('|');

/** Matches any speech verb or participle as a whole word (case-sensitive: verbs are lower case in copy). */
export const SPEECH_VERB_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${VERB_ALTERNATIVES})(?![\\p{L}\\p{N}'’-])`, 'gu');

/** SPEECH_VERB_PATTERN tried at one offset (sticky). */
const SPEECH_VERB_AT = new RegExp(SPEECH_VERB_PATTERN.source, 'uy');

/** The first words of the speech verbs ("pointed" of "pointed out"), which `speechVerbMatches` looks up. */
const FIRST_WORDS: ReadonlySet<string> = new Set(
  [...speechVerbs, ...participleSpeechVerbs].map((verb) => {
    // The lookup reads a word as its run of lower-case letters; a verb spelled otherwise would never be found.
    if (!/^[a-z]+(?: [a-z]+)*$/.test(verb)) throw new Error(`speech verb "${verb}": write it as lower-case words separated by single spaces`);
    return verb.split(' ')[0] as string;
  }),
);

/** A word's hash with one more letter: a number below 2^16, worked out letter by letter as the word is read. */
function hashWith(hash: number, code: number): number {
  return (hash * 31 + code) & 0xffff;
}

/**
 * The hashes of the first words: a word whose hash is none of them is no first word, which is told
 * without copying the word out of its text to look it up ("the", "that", "and" are never copied).
 */
const FIRST_WORD_HASHES = new Uint8Array(0x10000);
for (const word of FIRST_WORDS) {
  let hash = 0;
  for (let k = 0; k < word.length; k++) hash = hashWith(hash, word.charCodeAt(k));
  FIRST_WORD_HASHES[hash] = 1;
}

function isLowerAscii(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/**
 * The matches of SPEECH_VERB_PATTERN in `text`, in order: what `text.matchAll(SPEECH_VERB_PATTERN)`
 * gives, found several times faster. A match opens a word with the first word of some verb, so the
 * pattern is tried only where a lower-case word starts and that word is one (the word is the run of
 * lower-case letters: a verb's first word is followed by a space or by no letter at all).
 */
export function speechVerbMatches(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isLowerAscii(text.charCodeAt(i)) || isLowerAscii(text.charCodeAt(i - 1))) continue;
    let end = i + 1;
    let hash = hashWith(0, text.charCodeAt(i));
    for (let code = text.charCodeAt(end); isLowerAscii(code); code = text.charCodeAt(++end)) hash = hashWith(hash, code);
    if (FIRST_WORD_HASHES[hash] === 1 && FIRST_WORDS.has(text.slice(i, end))) {
      SPEECH_VERB_AT.lastIndex = i;
      const match = SPEECH_VERB_AT.exec(text);
      if (match) {
        found.push(match);
        end = match.index + match[0].length;
      }
    }
    i = end - 1;
  }
  // A speech act's noun comes before "that", "to" or (an appeal) "for", after one of a few verbs: most sentences need not be searched.
  const acts = (text.includes('that') || text.includes(' to ') || text.includes(' for ')) && SPEECH_ACT_VERBS.some((verb) => text.includes(verb)) ? [...text.matchAll(SPEECH_ACT_NOUN)] : [];
  if (acts.length === 0) return found;
  // A verb inside a speech act named by its noun ("repeated the claim that") is read as the act.
  const inAct = (m: RegExpExecArray): boolean => acts.some((act) => m.index >= act.index && m.index < act.index + act[0].length);
  return [...found.filter((m) => !inAct(m)), ...acts].sort((a, b) => a.index - b.index);
}

/**
 * A speech act named by its noun, before the clause it reports: "offered the Bureau's assessment
 * that …", "gave a warning that …", "made the claim that …", "issued a warning that …", or before whom it
 * tells to act: "issued a warning to vessels to transit with caution". The match is read as the verb.
 * An appeal is a call told as a noun: "launched an appeal for funds", "issued an urgent appeal to the
 * Council and its members to act"; its addressees may be a longer list than a warning's.
 */
export const SPEECH_ACT_NOUN =
  /(?<![\p{L}])(?:(?:offered|gave|shared|presented|made|repeated|put forward|laid out|issued)\s+(?:(?:the|a|an|his|her|its|their|our)\s+)?(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?['’]s?\s+)?(?:\p{Ll}+\s+)?(?:assessment|view|belief|estimate|prediction|claim|argument|assurance|warning|promise|pledge)(?=\s+that\b|\s+to\s+(?:[\p{L}'’-]+\s+){1,4}?to\s+\p{Ll})|(?:made|repeated|issued|launched|renewed)\s+(?:(?:a|an|its|their|his|her|our)\s+)?(?:\p{Ll}+\s+)?appeal(?=\s+for\s+\p{Ll}|\s+to\s+(?:[\p{L}'’-]+\s+){1,8}?to\s+\p{Ll}))/gu;

/** The verbs SPEECH_ACT_NOUN opens with, one of which it cannot match without (test/detect/quote-cues.test.ts). */
export const SPEECH_ACT_VERBS = ['made', 'gave', 'offered', 'shared', 'presented', 'repeated', 'put forward', 'laid out', 'issued', 'launched', 'renewed'];

const participles = new Set(participleSpeechVerbs);

/** Whether a verb as written is a subjectless participle ("adding"). */
export function isParticiple(verb: string): boolean {
  return participles.has(verb);
}
