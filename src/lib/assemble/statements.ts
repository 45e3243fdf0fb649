import { makeCitation } from '../citation.ts';
import type { Diagnostic, ResolvedDate, Stance } from '../model.ts';
import type { StatementCandidate } from './candidate.ts';
import { type ParagraphAnalysis, type SourceAnalysis, sentenceAt, within } from './source-analysis.ts';
import { isDenialVerb, negatedFrame, readReporting, type Reporting } from './reporting.ts';
import { stanceOf } from './stance.ts';
import { quotedAsCalledFor } from './stance/call-frame.ts';
import { assessesForNoSide, speaksAsDocument, speaksAsFinding, type StanceSpeaker } from './stance/speaker.ts';
import { quotedAsTerm } from './stance/term-frame.ts';
import { ACCORDING_TO_VERB } from '../detect/quotes/attribution-patterns.ts';
import { speechVerbMatches } from '../detect/quotes/speech-verbs.ts';
import type { StatementMention } from '../detect/quotes/index.ts';
import type { ActorLexicon } from '../topic/actor-lexicon.ts';
import type { Actor } from '../../schemas/actor.ts';
import { PRIVATE_PERSONS } from '../detect/quotes/word-lists.ts';

/** At most this many words between a date and a speech verb for the date to say when it was spoken. */
const NEAR_VERB_WORDS = 6;

/**
 * Whether a date sits next to a speech verb ("said on Tuesday", "On Tuesday, X said", "told a
 * briefing on Wednesday") rather than inside what was reported ("said that troops moved in June").
 * `verbs` are the sentence's speech verbs (`speechVerbMatches`).
 */
function datesTheSpeech(sentence: string, verbs: readonly RegExpExecArray[], dateStart: number, dateEnd: number): boolean {
  for (const verb of verbs) {
    const verbStart = verb.index;
    const verbEnd = verb.index + verb[0].length;
    const between = verbEnd <= dateStart ? sentence.slice(verbEnd, dateStart) : dateEnd <= verbStart ? sentence.slice(dateEnd, verbStart) : '';
    const words = between.trim() === '' ? 0 : between.trim().split(/\s+/).length;
    if (words <= NEAR_VERB_WORDS && !/\bthat\b|[“"]/.test(between)) return true;
  }
  return false;
}

/**
 * The day a statement was made: a date in its sentence, outside the quoted words, next to the
 * speech verb ("…,” he told reporters on Wednesday). Dates inside a quote or a reported clause
 * are what was said, not when.
 */
function statementDate(paragraph: ParagraphAnalysis, evidenceStart: number, evidenceEnd: number, quoted: boolean): ResolvedDate | null {
  const sentence = sentenceAt(paragraph, evidenceStart) ?? sentenceAt(paragraph, Math.max(0, evidenceEnd - 1));
  if (!sentence) return null;
  const candidates = paragraph.dates.filter((d) => within(d.index, d.endIndex, sentence.start, sentence.end));
  const outside = quoted ? candidates.filter((d) => !within(d.index, d.endIndex, evidenceStart, evidenceEnd)) : candidates;
  // The sentence's verbs are read once, for all its dates, and only when it has one.
  let verbs: RegExpExecArray[] | undefined;
  const spoken = outside.find((d) => !d.expected && datesTheSpeech(sentence.text, (verbs ??= speechVerbMatches(sentence.text)), d.index - sentence.start, d.endIndex - sentence.start));
  return spoken ? spoken.date : null;
}

/**
 * The day a channel relayed a report: a date in its own words ("…, the Courier reported on Thursday"),
 * never one inside the report it relays.
 */
function relayDate(paragraph: ParagraphAnalysis, mention: StatementMention): ResolvedDate | null {
  const relayed = mention.reported === null ? -1 : paragraph.text.indexOf(mention.reported, mention.index);
  if (relayed < 0 || mention.reported === null) return null;
  return statementDate(paragraph, relayed, relayed + mention.reported.length, true);
}

/**
 * Quoted words inside a negated clause are not the speaker's assertion: "he did not consider them to be
 * a “big security challenge”" shows the quote with "did not consider", negated.
 */
function framedReporting(paragraphText: string, mention: StatementMention, reporting: Reporting): Reporting {
  if (mention.kind !== 'quote' || mention.quote === null || reporting.negated) return reporting;
  const quoteStart = paragraphText.indexOf(mention.quote, mention.index) - 1;
  if (quoteStart < 0) return reporting;
  const frame = negatedFrame(paragraphText, quoteStart);
  if (!frame || insideReportedClause(paragraphText, mention, quoteStart, frame)) return reporting;
  return { verb: frame, negated: true, denial: false };
}

/**
 * A quoted adverb of the verb right after it is part of a denial: "said it “categorically” disagreed
 * with the criticism", "said it “firmly” rejects the accusations". The quote alone ("categorically")
 * would show the denial as an assertion, so the denying verb joins the telling, negated. Only a single
 * word in "-ly" right before a verb that denies, rejects or disagrees: "“deeply” regrets" tells no denial.
 */
function deniedByVerbAfter(paragraphText: string, mention: StatementMention, reporting: Reporting): Reporting {
  if (mention.kind !== 'quote' || mention.quote === null || reporting.negated || !/^\p{L}+ly$/u.test(mention.quote)) return reporting;
  const quoteEnd = paragraphText.indexOf(mention.quote, mention.index) + mention.quote.length;
  const next = /^[”"’']?\s+(\p{L}+)/u.exec(paragraphText.slice(quoteEnd))?.[1];
  if (next === undefined || !(isDenialVerb(next) || /^disagre/i.test(next))) return reporting;
  return { verb: reporting.verb === null ? next : `${reporting.verb} … ${next}`, negated: true, denial: true };
}

/**
 * Reported words that are the speaker's own refusal or inability to comment: "(said) it could not comment
 * on the reports", "(said) it could not speak for the coastguard or comment on …", "(said) they would not
 * provide details". Not what the speaker will not do otherwise ("it would not withdraw its ships"), nor
 * another's inability ("the rebels could not comment").
 */
const OWN_REFUSAL_TO_COMMENT =
  /^(?:that\s+)?(?:it|they|he|she|we|I)\s+(?:(?:could|would|can|will)(?:\s+not|n['’]t)|cannot|won['’]t)\s+(?:\p{Ll}+ly\s+)?(?:comment|speak\s+(?:for|on|about|to)|discuss|disclose|elaborate|say|confirm|verify|(?:provide|give|offer|share)\s+(?:any\s+|further\s+|more\s+)?(?:details|information|comment))\b/u;

/** A telling whose words withhold a position (OWN_REFUSAL_TO_COMMENT) withholds it, as "declined to comment" does. */
function withheldInWords(mention: StatementMention, reporting: Reporting): Reporting {
  if (reporting.negated || mention.kind !== 'reported' || mention.reported === null || !OWN_REFUSAL_TO_COMMENT.test(mention.reported)) return reporting;
  return { ...reporting, negated: true };
}

/** A negated modal, which tells a refusal or an impossibility rather than a fact: "would not accept", "will never agree". */
const REFUSAL_FRAME = /^(?:would|will|could|can|should|must|shall|wo|ca)(?:\s|n['’]t)/i;

/** The subject of a clause that is the speaker's own: "he did not consider", "it has never accepted". */
const SPEAKERS_OWN_SUBJECT = /^(?:that\s+)?(?:he|she|it|they|we|I)$/i;

/**
 * "Ruhl said Sylvania has never betrayed its “allies”": a negated verb inside the clause a speech verb
 * before it reports, with a subject of its own, is what the speaker says, not how the quote is
 * reported. "Ruhl said he did not consider them …" is the speaker's own negated opinion, and "said the
 * ministry would not accept “…”" a refusal: still frames.
 */
function insideReportedClause(paragraphText: string, mention: StatementMention, quoteStart: number, frame: string): boolean {
  // "would not accept “any ultimatum”": a refusal told, which the frame shows as it is.
  if (mention.verbIndex === null || mention.verb === null || mention.verbIndex >= quoteStart || REFUSAL_FRAME.test(frame)) return false;
  const between = paragraphText.slice(mention.verbIndex + mention.verb.length, quoteStart);
  const at = between.lastIndexOf(frame);
  if (at < 0 || /[.;:!?]/.test(between)) return false;
  // The frame's own clause: "…, although he did not consider" is the speaker's again.
  const subject = (between.slice(0, at).split(/[,;:]|\s(?:and|but|while|although|though|whereas|because|as|since)\s/).at(-1) ?? '').trim();
  if (subject !== between.slice(0, at).trim()) return false;
  return subject !== '' && !/^that$/i.test(subject) && !SPEAKERS_OWN_SUBJECT.test(subject);
}

/** "the 47-year-old farmer", "a Sylvanian soldier": a person described by their trade or lot, who speaks for themselves. */
function describesPrivatePerson(description: string): boolean {
  const head = description.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
  return PRIVATE_PERSONS.has(head);
}

/** Statements of one source, from its quote and speaker mentions. */
export function assembleStatements(analysis: SourceAnalysis, lexicon: ActorLexicon): { candidates: StatementCandidate[]; diagnostics: Diagnostic[] } {
  const { source } = analysis;
  const candidates: StatementCandidate[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const paragraph of analysis.paragraphs) {
    for (const mention of paragraph.statements) {
      // "…, Radio Marsh writes.", "This was reported by Radio Marsh." or "…, according to Radio Marsh."
      // in Radio Marsh's own article: the outlet does not relay to itself, nor credit its account to itself.
      const creditsItself = mention.relays || mention.creditsBefore || ACCORDING_TO_VERB.test(mention.verb ?? '');
      if (creditsItself && isPublisher(mention, source.publisher, lexicon)) continue;
      const end = mention.index + mention.evidence.length;
      const reporting = withheldInWords(mention, deniedByVerbAfter(paragraph.text, mention, framedReporting(paragraph.text, mention, readReporting(paragraph.text, mention.verb, mention.verbIndex))));
      candidates.push({
        speaker: mention.speaker,
        government: mention.government,
        quote: mention.quote,
        reported: mention.reported,
        verb: reporting.verb,
        negated: reporting.negated,
        stance: relayStance(paragraph, mention, lexicon) ?? stanceOfMention(paragraph, mention, reporting, lexicon),
        date: mention.relays ? relayDate(paragraph, mention) : statementDate(paragraph, mention.index, end, mention.kind === 'quote' && mention.evidence === mention.quote),
        citations: [
          makeCitation(source.id, paragraph.n, mention.evidence),
          ...(mention.creditedIn ? [makeCitation(source.id, mention.creditedIn.paragraph, mention.creditedIn.evidence)] : []),
        ],
        origin: { source: source.id, published: source.published, paragraph: paragraph.n, index: mention.index },
      });
      const where = { source: source.id, file: source.file, paragraph: paragraph.n };
      if (mention.resolvedBy === 'none' || (!mention.speaker.actor && !mention.government)) {
        diagnostics.push({
          rule: 'unresolved-speaker',
          message: `no government found for the speaker "${mention.speaker.description}" of "${mention.evidence.slice(0, 60)}"; add the speaker or an alias to content/actors.yaml if they speak for one`,
          ...where,
        });
      }
      if (mention.unclosedQuote) {
        diagnostics.push({ rule: 'unclosed-quote', message: `a quotation mark opened in this paragraph is never closed; check the source text`, ...where });
      }
    }
  }
  return { candidates, diagnostics };
}

/** The stance of a statement from its reporting and words, with what the stance needs to know of its speaker. */
function stanceOfMention(paragraph: ParagraphAnalysis, mention: StatementMention, reporting: Reporting, lexicon: ActorLexicon): Stance {
  const quoteStart = mention.kind === 'quote' && mention.quote !== null && !reporting.negated ? paragraph.text.indexOf(mention.quote, mention.index) - 1 : -1;
  // "vessels were advised to “transit with caution”": the writer's words before the quotation make it a call.
  if (quotedAsCalledFor(paragraph.text, quoteStart)) return 'calls-for';
  const speaker: StanceSpeaker = {
    forThemselves: mention.government === null && (mention.speaker.name !== null || describesPrivatePerson(mention.speaker.description)),
    reported: mention.reported !== null,
    ownSideFirst: opensWithOwnSide(paragraph, mention, lexicon),
    assesses: assessesForNoSide(mention.speaker.description, mention.government),
    forASide: mention.government !== null,
    document: speaksAsDocument(mention.speaker.description),
    finding: speaksAsFinding(mention.speaker.description),
  };
  // "(called on the peacekeepers to) halt what they describe as Sylvania’s “total aggression”": a name of
  // blame or of falsehood the writer gives as the speaker's term judges, whatever the verb around it does.
  if (mention.quote !== null && quotedAsTerm(paragraph.text, quoteStart)) {
    const named = stanceOf(NAMED, mention.quote, speaker);
    if (named === 'condemns' || named === 'denies') return named;
  }
  return stanceOf(reporting, mention.reported ?? mention.quote ?? '', speaker, mention.reported !== null ? mention.quote : null);
}

/** The reporting of a term the writer gives as someone's name for a thing ("what they call “…”"). */
const NAMED: Reporting = { verb: 'called', negated: false, denial: false };

/**
 * The stance of a channel that relays another's report, or undefined when it is not one. A channel
 * affirms that the report was made, whatever the report says ("Berg denied it, the Courier
 * reported"). A person who relays their own government or their own body is that side speaking:
 * "The government has promised to house them, she said" (its spokeswoman) promises, and "The
 * ministry has denied the reports, its spokesman said" denies; the relayed statement's stance is
 * theirs. Another body of the same government stays relayed ("the spy agency told the committee …,
 * according to a lawmaker").
 */
function relayStance(paragraph: ParagraphAnalysis, mention: StatementMention, lexicon: ActorLexicon): Stance | undefined {
  if (!mention.relays) return undefined;
  const channel = mention.speaker.actor === null ? undefined : lexicon.actor(mention.speaker.actor);
  const start = mention.reported === null ? -1 : paragraph.text.indexOf(mention.reported);
  const readout = channel !== undefined && issuesReadouts(channel);
  if ((channel?.kind !== 'person' && !readout) || mention.reported === null || start < 0 || channel === undefined) return 'confirms';
  const end = start + mention.reported.length;
  const ownSide = new Set([channel.government, channel.body].filter((id) => id !== undefined));
  // "Freedonia will house the sailors, Ruhl said, according to the Bureau's press service": a body's
  // readout that gives a person's words as its own is the body's statement, and does what the words
  // do (README, thirty-fourth batch). A readout that tells of the person speaking ("Ruhl reaffirmed
  // Freedonia's support, the Bureau said") affirms that they did.
  const opensTheReport = (m: StatementMention) => paragraph.text.startsWith(m.reported ?? m.quote ?? '', start);
  const relays = (m: StatementMention) => (readout ? lexicon.actor(m.speaker.actor as string)?.kind === 'person' && opensTheReport(m) : ownSide.has(m.speaker.actor as string));
  const relayed = paragraph.statements.find((m) => !m.relays && m.speaker.actor !== null && relays(m) && m.index >= start && m.index < end);
  if (!relayed) return 'confirms';
  const reporting = framedReporting(paragraph.text, relayed, readReporting(paragraph.text, relayed.verb, relayed.verbIndex));
  return stanceOfMention(paragraph, relayed, reporting, lexicon);
}

/** A news agency's name, which a state's agency may bear too: "Sylvanian Central News Agency". */
const NEWS_NAME = /\bnews\b/i;

/**
 * Whether an actor is a government's body that issues readouts of its dealings (a press service, a
 * presidency, a ministry): not a news agency, which carries others' words.
 */
function issuesReadouts(actor: Actor): boolean {
  return actor.kind === 'body' && !NEWS_NAME.test(actor.name) && !actor.aliases.some((alias) => NEWS_NAME.test(alias));
}

/** Whether the statement's speaker is the outlet that published the source. */
function isPublisher(mention: StatementMention, publisher: string | null, lexicon: ActorLexicon): boolean {
  if (publisher === null) return false;
  const outlet = lexicon.resolveSpeakerPhrase(publisher).actor;
  if (outlet !== null && outlet === mention.speaker.actor) return true;
  const said = (mention.speaker.name ?? mention.speaker.description).toLowerCase().replace(/^the\s+/, '');
  const published = publisher.toLowerCase().replace(/^the\s+/, '');
  // Whole words: "Radio Marsh" is "Radio Marsh News", not "Radio Marshland".
  return said !== '' && (said === published || published.startsWith(`${said} `) || said.startsWith(`${published} `));
}

/**
 * Whether the reported or quoted words open by naming the speaker's own side: "(Berg said) Freedonia
 * will consolidate …", "“Freedonia will ensure …,” Berg said", or its duty: "(according to Berg) the
 * primary duty of the Freedonian government is to …". The speaker's own government is then the one
 * that will act.
 */
function opensWithOwnSide(paragraph: ParagraphAnalysis, mention: StatementMention, lexicon: ActorLexicon): boolean {
  const words = mention.reported ?? mention.quote;
  if (words === null || mention.government === null) return false;
  const at = paragraph.text.indexOf(words, mention.index);
  if (at < 0) return false;
  const opening = /^(?:that\s+)?(?:the\s+)?(?:(?:[\p{L}-]+\s+){0,2}?(?:duty|obligation)\s+of\s+)?/iu.exec(words)?.[0].length ?? 0;
  // After "the duty of", the side may be named with its article ("the Freedonian government") or without it;
  // a side whose name holds its article ("the Ministry", "the Palace") is named from that article on.
  const article = /^(?:that\s+)?/i.exec(words)?.[0].length ?? 0;
  const starts = [at + article, at + opening, at + opening + (/^the\s+/i.exec(words.slice(opening))?.[0].length ?? 0)];
  return paragraph.actors.some((a) => starts.includes(a.index) && lexicon.governmentOf(a.actorId) === mention.government);
}
