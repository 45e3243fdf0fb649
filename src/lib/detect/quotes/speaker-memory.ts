/**
 * What a reader remembers while reading one source: who has spoken, in order, and the names used.
 * Pronouns ("he said") and short role phrases ("the official said") are resolved against it.
 */
import type { Speaker } from '../../model.ts';
import { oneWordingOfPosts } from './office-synonyms.ts';
import { NameRegistry } from './speaker-names.ts';
import { BUSINESSES, DOCUMENT_NOUNS, holdsWordOf, isRoleNoun, PRIVATE_PERSONS } from './word-lists.ts';

/** Whether a speaker is one person, several people, or an institution: what a pronoun can refer to. */
export type SpeakerKind = 'person' | 'group' | 'organisation';

/** A speaker as resolved once, to be copied when a later pronoun refers to it. */
export interface KnownSpeaker {
  speaker: Speaker;
  government: string | null;
  kind: SpeakerKind;
}

/** Whether two speakers are the same: the same actor, or the same words when neither is known. */
function sameSpeaker(a: KnownSpeaker, b: KnownSpeaker): boolean {
  if (a.speaker.actor || b.speaker.actor) return a.speaker.actor === b.speaker.actor;
  return a.speaker.name === b.speaker.name && a.speaker.description.toLowerCase() === b.speaker.description.toLowerCase();
}

/** One capitalised word: "Kowal", "Courier"; not a pronoun or determiner opening a sentence ("His", "This"). */
const LONE_NAME = /^(?!(?:He|She|It|They|We|His|Her|Its|Their|Our|This|That|These|Those|The)$)\p{Lu}[\p{L}’'-]+$/u;

/** Which kinds of speaker each pronoun can refer to. */
const PRONOUN_KINDS: Record<string, SpeakerKind[]> = {
  he: ['person'],
  she: ['person'],
  it: ['organisation'],
  they: ['group', 'organisation'],
  // "according to him": the object forms after "according to".
  him: ['person'],
  her: ['person'],
  them: ['group', 'organisation'],
};

type Gender = 'male' | 'female';

/** The gender a personal pronoun tells. */
const GENDER_OF: Record<string, Gender> = { he: 'male', him: 'male', she: 'female', her: 'female' };

/** Nouns for a person that tell their gender: "the woman", "his wife", "a spokesman". Not "ombudsman", "chairman", said of anyone. */
const GENDERED_NOUNS: Record<string, Gender> = {
  woman: 'female', wife: 'female', mother: 'female', daughter: 'female', sister: 'female', girl: 'female', widow: 'female',
  grandmother: 'female', spokeswoman: 'female', businesswoman: 'female', congresswoman: 'female', actress: 'female',
  man: 'male', husband: 'male', father: 'male', son: 'male', brother: 'male', boy: 'male', widower: 'male',
  grandfather: 'male', spokesman: 'male', businessman: 'male', congressman: 'male',
};

/**
 * The gender a person's description ends with a noun of ("The woman", "the victim's mother", "a
 * young man"): "“…,” the woman said. … He announced …" cannot mean her. Undefined for any other.
 */
function genderDescribed(description: string): Gender | undefined {
  const head = /(\p{Ll}+)$/u.exec(description)?.[1];
  return head ? GENDERED_NOUNS[head] : undefined;
}

/** What a person is remembered by: their actor, else their name. */
function personKey(known: KnownSpeaker): string | null {
  return known.speaker.actor ?? known.speaker.name;
}

/**
 * The key a person's gender is kept under: their actor or name, else their description ("The human
 * rights investigator …" called "he" is not a later "she").
 */
function genderKey(known: KnownSpeaker): string | null {
  const description = known.speaker.description.trim().toLowerCase();
  return personKey(known) ?? (description === '' ? null : `described: ${description}`);
}

/** Whether a pronoun can refer to a speaker of this kind ("they" to a group, "he" to a person). */
export function pronounFits(pronoun: string, kind: SpeakerKind): boolean {
  return PRONOUN_KINDS[pronoun.toLowerCase()]?.includes(kind) ?? false;
}

/** A document a sentence introduces, and whether it is joint: "issued a joint statement", "in a statement". */
const INTRODUCED_DOCUMENT = new RegExp(`\\b(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?(joint\\s+)?(?:${DOCUMENT_NOUNS})\\b`, 'giu');

/** The words between a document and its author named after it: " from ", " by the ", " from Freedonian President ". */
const DOCUMENT_AUTHOR = /^\s+(?:from|by)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u;

/**
 * The words from a sender's name to the document it sent: "Ruhl sent ", "Tomas Ruhl has sent ". Only
 * capitalised words of the name come between, so "Ruhl said the bureau sent" names no sender.
 */
const SENDER_OF_DOCUMENT = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:has\s+|had\s+)?sent\s+$/u;

/**
 * Whether the name at `index` only places a thing, after "the" and before lower-case words none of
 * which is an office, body or group: "the Marsh City insurance market" names the city, not its
 * government, which issued nothing ("the Freedonian defence ministry" is the government's).
 */
function namesAPlaceOfAThing(sentence: string, index: number): boolean {
  if (!/\bthe\s+$/iu.test(sentence.slice(Math.max(0, index - 4), index))) return false;
  const name = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*/u.exec(sentence.slice(index));
  // "the Freedonia's ministry": a possessive names the owner, who may speak through what it owns.
  // "the Defence Ministry issued …": a name whose own head is an office or body is the speaker itself.
  if (!name || /['’]s\b/u.test(name[0]) || isRoleNoun(name[0].split(/\s+/).at(-1) as string)) return false;
  const words = /^\s+(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2})/u.exec(sentence.slice(index + name[0].length));
  // "the Ministry of Defence in a statement": a name going on after "of" or a verb is no modifier.
  if (!words || NOT_A_NOUN.test(words[1] as string)) return false;
  return !(words[1] as string).split(/\s+/).some(isRoleNoun);
}

/** A first word after a name that makes it no modifier of a noun: a preposition, a conjunction, a verb. */
const NOT_A_NOUN = /^(?:of|in|for|and|or|at|on|to|from|by|with|as|has|have|had|is|are|was|were|will|would|said|says|also)\b/u;

/** A document's author told after it: "a letter from …", "a statement by …". */
const FROM_AUTHOR = /^\s+(?:from|by)\s/u;

/** The words between a document and whom it acts on: " demanding ", " condemning the ", " urging that ". */
const TARGET_OF_DOCUMENT = /^\s+\p{Ll}+ing\s+(?:that\s+)?(?:the\s+)?$/u;

/** A speaker described as a document: "a statement released via the Telegram channel". */
const NAMES_A_DOCUMENT = new RegExp(`\\b(?:${DOCUMENT_NOUNS})\\b`, 'iu');

/** "a report (posted on X) by", "a new report by": a report introduced with its author, who follows "by". */
const REPORT_BY = /\b(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?report\s+(?:(?:posted|published|released|issued)\s+(?:on|in|via)\s+[\p{L}\d.-]+(?:\s+[\p{L}\d.-]+)?\s+)?by\s+/iu;

/** A report the sentence introduces: "a report", "a new report" (not "the report", which refers back). */
export const INTRODUCED_REPORT = /\b(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?report\b/iu;

/** The word INTRODUCED_REPORT cannot match without, in any case (test/detect/quote-cues.test.ts). */
export const REPORT_WORD = /report/i;

/** A person a sentence names: their actor id or name (as `personKey` gives it), and the side they speak for. */
export interface PersonNamed {
  key: string;
  government: string | null;
}

/** A government a sentence names, and where. */
export interface GovernmentAt {
  government: string;
  index: number;
  /** Named as a place, right after "in", "into", "across" …: where something happened. */
  place: boolean;
}

/**
 * A sentence and the governments it names, found when first asked for: only a few phrases ("the
 * country's", "local officials") ask, so most sentences are never searched for them.
 */
interface SentenceGovernments {
  text: string;
  governments(): readonly GovernmentAt[];
}

/** How many sentences back "the country" may refer: further, a reader would need the name again. */
const COUNTRY_LOOKBACK = 3;

/** Whether an office ("Prime Minister of Freedonia") holds every one of `words`, a post's other name or wording counting as it. */
function holdsOffice(office: string, words: readonly string[]): boolean {
  if (office === '') return false;
  // "the premier" holds "Prime Minister of Sylvania"; "the advisor" an "adviser to the President".
  const held = oneWordingOfPosts(office.toLowerCase().split(/[^\p{L}-]+/u)).map(samePost);
  return oneWordingOfPosts(words.map((word) => word.toLowerCase())).every((word) => held.includes(samePost(word)));
}

export class SpeakerMemory {
  /** Personal names the source has used so far. */
  readonly names = new NameRegistry();

  /**
   * Surnames the source gave a private person or someone's kin ("Ruhl, a teacher, said", "her
   * neighbour Ruhl"): a later "Ruhl said" is that person, not an official the topic data lists by it.
   */
  readonly privateSurnames = new Set<string>();
  private readonly history: KnownSpeaker[] = [];
  /** Actors the source has named so far, most recent last, for definite descriptions ("the Defense Ministry"). */
  private readonly named: string[] = [];

  /** Records the actors a sentence names, in order. */
  noteMentions(actorIds: readonly string[]): void {
    this.named.push(...actorIds);
  }

  /** The government the source's dateline names ("Fredonburg, May 4 …"), whose own bodies its bare names mean (`dateline-side.ts`). */
  datelineGovernment: string | null = null;

  /** The governments each of the last few sentences read names, by name or demonym, most recent sentence last. */
  private readonly sentenceGovernments: SentenceGovernments[] = [];

  /** The sentence being read and the governments it names, for "the country's" before its end. */
  private reading: SentenceGovernments = { text: '', governments: () => [] };

  /**
   * Starts a sentence: its text and what finds the governments it names ("Sylvania", "Sylvanian"),
   * with their offsets in the text. The sentence before it is then read.
   */
  noteSentence(text: string, governments: () => readonly GovernmentAt[]): void {
    this.sentences += 1;
    this.reporterBefore = this.anotherSpeakerNow ? null : this.reporterNow;
    this.reporterNow = null;
    this.anotherSpeakerNow = false;
    if (this.reading.text !== '') this.sentenceGovernments.push(this.reading);
    if (this.sentenceGovernments.length > COUNTRY_LOOKBACK) this.sentenceGovernments.shift();
    let found: readonly GovernmentAt[] | undefined;
    this.reading = { text, governments: () => (found ??= governments()) };
  }

  /**
   * The governments that decide which country "the country’s" in `phrase` means: those named before the
   * phrase in its sentence, else those of the nearest sentence before that names any.
   */
  countriesBefore(phrase: string): readonly GovernmentAt[] {
    const at = this.reading.text.indexOf(phrase);
    const here = at < 0 ? [] : this.reading.governments().filter((g) => g.index < at);
    const earlier = [...this.sentenceGovernments].reverse();
    return here.length > 0 ? here : earlier.find((s) => s.governments().length > 0)?.governments() ?? [];
  }

  /**
   * The country "the country’s" in `phrase` refers to: the one government named before the phrase in
   * its sentence, else in the nearest sentence before that names any. Null when that sentence names
   * two or more (a reader cannot tell which), or none was named within the last few sentences.
   */
  countryBefore(phrase: string): string | null {
    const deciding = this.countriesBefore(phrase);
    const governments = new Set(deciding.map((g) => g.government));
    if (governments.size === 1) return [...governments][0] as string;
    // "during Sylvania’s offensive in Freedonia, the country’s …": a country named only as where
    // something happened is the scene, not the country the sentence is about.
    const actors = new Set(deciding.filter((g) => !g.place).map((g) => g.government));
    return actors.size === 1 ? ([...actors][0] as string) : null;
  }

  /**
   * The one government the sentence being read names as a place ("in Sylvania") before `phrase`, for
   * "20 died in Sylvania, local officials said": null when it names none or several there. A place
   * after the phrase may be part of it ("Local officials, as well as those in Fredonburg").
   */
  placeNamedBefore(phrase: string): string | null {
    const at = this.reading.text.indexOf(phrase);
    const places = new Set(this.reading.governments().filter((g) => g.place && at >= 0 && g.index < at).map((g) => g.government));
    return places.size === 1 ? ([...places][0] as string) : null;
  }

  /** The governments the sentence being read names, found when first asked for. */
  readingGovernments(): readonly GovernmentAt[] {
    return this.reading.governments();
  }

  /** The sentence being read. */
  get readingText(): string {
    return this.reading.text;
  }

  /** The sentence read before the one being read, and what finds the governments it names; empty at the start. */
  get previousSentence(): { text: string; governments(): readonly GovernmentAt[] } {
    return this.sentenceGovernments.at(-1) ?? { text: '', governments: () => [] };
  }

  /** The words of the sentence being read before `phrase`: '' when the phrase is not in it. */
  textBefore(phrase: string): string {
    const at = this.reading.text.indexOf(phrase);
    return at < 0 ? '' : this.reading.text.slice(0, at);
  }

  /** Whether the sentence being read names a government as a place ("in Sylvania") before `offset`. */
  placeNamedBeforeOffset(offset: number): boolean {
    return this.reading.governments().some((g) => g.place && g.index < offset);
  }

  /**
   * The governments the sentence being read names before `phrase`, not as a place, each once:
   * "17 Front fighters were killed, the rebel group said" names the Front before "the rebel group".
   */
  governmentsNamedBefore(phrase: string): string[] {
    const at = this.reading.text.indexOf(phrase);
    return at < 0 ? [] : [...new Set(this.reading.governments().filter((g) => g.index < at && !g.place).map((g) => g.government))];
  }

  /** Whether the last document the source introduced ("issued a joint statement") was several parties'. */
  private jointDocument = false;

  /** The actors named in the sentence that introduced the last document: who may have issued it. */
  private documentNamed: string[] = [];

  /** The author the last document was introduced with, after "from" or "by": "a letter from Ruhl". */
  private documentAuthor: string | null = null;

  /** Whether the last document was introduced with an author the topic data does not name: "a letter from the Sylvanian president". */
  private documentAuthorUnnamed = false;

  /** Who spoke in the sentence that introduced the last document ("The owner confirmed the attack in a statement"), if anyone. */
  private documentSpeaker: KnownSpeaker | null = null;

  /** How many speakers had spoken by the end of the sentence that introduced the last document. */
  private spokenWithDocument = 0;

  /**
   * The sentences noted since the documents were last read, oldest first, with what `noteDocuments`
   * was given and how many speakers had spoken by then. Only a phrase that refers back to a document
   * ("the statement") asks which was introduced last, so most sentences are never searched for one.
   */
  private documentsUnread: Array<{ sentence: string; mentions: readonly { actorId: string; index: number }[]; speaker: KnownSpeaker | null; spoken: number }> = [];

  /**
   * Records the documents a sentence introduces ("a statement", "a joint statement"; not "the
   * statement", which refers back) and the actors the sentence names. The sentence is searched for
   * them when they are first asked for (`readDocuments`).
   */
  noteDocuments(sentence: string, mentions: readonly { actorId: string; index: number }[], speaker: KnownSpeaker | null = null): void {
    this.noteReportBy(sentence, mentions);
    this.documentsUnread.push({ sentence, mentions, speaker, spoken: this.history.length });
  }

  /**
   * Reads the sentences noted since the last read, the latest first: the last one that introduces a
   * document tells which document "the statement" now means, as if each had been read when noted.
   */
  private readDocuments(): void {
    const unread = this.documentsUnread;
    this.documentsUnread = [];
    for (let i = unread.length - 1; i >= 0; i--) {
      const { sentence, mentions, speaker, spoken } = unread[i] as (typeof unread)[number];
      const introduced = [...sentence.matchAll(INTRODUCED_DOCUMENT)].at(-1);
      if (!introduced) continue;
      this.jointDocument = introduced[1] !== undefined;
      // "According to a statement released on Monday, …": the document itself spoke, which names no issuer.
      this.documentSpeaker = speaker && !NAMES_A_DOCUMENT.test(speaker.speaker.description) ? speaker : null;
      this.spokenWithDocument = spoken;
      // The issuer is named in the document's own words ("according to a Bureau statement", not the
      // Sylvanian-owned ship before it), else nearest before the document ("At the Council, Freedonia made
      // a statement on Sylvania"), or after it when it comes first ("A statement was published by the Bureau").
      const end = introduced.index + introduced[0].length;
      // "delivered a letter from President Ruhl to Berg": whom the document is from (or by) is its
      // author, though another was named before it: the name that ends the capitalised words after the
      // preposition ("US President Ruhl" is Ruhl, not the US), never one after a lower-case word ("to Berg").
      // "Ruhl sent a letter to Berg": who sent a document with no author told after it wrote it.
      const author =
        mentions.findLast((m) => m.index >= end && DOCUMENT_AUTHOR.test(sentence.slice(end, m.index))) ??
        (FROM_AUTHOR.test(sentence.slice(end)) ? undefined : mentions.findLast((m) => m.index < introduced.index && SENDER_OF_DOCUMENT.test(sentence.slice(m.index, introduced.index))));
      // Whoever spoke or was named before received or delivered a document told with its author ("Berg
      // said a letter from Ruhl arrived"), and did not write it; nor did anyone when the author is one the
      // topic data does not name ("received a letter from the Sylvanian president").
      this.documentAuthorUnnamed = !author && FROM_AUTHOR.test(sentence.slice(end));
      if (author || this.documentAuthorUnnamed) {
        this.documentSpeaker = null;
        this.documentNamed = author ? [author.actorId] : [];
        this.documentAuthor = author?.actorId ?? null;
        return;
      }
      this.documentAuthor = null;
      const own = mentions.filter((m) => m.index > introduced.index && m.index < end);
      // "The Marsh City insurance market has widened the zone, according to a statement": the city's
      // government is not who issued it.
      const before = mentions.filter((m) => m.index < introduced.index && !namesAPlaceOfAThing(sentence, m.index)).reverse();
      // After it, not the one a participle of the document acts on: "a resolution demanding that
      // Sylvania stop", "a statement condemning Freedonia" name the document's target, not its issuer.
      const after = mentions.filter((m) => m.index >= end && !TARGET_OF_DOCUMENT.test(sentence.slice(end, m.index)));
      this.documentNamed = [...own, ...before, ...after].map((m) => m.actorId);
      return;
    }
  }

  /** Who issued the last report introduced with its author ("a report posted on X by the ministry"). */
  private reportAuthor: string | null = null;

  /**
   * "A report posted on X by the ministry …": a report introduced with the actor it is by. A report
   * introduced without its author may be anyone's (a newspaper's): "the report" then has none.
   */
  private noteReportBy(sentence: string, mentions: readonly { actorId: string; index: number }[]): void {
    // The word first: few sentences hold it, which a plain search tells faster than the pattern.
    if (!REPORT_WORD.test(sentence) || !INTRODUCED_REPORT.test(sentence)) return;
    const report = REPORT_BY.exec(sentence);
    const by = report ? report.index + report[0].length : -1;
    this.reportAuthor = report ? (mentions.find((m) => m.index >= by && m.index - by <= 4)?.actorId ?? null) : null;
  }

  /** The source whose report the sentence being read gives ("According to the Courier, …"). */
  private reporterNow: KnownSpeaker | null = null;

  /** Whether the sentence being read gives words of a speaker other than its reporter. */
  private anotherSpeakerNow = false;

  /** The source whose report the sentence just before gave: whom "the report says" now means. */
  private reporterBefore: KnownSpeaker | null = null;

  /**
   * Records a speaker of the sentence being read, and whether its words are a source's report. A
   * sentence with two speakers ("The carrier reported an attack, the Bureau said") leaves "the report"
   * after it to no one: a reader cannot tell whose report it means.
   */
  noteSentenceSpeaker(known: KnownSpeaker, reports: boolean): void {
    const same = this.reporterNow !== null && sameSpeaker(this.reporterNow, known);
    if (reports && (this.reporterNow === null || same)) this.reporterNow = known;
    else if (!same) this.anotherSpeakerNow = true;
  }

  /**
   * "According to the Courier, the port was closed. The report says …": the source whose report the
   * sentence right before gave, which "the report" goes on with; null when that sentence gave none.
   */
  get lastReporter(): KnownSpeaker | null {
    return this.reporterBefore;
  }

  /** The author of the report "the report" now refers to, if the source named one. */
  get lastReportAuthor(): string | null {
    return this.reportAuthor;
  }

  /**
   * Records a document that spoke with its issuer named ("The Sylvanian assessment said …"): a later
   * "the document" or "the assessment" goes on with that issuer, not with whoever was named where a
   * document was last introduced ("…, citing a Sylvanian assessment", with Freedonia in the words cited).
   * Call it after the issuer is remembered.
   */
  noteDocumentSpoke(issuer: KnownSpeaker): void {
    this.readDocuments();
    this.jointDocument = false;
    this.documentAuthorUnnamed = false;
    this.documentAuthor = null;
    this.documentSpeaker = issuer;
    this.documentNamed = issuer.speaker.actor ? [issuer.speaker.actor] : [];
    this.spokenWithDocument = this.history.length;
  }

  /** The author named after "from" or "by" where the last document was introduced, if any. */
  get authorOfDocument(): string | null {
    this.readDocuments();
    return this.documentAuthor;
  }

  /** Whether the last document's author was told but is no one the topic data names, so "the letter" is no one's known. */
  get documentByUnnamedAuthor(): boolean {
    this.readDocuments();
    return this.documentAuthorUnnamed;
  }

  /** The actors named where the last document was introduced, the likeliest issuer first. */
  namedWithDocument(): string[] {
    this.readDocuments();
    return [...this.documentNamed];
  }

  /** Whether "the statement" now means a document several parties issued together, so no one issuer. */
  get lastDocumentJoint(): boolean {
    this.readDocuments();
    return this.jointDocument;
  }

  /** The actors named so far, most recent first, each once. */
  namedActors(): string[] {
    return [...new Set([...this.named].reverse())];
  }

  /** A person the paragraph named before anyone in it spoke, without quoting them; null for none. */
  private personSince: string | null = null;

  /** How many sentences the source has started (`noteSentence`). */
  private sentences = 0;

  /** The sentence each speaker was last remembered in, by number. */
  private readonly spokeIn = new Map<KnownSpeaker, number>();

  /** The sentence each speaker was named in as a speaker (not referred to by "it" or "the ministry"), by number. */
  private readonly namedIn = new Map<KnownSpeaker, number>();

  /** Records that the sentence being read names `known` as its speaker ("The Sylvanian ministry said …"). */
  noteNamedSpeaker(known: KnownSpeaker): void {
    this.namedIn.set(known, this.sentences);
  }

  /** Records a speaker as the most recent one. */
  remember(known: KnownSpeaker): void {
    this.history.push(known);
    this.spokeIn.set(known, this.sentences);
    this.personSince = null;
    this.othersSince.length = 0;
    this.sidedSubjectsSince.length = 0;
    this.unsidedSubjectSince = null;
    this.subjectSidesSince.clear();
    this.subjectSidesUnnamedSince.clear();
    this.officeHolderSidesSince.clear();
    this.subjectOfNoSideSince = false;
    this.privatePersonSince = false;
    this.privateGroupsBeside.clear();
    this.privatePeopleSince = false;
    this.unknownSpokeSince = false;
  }

  /** Whether someone the reader cannot name was quoted since the last speaker ("“…,” said one."). */
  private unknownSpokeSince = false;

  /** Records that a quotation was given to no one: a later "he added" may go on with its speaker. */
  noteUnknownSpeaker(): void {
    this.unknownSpokeSince = true;
  }

  /** Speakers who spoke together, as the parts of one coordinated subject ("Freedonia and Sylvania said"). */
  private readonly jointParts = new Map<KnownSpeaker, readonly KnownSpeaker[]>();

  /** Records the parts of one coordinated subject, in order, as the most recent speakers. */
  rememberJoint(parts: readonly KnownSpeaker[]): void {
    for (const part of parts) this.remember(part);
    if (parts.length > 1) for (const part of parts) this.jointParts.set(part, parts);
  }

  /** The governments the subjects of sentences without speech have named since the last speaker. */
  private readonly subjectSidesSince = new Set<string>();

  /** The governments of persons told by their office ("the Freedonian leader") in the subjects of sentences without speech since the last speaker. */
  private readonly officeHolderSidesSince = new Set<string>();

  /** The governments the subjects of sentences without speech have named since the last speaker, where the subject was no person named ("Sylvania disagreed"). */
  private readonly subjectSidesUnnamedSince = new Set<string>();

  /**
   * Records the governments a sentence that reports no speech names in its subject ("Sylvania fired
   * three missiles", "Freedonian warships struck back"): a later "it" or "they" may be that subject.
   * When the subject is a person told by their office (`onePerson`: "The Freedonian leader visited
   * the front"), a later "he" or "she" may be them; when it is a person named (`named`: "Freedonian
   * envoy Karl Weiss arrived"), their side's other office holders are not told of.
   */
  noteSubjectSides(governments: readonly string[], onePerson = false, named = false): void {
    for (const government of governments) {
      this.subjectSidesSince.add(government);
      if (onePerson) this.officeHolderSidesSince.add(government);
      if (!named) this.subjectSidesUnnamedSince.add(government);
    }
  }

  /** Whether a sentence without speech since the last speaker was about a business, civil society or private people of no side. */
  private subjectOfNoSideSince = false;

  /** Records that a sentence reporting no speech is about people or a business of no side ("Shipping companies paused transits"): a later "they" may be them. */
  noteSubjectOfNoSide(): void {
    this.subjectOfNoSideSince = true;
  }

  /** Speakers whose only words were a refusal or a negated report ("Sylvania has not commented"). */
  private readonly silent = new Set<KnownSpeaker>();

  /**
   * Records that the last speaker's words were only a refusal or a negated report ("has not
   * confirmed", "declined to comment"): a later "it said …" is more likely whoever spoke before.
   */
  noteSilence(): void {
    const last = this.history.at(-1);
    if (last) this.silent.add(last);
  }

  /** Whether a sentence without speech has told of a private person since the last speaker ("a soldier sits on a bed"). */
  private privatePersonSince = false;

  /** Records that a sentence reporting no speech tells of one private person: a later "he" may be them. */
  notePrivatePerson(): void {
    this.privatePersonSince = true;
    this.privatePersonSinceNamed = true;
  }

  /**
   * The persons (`personKey`) whom sentences without speech since the last speaker told of acting on
   * a group of private people and no one private person alone: "Ruhl embraced the families of the
   * fallen", "Photos showed him consoling wounded soldiers".
   */
  private readonly privateGroupsBeside = new Set<string>();

  /**
   * Records that a sentence reporting no speech tells of a group of private people ("the families",
   * "two captured soldiers") beside `person`, the person it is about: a later "he" or "she" may be one
   * of the group, unless it is the pronoun the source has already used for that person (see `byPronoun`).
   */
  notePrivateGroupBeside(person: KnownSpeaker): void {
    const key = personKey(person);
    if (key === null) {
      this.notePrivatePerson();
      return;
    }
    this.privateGroupsBeside.add(key);
    this.privatePersonSinceNamed = true;
  }

  /**
   * Whether a group of private people was told of since the last speaker beside someone other than
   * `known`, or beside `known` while the source has not yet called `known` by a pronoun of `gender`:
   * "Ruhl hugged the families. “…,” she said." may be a mother's words.
   */
  private privateGroupBesideAnother(known: KnownSpeaker, gender: Gender | undefined): boolean {
    if (this.privateGroupsBeside.size === 0) return false;
    const key = personKey(known);
    const noted = key === null ? undefined : this.genders.get(key);
    return [...this.privateGroupsBeside].some((beside) => beside !== key) || gender === undefined || noted !== gender;
  }

  /** Whether a sentence without speech has told of private people, several, since the last speaker ("photos of the prisoners"). */
  private privatePeopleSince = false;

  /** Records that a sentence reporting no speech tells of private people: a later "they" may be them. */
  notePrivatePeople(): void {
    this.privatePeopleSince = true;
  }

  /** Whether a sentence told of a private person since (or with) the last person a sentence was about. */
  private privatePersonSinceNamed = false;

  /** Persons that sentences without speech have named since the last speaker, with their sides. */
  private readonly othersSince: PersonNamed[] = [];

  /**
   * Records the persons a sentence that reports no speech names ("Berg met Ruhl on Monday"): a
   * later "he" may be any of them, or the last speaker.
   */
  notePersonsNamed(persons: readonly PersonNamed[]): void {
    this.othersSince.push(...persons);
  }

  /**
   * Whether a person of another side than `known` was named since the last speaker and may be what
   * the pronoun means: "Berg met Ruhl. He said …" cannot tell Berg from Ruhl unless the source gave
   * their genders, and crediting the words to the wrong side is the worst error.
   */
  private anotherSideNamed(known: KnownSpeaker, gender: Gender | undefined, among: readonly PersonNamed[] = this.othersSince): boolean {
    const key = personKey(known);
    return among.some((other) => {
      if (other.key === key || other.government === known.government) return false;
      const noted = this.genders.get(other.key);
      return gender === undefined || noted === undefined || noted === gender;
    });
  }

  /** The last person a sentence was about without speaking, as a speaker: "he" means them when no person has spoken. */
  private namedPerson: KnownSpeaker | null = null;

  /**
   * Records a person a sentence is about, who says nothing in it ("Anna Berg arrived in May"), or
   * forgets it (null) at a paragraph's start.
   */
  notePerson(name: string | null, asSpeaker?: KnownSpeaker): void {
    this.personSince = name;
    if (asSpeaker) {
      this.namedPerson = asSpeaker;
      this.privatePersonSinceNamed = false;
    }
    const key = asSpeaker ? personKey(asSpeaker) : null;
    if (asSpeaker && key && asSpeaker.government !== null) this.sidedSubjectsSince.push({ key, government: asSpeaker.government });
    if (asSpeaker && key && asSpeaker.government === null) this.unsidedSubjectSince = asSpeaker;
  }

  /** The last person of no known side that a sentence without speech was about since the last speaker, in any paragraph. */
  private unsidedSubjectSince: KnownSpeaker | null = null;

  /** The last person of no known side a sentence told of since the last speaker ("Karl Weiss arrived in May"), or null. */
  get personOfNoSideSince(): KnownSpeaker | null {
    return this.unsidedSubjectSince;
  }

  /** Persons of a known side that sentences without speech were about since the last speaker, in any paragraph. */
  private readonly sidedSubjectsSince: PersonNamed[] = [];

  /** Persons by the pronoun the source has referred to them with ("she said" after Anna Berg spoke). */
  private readonly genders = new Map<string, Gender>();

  /** Records that `pronoun` referred to `known`: a later pronoun of the other gender cannot. */
  noteGender(known: KnownSpeaker, pronoun: string): void {
    const gender = GENDER_OF[pronoun.toLowerCase()];
    const key = genderKey(known);
    if (gender && key && known.kind === 'person') this.genders.set(key, gender);
  }

  /**
   * The side the sentence read last was about, when it reported no speech and its plural subject
   * names that side alone ("The rebels have attacked ships since May."): a "they" right after it
   * means that subject, the nearer antecedent, rather than someone who spoke before.
   */
  private pluralSubject: KnownSpeaker | null = null;

  /** Records the plural subject of one side of the sentence just read (see `pluralSubject`), or null. */
  notePluralSubject(subject: KnownSpeaker | null): void {
    this.pluralSubject = subject;
  }

  /** Whether the sentence read last quoted named persons of more than one government (`mixed-sides.ts`). */
  severalSidesQuoted = false;

  /** Whether the source has referred to `known` by a pronoun of the other gender than `pronoun` has. */
  genderDiffers(known: KnownSpeaker, pronoun: string): boolean {
    return this.otherGender(known, GENDER_OF[pronoun.toLowerCase()]);
  }

  /** Whether the source has referred to `known` by a pronoun of the other gender than `gender`. */
  private otherGender(known: KnownSpeaker | null, gender: Gender | undefined): boolean {
    const key = known ? genderKey(known) : null;
    const noted = (key ? this.genders.get(key) : undefined) ?? (known?.kind === 'person' ? genderDescribed(known.speaker.description) : undefined);
    return gender !== undefined && noted !== undefined && noted !== gender;
  }

  /**
   * The most recent speaker a pronoun can refer to ("he" → a person, "it" → an institution), or null.
   * For "he" or "she", a person the paragraph named since the last speaker comes first: the nearer;
   * and a person the source called "she" is never "he" ("“…,” Berg said. … “…,” he said").
   */
  byPronoun(pronoun: string, speakerGoesOn = false): KnownSpeaker | null {
    const kinds = PRONOUN_KINDS[pronoun.toLowerCase()];
    if (!kinds) return null;
    // "The rebels have attacked ships since May. They say …" ("they added" goes on with the speaker).
    if (PLURAL.has(pronoun.toLowerCase()) && !speakerGoesOn && this.pluralSubject !== null) return this.pluralSubject;
    const gender = GENDER_OF[pronoun.toLowerCase()];
    // "The agency cited military authorities as saying … “…,” it said.": "it" is never a plural ("authorities").
    const singular = pronoun.toLowerCase() === 'it';
    const known = this.latest((k) => this.fits(k, kinds, singular) && !this.otherGender(k, gender));
    // "The tanker's owner said … “…,” it said.": an owner or operator read as a person may be the
    // company "it" means, never the body that spoke before it.
    const latest = this.history.at(-1);
    // "“…,” the Bureau said. ¶ Sylvanian officials announced … ¶ It added …": "added" goes on with the
    // last speaker, named in a sentence after the Bureau spoke; when the pronoun cannot mean them,
    // whoever it skips back to is a guess, and a wrong side is the worst error. (Speakers named inside
    // the Bureau's own sentence, "the Bureau said residents asked for help", are not the last to speak;
    // a person, "analyst Max Ober said …", is plainly no "it", which means the body before.)
    if (speakerGoesOn && known && latest && latest !== known && latest.kind !== 'person' && !this.fits(latest, kinds, singular) && latest.government !== known.government && this.namedAfterSpeaking(latest, known)) return null;
    if (known && latest && latest !== known && !kinds.includes(latest.kind) && latest.government === null && !speakerGoesOn && namesABusiness(latest.speaker.description)) return null;
    // "Ruhl said … Ivanov said …. “…,” he said.": a lone capitalised word the topic data does not know
    // may be a surname as well as an organisation's name, so "he" may be them rather than Ruhl.
    if (known?.kind === 'person' && latest && latest !== known && latest.kind !== 'person' && latest.speaker.actor === null && latest.government === null && LONE_NAME.test(latest.speaker.name ?? latest.speaker.description) && !speakerGoesOn) return null;
    // "Ruhl said … The Freedonian ministry said it regretted the remarks. “…,” she said.": after a body
    // of another side was named speaking in a sentence of its own, "she" may be its spokeswoman as well
    // as the person before, and crediting the words to the wrong side is the worst error ("she added"
    // goes on with the speaker; "Berg warned …, as Sylvania has vowed …" is still Berg's sentence, and
    // "a campaign it says is about safety" names no new speaker).
    if (known?.kind === 'person' && latest && latest.kind === 'organisation' && this.anotherSideSpokeAfter(latest, known) && !speakerGoesOn) return null;
    // "“…,” Ruhl said. … “…,” said one. ¶ “…,” he added.": someone unnamed spoke after the person, and
    // "added" may go on with them; the person's side would claim a stranger's words.
    if (known?.kind === 'person' && known.government !== null && this.unknownSpokeSince) return null;
    // "Freedonia and Sylvania said … “…,” they said": "they" is both together, a joint voice that
    // speaks for no one government, not the last part named; "it said" may be either part.
    const joint = known ? this.jointParts.get(known) : undefined;
    if (joint && this.history.at(-1) === joint.at(-1)) return PLURAL.has(pronoun.toLowerCase()) ? jointVoice(joint) : null;
    // "The Bureau said … Sylvania has not confirmed it. It said …": "it" may be the Bureau, which
    // spoke, as well as Sylvania, which did not.
    if (known && this.silent.has(known) && !speakerGoesOn && this.spokeBefore(known, (k) => kinds.includes(k.kind) && !this.otherGender(k, gender))) return null;
    // "The ministry said … Sylvania fired three missiles. It said …": "it" may be either side ("it
    // added" goes on with the speaker). So may "they" after a charity or a firm spoke: "“…,” a charity
    // said. ¶ The rebels stepped up their attacks. They say …" is the rebels' claim, never the charity's.
    const anotherSubject = known !== null && known.kind !== 'person' && [...this.subjectSidesSince].some((g) => g !== known.government);
    if (anotherSubject && !speakerGoesOn) return null;
    // "The navy said … Shipping companies paused transits. “…,” they said.": "they" may be the companies,
    // who speak for no government.
    if (known !== null && known.kind !== 'person' && known.government !== null && this.subjectOfNoSideSince && !speakerGoesOn) return null;
    const named = this.otherGender(this.namedPerson, gender) ? null : this.namedPerson;
    // "Ruhl spoke first. The second sailor, Lind, was rescued at dawn. He admitted …": the person
    // named since the last speaker is the nearer one (not when "he added" goes on with the speaker).
    if (known?.kind === 'person' && this.personSince !== null && known.speaker.name !== this.personSince && !speakerGoesOn && named) return named;
    // "“…,” Ruhl said. ¶ Berg thanked the crews. ¶ “…,” he said.": a paragraph before was about a
    // person of another side, who may be the one the pronoun means.
    if (known?.kind === 'person' && !speakerGoesOn && this.anotherSideNamed(known, gender, this.sidedSubjectsSince)) return null;
    // "“…,” Ruhl said. ¶ Karl Weiss was a nurse at the port. ¶ “…,” he tells me.": a paragraph before
    // was about a person of no side, the nearer person the pronoun means; the last speaker's side
    // would credit a private person's words to a government.
    const unsided = this.unsidedSubjectSince;
    if (known?.kind === 'person' && !speakerGoesOn && unsided && personKey(unsided) !== personKey(known) && !this.otherGender(unsided, gender)) return unsided;
    // "“…,” Ruhl said. ¶ The Freedonian leader visited the front. ¶ “…,” he said.": the same when the
    // other side's person is told only by their office.
    if (known?.kind === 'person' && !speakerGoesOn && [...this.officeHolderSidesSince].some((g) => g !== known.government)) return null;
    // "“…,” Ruhl said. ¶ In the video, a soldier sits on a bed. “…,” he says.": the soldier may be
    // the one who speaks, and he speaks for no government; crediting Ruhl's would invent his position.
    // A group told of beside the person ("Ruhl embraced the families of the fallen. He vowed …") is
    // no one of them when the source already calls the person by this pronoun.
    if (known?.kind === 'person' && known.government !== null && (this.privatePersonSince || this.privateGroupBesideAnother(known, gender)) && !speakerGoesOn) return null;
    // "The Bureau released a video of two captured sailors. They said …": "they" may be the sailors,
    // who speak for no government, as well as the body that spoke before ("they added" goes on with it).
    if (known !== null && known.kind !== 'person' && known.government !== null && PLURAL.has(pronoun.toLowerCase()) && this.privatePeopleSince && !speakerGoesOn) return null;
    // "“…,” one of the sailors says. “…,” they said.": the last to speak was one of some private people,
    // whom "they" may mean together; skipping back over them to a side's body would give it their words.
    if (known !== null && known.government !== null && latest && latest !== known && latest.government === null && PLURAL.has(pronoun.toLowerCase()) && !speakerGoesOn && oneOfPrivatePeople(latest.speaker.description || (latest.speaker.name ?? ''))) return null;
    // "Tomas Ruhl has praised the crews. He described it as …": before anyone has spoken, the person named.
    // Not when another side's person was named with them: "Berg met Ruhl. He said …".
    // Nor when a private person was told of with or after them: "Berg published a letter by a soldier.
    // “…,” he wrote." may be the soldier's words, and he speaks for no government.
    if (!known && kinds.includes('person')) {
      if (named) return this.anotherSideNamed(named, gender) || (this.privatePersonSinceNamed && named.government !== null) ? null : named;
      return this.bodyWithNoPerson();
    }
    return known;
  }

  /**
   * "The Sylvanian ministry said … She added …" where the source has named no person at all: a
   * translation's personal pronoun for the body that spoke, or for its unnamed spokesperson, who speaks
   * for it either way. Only when every speaker so far spoke for the body's side and nothing has been
   * told since of anyone else a "he" or "she" could mean (a person, another side, a private person).
   */
  private bodyWithNoPerson(): KnownSpeaker | null {
    const latest = this.history.at(-1);
    if (!latest || latest.kind !== 'organisation' || latest.government === null) return null;
    // A capitalised run that names a document ("the Tripartite Statement") is no person.
    const personNamed = this.names.known().some((name) => !NAMES_A_DOCUMENT.test(name));
    if (this.namedPerson !== null || personNamed || this.history.some((k) => k.kind !== 'organisation' || k.government !== latest.government)) return null;
    const someoneSince = this.othersSince.length > 0 || this.sidedSubjectsSince.length > 0 || this.unsidedSubjectSince !== null || this.privatePersonSinceNamed || this.officeHolderSidesSince.size > 0 || this.subjectOfNoSideSince;
    return someoneSince || [...this.subjectSidesSince].some((g) => g !== latest.government) ? null : latest;
  }

  /** Whether a pronoun of `kinds` can mean `known` ("it" never means a plural: "authorities"). */
  private fits(known: KnownSpeaker, kinds: SpeakerKind[], singular: boolean): boolean {
    return kinds.includes(known.kind) && !(singular && namesSeveral(known));
  }

  /** Whether `later` was named speaking in a sentence after the one `known` last spoke in. */
  private namedAfterSpeaking(later: KnownSpeaker, known: KnownSpeaker): boolean {
    const named = this.namedIn.get(later);
    return named !== undefined && named > (this.spokeIn.get(known) ?? 0);
  }

  /** Whether `later`, of another side than `known`, was named speaking in a sentence after the one `known` last spoke in. */
  private anotherSideSpokeAfter(later: KnownSpeaker, known: KnownSpeaker): boolean {
    if (later === known || later.government === null || known.government === null || later.government === known.government) return false;
    return this.namedAfterSpeaking(later, known);
  }

  /**
   * The most recent speaker a definite role phrase refers to: "the official" → the last speaker
   * described with the word "official" ("a senior administration official"), or with any of the
   * `nouns` given, or whose actor the topic data names with one of them as its last word (`headsOf`,
   * lower case). Null when none was.
   */
  byRoleNoun(nouns: readonly string[], headsOf: (actorId: string) => readonly string[] = () => []): KnownSpeaker | null {
    const wanted = new Set(nouns.flatMap((noun) => [noun.toLowerCase(), singular(noun.toLowerCase())]));
    return this.latest(
      (known) =>
        known.speaker.description
          .toLowerCase()
          .split(/[^\p{L}-]+/u)
          .some((word) => wanted.has(word) || wanted.has(singular(word))) ||
        // "the agency" after "the FSS said": a body the topic data calls an agency ("Freedonia's spy agency").
        (known.speaker.actor !== null && known.kind !== 'person' && headsOf(known.speaker.actor).some((head) => wanted.has(head))),
    );
  }

  /**
   * The most recent person who spoke whose office, as the article described it or as `officeOf`
   * (the topic data) gives it, holds every one of `words`: "the president" → the last speaker who is
   * a president ("President of Freedonia"), "the prime minister" → the last prime minister.
   */
  byOffice(words: readonly string[], officeOf: (actorId: string) => string | undefined): KnownSpeaker | null {
    const holds = (office: string) => holdsOffice(office, words);
    return this.latest((known) => known.kind === 'person' && (holds(known.speaker.description) || (known.speaker.actor !== null && holds(officeOf(known.speaker.actor) ?? ''))));
  }

  /**
   * The one person the source has named so far, speaking or not ("Berg spoke with Secretary of
   * State Weiss"), whose office in the topic data (`officeOf`, for persons only) holds every one of
   * `words`: the actor id, or null when no one or several named do.
   */
  namedByOffice(words: readonly string[], officeOf: (actorId: string) => string | undefined): string | null {
    const fits = this.namedActors().filter((id) => holdsOffice(officeOf(id) ?? '', words));
    return fits.length === 1 ? (fits[0] as string) : null;
  }

  /**
   * The most recent person who spoke for a side whose office, as the article described it, holds one
   * of `posts`: "the official" → the last spokesman, minister or ambassador the article called so, not
   * a soldier or a witness, nor someone it never described as an official. Null when someone of
   * another side spoke since: "the official" may then be theirs.
   */
  byAnyOffice(posts: ReadonlySet<string>): KnownSpeaker | null {
    const holds = (office: string) => office.toLowerCase().split(/[^\p{L}-]+/u).some((word) => posts.has(samePost(word)));
    const known = this.latest((k) => k.kind === 'person' && k.government !== null && holds(k.speaker.description));
    if (!known) return null;
    const since = this.history.slice(this.history.lastIndexOf(known) + 1);
    return since.some((k) => k.government !== null && k.government !== known.government) ? null : known;
  }

  /**
   * The most recent speaker whose description has one of the `heads` and, for each of the
   * `modifiers`, a word of the same stem: "the presidential aide" → "an aide to the President".
   * Null when none has.
   */
  byDescription(heads: readonly string[], modifiers: readonly string[]): KnownSpeaker | null {
    const wanted = new Set(heads.map((head) => head.toLowerCase()));
    return this.latest((known) => {
      const words = known.speaker.description.toLowerCase().split(/[^\p{L}-]+/u);
      return words.some((word) => wanted.has(word) || wanted.has(singular(word))) && modifiers.every((modifier) => words.some((word) => sameStem(word, modifier)));
    });
  }

  /** Whether a speaker of another side than `known`, who did not only refuse, spoke before it and fits `test`. */
  private spokeBefore(known: KnownSpeaker, test: (known: KnownSpeaker) => boolean): boolean {
    const at = this.history.lastIndexOf(known);
    return this.history.slice(0, at).some((k) => test(k) && !this.silent.has(k) && k.government !== known.government);
  }

  /**
   * Whether a side other than `known`'s was the subject since the last speaker other than as a person
   * named ("Weiss called President Berg" names Weiss): that side's own office holders, unnamed, may
   * then be meant; a person named of another side is not, where their office is not the one asked for.
   */
  anotherUnnamedSideSince(known: KnownSpeaker): boolean {
    return [...this.subjectSidesUnnamedSince].some((g) => g !== known.government);
  }

  /**
   * Whether a sentence without speech since the last speaker was about another side than `known`'s:
   * a government in its subject ("Sylvania disagreed", "A Sylvanian official was present") or a
   * person of another side ("Sylvanian Defence Minister Ruhl arrived").
   */
  anotherSideSince(known: KnownSpeaker): boolean {
    const key = personKey(known);
    return [...this.subjectSidesSince].some((g) => g !== known.government) || this.sidedSubjectsSince.some((p) => p.key !== key && p.government !== known.government);
  }

  /** The last body whose account quoted a subject's predicate ("Ruhl “expressed condolences”, the Bureau said"), the subject, and the sentence. */
  private predicateRelay: { subject: string; relay: KnownSpeaker; sentence: number } | null = null;

  /**
   * Records who relayed a quoted predicate of `subject` ("Ruhl “expressed condolences”, the Bureau
   * said"): a body's account, which a later quoted predicate of the same subject goes on with.
   */
  notePredicateRelay(subject: string, relay: KnownSpeaker): void {
    this.predicateRelay = relay.kind === 'organisation' && relay.government !== null ? { subject, relay, sentence: this.sentences } : null;
  }

  /**
   * The body whose account of `subject` a quoted predicate with no report of its own goes on with:
   * "… , the Bureau said. ¶ Ruhl also “expressed readiness to help”." Only in the next sentence, the
   * account unbroken; null otherwise.
   */
  predicateRelayOf(subject: string): KnownSpeaker | null {
    const relay = this.predicateRelay;
    return relay !== null && relay.subject === subject && this.sentences - relay.sentence === 1 ? relay.relay : null;
  }

  /** The sentence in which a quoted predicate was last read, whoever relayed it or none. */
  private predicateSeenIn = -Infinity;

  /** Records that the sentence being read quotes a subject's predicate ("Ruhl “expressed condolences”"). */
  notePredicateSeen(): void {
    this.predicateSeenIn = this.sentences;
  }

  /**
   * The account a quoted predicate with no report of its own goes on with when the sentence before
   * quoted none: "“…,” the statement says. ¶ Also, Ruhl “noted …”", "… , according to the Bureau. The
   * crew “reported an explosion nearby”". The last speaker, when it spoke in the sentence before and
   * speaks for a government (an outlet's report of a person leaves the person's words to them). Null
   * otherwise, as after a sentence that quoted a predicate: that account was of its own subject.
   */
  accountBefore(): KnownSpeaker | null {
    const last = this.history.at(-1);
    if (!last || last.government === null || this.spokeIn.get(last) !== this.sentences - 1 || this.predicateSeenIn === this.sentences - 1) return null;
    return last;
  }

  /** The institution that spoke last, whoever was named since: the issuer "the statement" means. */
  lastInstitution(): KnownSpeaker | null {
    return this.latest((known) => known.kind === 'organisation');
  }

  /**
   * The institution of `government`'s side that spoke last and that the topic data knows: the issuer
   * "the Sylvanian statement" means (an unnamed one, "a Sylvanian report", names no issuer to go back to).
   */
  lastInstitutionOf(government: string): KnownSpeaker | null {
    return this.latest((known) => known.kind === 'organisation' && known.government === government && known.speaker.actor !== null);
  }

  /**
   * Who spoke in the sentence that introduced the last document ("The owner confirmed the attack in a
   * statement"): its issuer, unless an institution has spoken since ("Separately, the presidency
   * said …"), which "the statement" may then mean.
   */
  get speakerWithDocument(): KnownSpeaker | null {
    this.readDocuments();
    const since = this.history.slice(this.spokenWithDocument).some((known) => known.kind === 'organisation');
    return since ? null : this.documentSpeaker;
  }

  /**
   * The last speaker, when it spoke in the sentence being read or in one of the `sentences` before it
   * and nothing since was told of another side, of a business or of private people of no side (a
   * later "officials said" could be theirs). Null otherwise.
   */
  lastSpeakerWithin(sentences: number): KnownSpeaker | null {
    const last = this.history.at(-1);
    if (!last || this.sentences - (this.spokeIn.get(last) ?? -Infinity) > sentences) return null;
    const someoneElse = this.anotherSideSince(last) || this.subjectOfNoSideSince || this.privatePersonSince || this.privateGroupsBeside.size > 0 || this.othersSince.some((p) => p.government !== last.government);
    return someoneElse ? null : last;
  }

  /** The last `count` speakers, most recent first. */
  lastSpeakers(count: number): KnownSpeaker[] {
    return this.history.slice(-count).reverse();
  }

  /** The most recent speaker that passes `test`, or null. */
  latest(test: (known: KnownSpeaker) => boolean): KnownSpeaker | null {
    for (let i = this.history.length - 1; i >= 0; i--) {
      const known = this.history[i] as KnownSpeaker;
      if (test(known)) return known;
    }
    return null;
  }
}

/** Whether a description names a business by its kind: "the tanker's owner", "the operator of the ship". */
/** Whether a speaker is one of several private people: "one of them", "one of the sailors", "a sailor". */
function oneOfPrivatePeople(description: string): boolean {
  return /^one\s+of\s+(?:them|those|these)$/i.test(description.trim()) || holdsWordOf(description, PRIVATE_PERSONS);
}

function namesABusiness(description: string): boolean {
  return holdsWordOf(description, BUSINESSES);
}

/** Institutions named by a plural noun: "military authorities", "local authorities", "Sylvanian forces". */
const PLURAL_INSTITUTIONS: ReadonlySet<string> = new Set(['authorities', 'forces']);

/** Whether a speaker is described by a plural noun, which "it" cannot refer to. */
function namesSeveral(known: KnownSpeaker): boolean {
  const last = known.speaker.description.trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
  return PLURAL_INSTITUTIONS.has(last);
}

/** Pronouns that may mean several speakers at once. */
const PLURAL: ReadonlySet<string> = new Set(['they', 'them']);

/** Several speakers of one coordinated subject as one voice: no actor, no government. */
function jointVoice(parts: readonly KnownSpeaker[]): KnownSpeaker {
  const description = parts.map((part) => part.speaker.name ?? part.speaker.description).join(' and ');
  return { speaker: { name: null, description, actor: null }, government: null, kind: 'group' };
}

/** Whether two words share a stem: their first five letters ("presidential", "president"), or the whole word when one is shorter. */
function sameStem(a: string, b: string): boolean {
  const length = Math.min(5, a.length, b.length);
  return length >= 3 && a.slice(0, length) === b.toLowerCase().slice(0, length) && (length === 5 || a === b.toLowerCase());
}

/** One word for one post however it is gendered: "spokesman", "spokeswoman" and "spokesperson" are one post. */
function samePost(word: string): string {
  return word === 'spokesman' || word === 'spokeswoman' ? 'spokesperson' : word;
}

function singular(word: string): string {
  return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}
