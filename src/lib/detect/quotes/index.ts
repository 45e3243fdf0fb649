/**
 * Detect stage: quotes, reported speech and their speakers in one source.
 *
 * Per paragraph, in reading order:
 *   1. find the quotations (`quote-spans.ts`, over several paragraphs `quote-runs.ts`, and the text of
 *      embedded posts `embedded-posts.ts`) and mask them, so no rule reads inside a quote;
 *   2. split into sentences without splitting inside quotes (`sentences.ts`);
 *   3. per sentence: remember the personal names used (`speaker-names.ts`), find the attributions
 *      around speech verbs (`attributions.ts`), resolve their speakers against the speakers so far and
 *      the actor lexicon (`resolve-speaker.ts`, `speaker-memory.ts`), and give each quotation and
 *      report to its speaker (`sentence-statements.ts`).
 * The source is read as a whole so "he added" and a paragraph that is only a quote find the speaker
 * of the paragraph before. Steps 1 and 2, the words of each sentence and its attributions depend on
 * the paragraphs alone: `readSentences` and `readAttributions` do them ahead, for a chunk of sources
 * at once in `analyseSources`.
 */
import { mentionsWithin, type ActorLexicon, type ActorMention, type Stretch } from '../../topic/actor-lexicon.ts';
import { foldModifierApostrophes } from './apostrophes.ts';
import { maskQuotes, quoteEnd, unmarkQuotedNames } from './quote-spans.ts';
import { giveRunToItsSpeaker, quoteSpansOfSource, type QuoteRun } from './quote-runs.ts';
import { findEmbeddedPosts, givePostsToAccounts, postSpans, type EmbeddedPost } from './embedded-posts.ts';
import { findPullQuotes } from './pull-quotes.ts';
import { isQuotedName } from './quote-roles.ts';
import { segmentSentences } from '../../segment/sentences.ts';
import { sentencesAroundQuotes } from './sentences.ts';
import { namedSubject } from './named-subject.ts';
import { personActingOnGroup } from './person-beside-group.ts';
import { pronounOfSolePerson } from './possessive-gender.ts';
import { negatedAt } from './negation.ts';
import { quotesOneUnnamed } from './indefinite-speaker.ts';
import { quotesSeveralSides } from './mixed-sides.ts';
import { creditNamedDescriptions } from './named-description.ts';
import { creditPersonsNamedLater } from './described-then-named.ts';
import { creditOfficeHolders } from './office-holders.ts';
import { creditBodyOfficeHolders } from './body-office-holders.ts';
import { creditBodiesByHeadWord } from './body-head-word.ts';
import { creditLegislatureMembers } from './legislature-members.ts';
import { creditNamedCommands } from './military-command.ts';
import { pointingBackStatements, type ReadSentence } from './pointing-back.ts';
import { issuerOfDocument } from './document-issuer.ts';
import { findAttributions, type Attribution } from './attributions.ts';
import { statementsInSentence } from './sentence-statements.ts';
import { ownPublisher } from './own-publisher.ts';
import { opensWithSourceLabel, withoutQuotationLabel } from './layout-labels.ts';
import { datelineGovernment } from './dateline-side.ts';
import { SpeakerMemory, type GovernmentAt, type KnownSpeaker, type PersonNamed } from './speaker-memory.ts';
import { tokenize } from './tokens.ts';
import type { ParagraphText, QuoteSpan, SentenceView, StatementMention } from './types.ts';
import { BUSINESSES, CIVIL_SOCIETY, holdsWordOf, INDEPENDENT_ROLES_ANY_NUMBER, isRoleNoun, PERSON_ROLES, PRIVATE_PERSONS } from './word-lists.ts';

export type { ParagraphText, ResolvedBy, StatementMention } from './types.ts';
export { speechVerbs, participleSpeechVerbs, invertibleSpeechVerbs, mediaSpeechVerbs } from './speech-verbs.ts';
export {
  ACCORDING_TO,
  CLAUSE_JOINERS,
  COMPLEMENT_WORDS,
  CONNECTIVES,
  LABEL_WORDS,
  SKIP_BEFORE_VERB,
  CANCELS_ATTRIBUTION,
} from './attribution-patterns.ts';

export interface FindStatementsOptions {
  /**
   * Also report quotations whose speaker cannot be found (speaker all null, `resolvedBy: 'none'`),
   * so the editor sees them in diagnostics. Default true.
   */
  unattributedQuotes?: boolean;
  /** The source's publisher: its credits to itself (", the Courier reports") are no statements. Default none. */
  publisher?: string | null;
}

/**
 * "Ruhl met the families, offering his condolences": the one person a sentence names, as the speaker
 * it quotes or as its subject, is called by the possessive after their name (`possessive-gender.ts`).
 */
function notePossessiveGender(sentence: string, said: readonly StatementMention[], subject: KnownSpeaker | null, named: readonly ActorMention[], memory: SpeakerMemory, lexicon: ActorLexicon): void {
  const speakers = new Set(said.filter((m) => m.resolvedBy === 'explicit').map((m) => m.speaker.actor));
  const actor = said.length > 0 ? (speakers.size === 1 ? [...speakers][0] : null) : subject?.speaker.actor;
  if (!actor || lexicon.actor(actor)?.kind !== 'person') return;
  const pronoun = pronounOfSolePerson(sentence, actor, named, lexicon, ONE_PRIVATE_PERSON_ALONE.test(sentence));
  if (pronoun) memory.noteGender({ speaker: { name: lexicon.actor(actor)?.name ?? null, description: '', actor }, government: lexicon.governmentOf(actor), kind: 'person' }, pronoun);
}

/** A person a sentence names, as the speaker a later "he" would make them. */
function namedSpeaker(name: string, lexicon: ActorLexicon): KnownSpeaker {
  const { actor, government } = lexicon.resolveSpeakerPhrase(name);
  // "The Sylvanian captive arrived …, he said": a private person speaks for no government, whatever their demonym.
  const privatePerson = actor === null && PRIVATE_PERSONS.has(name.split(/\s+/).at(-1)?.toLowerCase() ?? '');
  return { speaker: { name, description: '', actor }, government: privatePerson ? null : government, kind: 'person' };
}

/**
 * A source's paragraphs as the statement detector reads them, before it looks for any speaker: the
 * quotations found and masked, the sentences cut around them, the words of each sentence
 * (`readSentences`). It depends on the paragraphs alone.
 */
export interface ReadSource {
  /** Quotations that run over several paragraphs (`quote-runs.ts`). */
  runs: QuoteRun[];
  /** Embedded posts and pull quotes (`embedded-posts.ts`, `pull-quotes.ts`). */
  posts: EmbeddedPost[];
  paragraphs: Array<{
    /** The paragraph's quotations, call signs and nicknames left out. */
    quotes: QuoteSpan[];
    /** The paragraph with its quotations masked (`maskQuotes`). */
    masked: string;
    /** Each sentence, in order. */
    sentences: SentenceView[];
    /** Each sentence's attributions (`findAttributions`), when read ahead (`readAttributions`). */
    attributions?: Attribution[][];
    /** The actors the paragraph names, quotations included (`ActorLexicon.findMentions` of its text). */
    mentions: ActorMention[];
    /** The actors each sentence names outside its quotations, offsets from the sentence's start. */
    named: ActorMention[][];
  }>;
}

/**
 * The stretches `maskQuotes` masks in `[start, end)`, in order (a run's part with no opening mark
 * from the paragraph's start); null when a quotation's mask runs across the sentence's edge.
 */
function maskedWithin(quotes: readonly QuoteSpan[], start: number, end: number): Stretch[] | null {
  const hidden: Stretch[] = [];
  for (const quote of quotes) {
    const from = Math.max(quote.open, 0);
    const to = quoteEnd(quote);
    if (to <= start || from >= end) continue;
    if (from < start || to > end) return null;
    hidden.push({ start: from, end: to });
  }
  return hidden;
}

/**
 * Finds the attributions of every sentence `read` holds ahead of `findStatements`, which then takes
 * them as they are: they depend on the sentence alone. Read for a chunk of sources at once, the
 * attribution rules run over every sentence of the chunk in a row (see `analyseSources`).
 */
export function readAttributions(read: ReadSource): void {
  for (const paragraph of read.paragraphs) paragraph.attributions = paragraph.sentences.map((view) => findAttributions(view));
}

/** Reads a source's paragraphs for `findStatements` (see `ReadSource`). */
export function readSentences(paragraphs: ParagraphText[], lexicon: ActorLexicon): ReadSource {
  const { spans, runs } = quoteSpansOfSource(paragraphs);
  // An embedded post's text is quoted though the page prints no marks around it.
  // So is a block of someone's words signed by a card after it (a pull quote).
  const embedded = findEmbeddedPosts(paragraphs, spans);
  const posts = [...embedded, ...findPullQuotes(paragraphs, spans, lexicon)];
  // A post's sentences are its quotes; a pull quote's block is one.
  for (const post of posts) spans[post.at] = postSpans((paragraphs[post.at] as ParagraphText).text, spans[post.at] ?? [], embedded.includes(post));
  return {
    runs,
    posts,
    paragraphs: paragraphs.map((paragraph, p) => {
      // A call sign or nickname in quotation marks names the speaker ("the call sign "Otter" said"): it
      // is read as part of the phrase, not as quoted words.
      const names = (spans[p] ?? []).filter((q) => isQuotedName(paragraph.text, q));
      const quotes = (spans[p] ?? []).filter((q) => !names.includes(q));
      const masked = foldModifierApostrophes(unmarkQuotedNames(maskQuotes(paragraph.text, quotes), names));
      const sentences = sentencesAroundQuotes(paragraph.sentences ?? segmentSentences(paragraph.text), quotes).map((range) => ({
        text: paragraph.text,
        masked,
        start: range.start,
        end: range.end,
        tokens: tokenize(masked, range.start, range.end),
        // An unclosed quotation is read from its words, one past `open` (a post's later sentence has no mark there).
        quotes: quotes.filter((q) => Math.max(q.unclosed ? q.open + 1 : q.open, 0) >= range.start && quoteEnd(q) <= range.end),
      }));
      const mentions = lexicon.findMentions(paragraph.text);
      // Each sentence's, outside its quotations, read off the paragraph's; where they may differ (see
      // `mentionsWithin`), the sentence is read again. A quoted name's marks are masked with spaces,
      // which the paragraph's text does not hold: such a paragraph is read sentence by sentence.
      const masksOnlyQuotes = names.length === 0 && masked.length === paragraph.text.length;
      const named = sentences.map(({ start, end }) => {
        const hidden = masksOnlyQuotes ? maskedWithin(quotes, start, end) : null;
        return (hidden && mentionsWithin(paragraph.text, mentions, start, end, hidden)) ?? lexicon.findMentions(masked.slice(start, end));
      });
      return { quotes, masked, sentences, mentions, named };
    }),
  };
}

/**
 * The statements of one source's paragraphs, given in order. `read` is what `readSentences` gives
 * for them, when the caller has it already (`analyseSources` reads a chunk of sources first).
 */
export function findStatements(
  paragraphs: ParagraphText[],
  lexicon: ActorLexicon,
  options: FindStatementsOptions = {},
  read: ReadSource = readSentences(paragraphs, lexicon),
): StatementMention[] {
  const memory = new SpeakerMemory();
  // The first paragraph of the text: an editor's note in square brackets before it is no dateline.
  const opening = paragraphs.find((paragraph) => !/^\s*\\?\[[^\]]*\\?\]\s*$/.test(paragraph.text));
  memory.datelineGovernment = datelineGovernment(opening?.text ?? '', lexicon);
  const out: StatementMention[] = [];
  let previousParagraphLast: KnownSpeaker | null = null;
  let previousParagraphQuoted = false;
  // Whether the paragraph before told of someone else after its last speaker spoke; of another voice.
  let previousParagraphSomeoneElse = false;
  let previousParagraphAnotherVoice = false;
  // The person of no side the paragraph before was about in its last sentence, when no one spoke in it.
  let previousParagraphPerson: KnownSpeaker | null = null;
  let before: ReadSentence | null = null;
  // The actors the source names outside quotations, each with the paragraph that first names it, for
  // offices named before their holder (`office-holders.ts`).
  const namedInSource = new Map<string, number>();
  const { runs, posts } = read;
  const publisher = ownPublisher(options.publisher, lexicon);

  for (const [p, paragraph] of paragraphs.entries()) {
    memory.notePerson(null);
    const { masked, sentences: views, attributions, named: namedIn } = read.paragraphs[p] as ReadSource['paragraphs'][number];
    // Set by the callbacks below, which the compiler cannot follow: declared so it is not taken for always null.
    let last = null as KnownSpeaker | null;
    let lastQuoted = false;
    let spokeInParagraph = false;
    // Whether a sentence since the last speaker told of someone else ("Berg disagreed.", "A soldier
    // complained."): a quotation after it may be theirs, not the last speaker's.
    let someoneElseSinceSpoke = false;
    // Whether that someone was a voice the last speaker's side cannot speak for: a private person, an
    // independent voice or a person of another side ("A soldier disagreed.", "Berg disagreed.").
    let anotherVoiceSinceSpoke = false;
    // What the paragraph before leaves for a quotation opening this one: its last speaker, whether it
    // was quoted, and whether a colon introduced this paragraph.
    const previous = previousParagraphLast;
    const previousQuoted = previousParagraphQuoted;
    const someoneElseBefore = previousParagraphSomeoneElse;
    const anotherVoiceBefore = previousParagraphAnotherVoice;
    const personBefore = previousParagraphPerson;
    // The person of no side the sentence read last was about, when it reported no speech.
    let lastPersonOfNoSide: KnownSpeaker | null = null;
    const introducedByColon = /:\s*$/.test(paragraphs[p - 1]?.text ?? '');

    views.forEach((view, i) => {
      // The sentence's own words: no word runs across a sentence's edges, so read alone its text gives the same.
      memory.names.collect(masked, lexicon, view.tokens);
      // Found only if a rule asks for them (see SpeakerMemory.noteSentence), then once.
      let governmentsHere: GovernmentAt[] | undefined;
      const governments = () => (governmentsHere ??= governmentsNamed(masked.slice(view.start, view.end), namedIn[i] as ActorMention[], lexicon));
      memory.noteSentence(foldModifierApostrophes(paragraph.text.slice(view.start, view.end)), governments);
      const said = statementsInSentence(view, {
        paragraph: paragraph.n,
        attributions: attributions?.[i],
        memory,
        lexicon,
        unattributedQuotes: options.unattributedQuotes ?? true,
        publisher,
        followsSpeech: before?.spoke ?? false,
        // Within a paragraph, the last speaker; a paragraph that opens with a quote continues the one before.
        // Unless the paragraph goes on to name someone else ("“…” Ruhl later told reporters."): the quote
        // may be theirs, and giving it to the last speaker could credit words to the wrong side.
        continuation: () => {
          // "Lena Ost is still shaken by what she saw. ¶ “…”": a paragraph about a person of no side, in
          // which no one spoke, introduces the quotation after it as theirs.
          const introduced = !spokeInParagraph && i === 0 && previous === null ? personBefore : null;
          const known = spokeInParagraph ? last : i === 0 ? (previous ?? introduced) : null;
          // A paragraph that is only a quotation goes on with a speaker quoted just before, a person or
          // an institution's statement (a quotation continued), or with whoever introduced it ("The
          // statement reads:"). After words only reported it may be anyone's: some person's, quoted by
          // the writer. Not after a person the writer named as they spoke ("…, said aid worker Lena
          // Ost. ¶ “…”"): the bare quotation after them is theirs to a reader, who would be told if
          // someone else spoke; a body's or an unnamed official's report still leaves it to no one.
          // A layout's label before the quotation ("Quote: “…”") leaves it a paragraph that is only a quotation.
          const namedPersonReported = previous !== null && previous.kind === 'person' && previous.speaker.name !== null && !/\p{L}/u.test(withoutQuotationLabel(masked));
          if (!spokeInParagraph && i === 0 && !previousQuoted && !introducedByColon && !introduced && !namedPersonReported) return null;
          // "“…,” Ruhl wrote. He posted a video in which a soldier is asked about his future. He replies: ¶
          // “…”": the colon introduces someone told of after the speaker, whose words they may be.
          if (!spokeInParagraph && i === 0 && introducedByColon && someoneElseBefore) return null;
          // "“…,” Ruhl said. A soldier in the town disagreed. ¶ “…”": without a colon too when the one told
          // of is a private person or of another side, whose words the last speaker's side would claim.
          if (!spokeInParagraph && i === 0 && anotherVoiceBefore) return null;
          // "“…,” said one.": a quotation given to someone the sentence does not name is not the last speaker's.
          if (quotesOneUnnamed(paragraph.text.slice(view.start, view.end))) return null;
          // "“…,” Ruhl said. Berg disagreed. “…”": the quotation after a sentence about someone else.
          if (spokeInParagraph && someoneElseSinceSpoke) return null;
          // "“…” The soldier made the remarks in a video.": a paragraph opening with a quotation that
          // goes on to tell of private people may be theirs.
          const privatePeopleAfter = !spokeInParagraph && i === 0 && PRIVATE_PEOPLE.test(masked.slice(view.start));
          // "“…” The Freedonian envoy disagreed.": a person of another side told of after it, by their office.
          const officeHolderAfter = !spokeInParagraph && i === 0 && known !== null && views.slice(1).some((later) => officeHolderOfAnotherSide(masked.slice(later.start, later.end), known, lexicon));
          // "“…,” came the reply from Fredonburg.", "“…” — the words of the Freedonian leader": the
          // quotation's own sentence names another side, whose reply it may be. (Later sentences may
          // name sides only as what the speaker talks about: "“…” Asked what Sylvania might gain, Ruhl said …".)
          const anotherSideAfter = !spokeInParagraph && i === 0 && known !== null && known.government !== null && governments().some((g) => g.government !== known.government);
          return known && !privatePeopleAfter && !officeHolderAfter && !anotherSideAfter && !namesSomeoneElse(lexicon.findMentions(masked.slice(view.start)), known, lexicon) ? known : null;
        },
        spoke: (known) => {
          spokeInParagraph = true;
          someoneElseSinceSpoke = false;
          anotherVoiceSinceSpoke = false;
          last = known;
        },
      });
      // "“…,” said Ruhl, after Berg accused Sylvania of “hiding” the boats.": no one speaker goes on.
      if (quotesSeveralSides(said)) last = null;
      // "“…,” said Ruhl, after Berg accused Sylvania of “hiding” the boats. ¶ “…,” he added.": either.
      memory.severalSidesQuoted = quotesSeveralSides(said, true);
      // "Sylvania has not commented.": a refusal says nothing a later "it said" could go on with.
      if (said.length > 0 && said.every((m) => m.verbIndex !== null && negatedAt(view, m.verbIndex))) memory.noteSilence();
      // "This was reported by X, according to the Courier": the Courier's relay of it does not stop it being X's.
      const creditsBefore = pointingBackStatements(view, before, { paragraph: paragraph.n, memory, lexicon });
      before = { paragraph: paragraph.n, text: paragraph.text, start: view.start, end: view.end, spoke: said.length > 0 };
      // A sentence about another person who says nothing: a later "she said" in the paragraph may be theirs.
      // "Ruhl visited the port, the agency said.": a body's report of what a person did is about that
      // person as much as a sentence without speech; a later "he said" may be theirs (never the body's).
      const reportAbout = said.length > 0 && said.every((m) => m.kind === 'reported' && m.speaker.name === null) && memory.lastSpeakers(1)[0]?.kind === 'organisation';
      const subject = said.length === 0 || reportAbout ? namedSubject(masked, view.tokens, memory.names, lexicon) : null;
      const subjectSpeaker = subject ? sidedBesideName(namedSpeaker(subject, lexicon), masked.slice(view.start, view.end), lexicon) : null;
      if (subject) memory.notePerson(subject, subjectSpeaker ?? undefined);
      lastPersonOfNoSide = said.length === 0 && subjectSpeaker?.government === null ? subjectSpeaker : null;
      // Named after the sentence is read: "the ministry" in a sentence refers to one named before it.
      const named = namedIn[i] as ActorMention[];
      notePossessiveGender(masked.slice(view.start, view.end), said, subjectSpeaker, named, memory, lexicon);
      memory.noteMentions(named.map((m) => m.actorId));
      for (const mention of named) if (!namedInSource.has(mention.actorId)) namedInSource.set(mention.actorId, paragraph.n);
      memory.notePluralSubject(null);
      if (said.length === 0) {
        const sentence = masked.slice(view.start, view.end);
        const subjectWords = subjectOf(sentence, named);
        memory.notePluralSubject(pluralSubjectOfOneSide(sentence, subjectWords, lexicon));
        memory.notePersonsNamed(personsNamed(named, subjectSpeaker, lexicon));
        memory.noteSubjectSides(sidesOfSubject(subjectWords, lexicon), namesOnePerson(subjectWords), subjectSpeaker !== null);
        if (isOfNoSide(subjectWords, lexicon)) memory.noteSubjectOfNoSide();
        // "A Freedonian lieutenant said he …" with words the reader does not know: someone new spoke,
        // whom a later "he" may mean, not the minister before.
        // "Karl Weiss, an analyst at the Marsh Institute, disagreed.": an independent voice, who speaks
        // for no government either, and whom a later "he" may mean.
        // "Ruhl embraced the families of the fallen": a group beside the person the sentence is about.
        const besideGroup = ONE_PRIVATE_PERSON_ALONE.test(sentence) || !PRIVATE_GROUP.test(sentence) ? null : personActingOnGroup(sentence, subjectSpeaker, memory);
        if (besideGroup) memory.notePrivateGroupBeside(besideGroup);
        else if (ONE_PRIVATE_PERSON.test(sentence) || SOMEONE_UNREAD_SPOKE.test(sentence) || holdsIndependentRole(subjectWords)) memory.notePrivatePerson();
        if (SEVERAL_PRIVATE_PEOPLE.test(sentence)) memory.notePrivatePeople();
        if (last && tellsOfSomeoneElse(sentence, named, last, subject, lexicon)) someoneElseSinceSpoke = true;
        if (last && tellsOfAnotherVoice(sentence, subjectWords, subjectSpeaker, last)) anotherVoiceSinceSpoke = true;
      }
      // "Berg said in a statement that Ruhl emphasized “…”": the document is Berg's, not the last-quoted Ruhl's.
      const issuer = said.length > 0 ? (issuerOfDocument(said, paragraph.text, memory.lastSpeakers(said.length + 2)) ?? memory.lastSpeakers(1)[0] ?? null) : null;
      memory.noteDocuments(masked.slice(view.start, view.end), named, issuer);
      // Whether the last speaker's last words were quoted. A channel's report of them is told after
      // them ("“…,” the Republic said, according to the Courier.") and is not the last speaker's.
      if (said.length > 0) lastQuoted = (said.findLast((m) => last !== null && isSpeaker(m, last)) ?? said.at(-1))?.kind === 'quote';
      out.push(...said, ...creditsBefore);
    });
    // "Berg said …. ¶ Source: Berg at a press conference ¶ Quote: “…”": a line that only credits the
    // report's source stands between a speaker and their words without ending what was said before.
    if (!spokeInParagraph && opensWithSourceLabel(paragraph.text)) continue;
    previousParagraphLast = last;
    previousParagraphQuoted = lastQuoted;
    previousParagraphSomeoneElse = someoneElseSinceSpoke;
    previousParagraphAnotherVoice = anotherVoiceSinceSpoke;
    previousParagraphPerson = spokeInParagraph ? null : lastPersonOfNoSide;
  }
  for (const run of runs) giveRunToItsSpeaker(out, paragraphs, run);
  givePostsToAccounts(out, paragraphs, posts, lexicon);
  creditOfficeHolders(out, namedInSource, lexicon);
  creditBodyOfficeHolders(out, namedInSource, lexicon);
  creditBodiesByHeadWord(out, paragraphs, namedInSource, lexicon);
  creditLegislatureMembers(out, paragraphs, namedInSource, lexicon);
  creditNamedDescriptions(out, paragraphs, lexicon);
  creditPersonsNamedLater(out, paragraphs, lexicon);
  creditNamedCommands(out, paragraphs, read.paragraphs, lexicon);
  return out;
}

/**
 * "Karl Weiss, a Freedonian general, visited the crews": a person of no side the topic data knows is
 * of the one side their own subject phrase names beside the name (a demonym or a side's name in an
 * appositive); as they are when it names none or several, or calls them a private person.
 */
function sidedBesideName(person: KnownSpeaker, sentence: string, lexicon: ActorLexicon): KnownSpeaker {
  const at = person.government === null && person.speaker.name ? sentence.indexOf(person.speaker.name) : -1;
  if (at < 0) return person;
  const subject = subjectOf(sentence.slice(at));
  // "Lena Ost, a Sylvanian refugee, …": a private person or an independent voice speaks for no side.
  if (holdsWordOf(subject, PRIVATE_PERSONS, INDEPENDENT_ROLES_ANY_NUMBER, CIVIL_SOCIETY, BUSINESSES)) return person;
  const sides = sidesOfSubject(subject, lexicon);
  return sides.length === 1 ? { ...person, government: sides[0] as string } : person;
}

/** Whether a statement is credited to the speaker known. */
function isSpeaker(mention: StatementMention, known: KnownSpeaker): boolean {
  const { speaker } = known;
  return mention.speaker.actor === speaker.actor && mention.speaker.name === speaker.name && mention.speaker.description === speaker.description;
}

/** The persons a sentence names: those the topic data lists, and its subject when that is a person. */
function personsNamed(named: readonly { actorId: string }[], subject: KnownSpeaker | null, lexicon: ActorLexicon): PersonNamed[] {
  const listed = named.filter((m) => lexicon.actor(m.actorId)?.kind === 'person').map((m) => ({ key: m.actorId, government: lexicon.governmentOf(m.actorId) }));
  const key = subject ? (subject.speaker.actor ?? subject.speaker.name) : null;
  return key && subject ? [...listed, { key, government: subject.government }] : listed;
}

/** Nouns of private people, singular: "a soldier", "the prisoner's mother", "his wife". */
const PRIVATE_PERSON_NOUNS =
  'soldier|prisoner|captive|POW|defector|resident|civilian|refugee|villager|survivor|victim|witness|eyewitness|conscript|serviceman|rifleman|sniper|recruit|deserter|widow|relative|evacuee|pensioner|protester';

/**
 * One private person a sentence tells of alone, not as one of a group: "a soldier", "the prisoner's
 * mother", "one of the men", "58-year-old Marek" (see `ONE_PRIVATE_PERSON`).
 */
const ONE_PRIVATE_PERSON_ALONE = new RegExp(
  `(?<!\\b(?:[Ee]ach|[Ee]very)\\s+(?:[\\p{L}-]+\\s+)?)\\b(?:${PRIVATE_PERSON_NOUNS}|man|woman|mother|father|son|daughter|wife|husband|brother|sister)\\b|\\b\\d{1,3}-year-old\\b|\\b[Oo]ne\\s+of\\s+the\\s+(?:[\\p{L}’'-]+\\s+){0,2}(?:soldiers|prisoners|captives|POWs|defectors|men|women)\\b`,
  'u',
);

/** A pair or group of private people, one of whom a later "he" or "she" may be: "two captured soldiers", "the families of the fallen". */
const PRIVATE_GROUP = /\b(?:two|both)\s+(?:[\p{L}’'-]+\s+){0,2}(?:soldiers|prisoners|captives|POWs|defectors|men|women)\b|\b(?:families|relatives|mothers|fathers|widows|wives|parents)\b/u;

/**
 * One private person a sentence tells of: "a soldier", "the prisoner's mother", "his wife", "one of the
 * men"; or a pair of them, one of whom a later "he" may mean: "two Sylvanian soldiers captured in May"; or the kin of
 * the dead or missing, one of whom a later "she" may be: "Ruhl met the families of the fallen"; or
 * someone introduced by their age, as copy introduces the people it meets ("among the arrivals was
 * 58-year-old Marek, a former guard"), whatever their trade. Not one after "each" or "every" ("with
 * each soldier's name in gold"): that is all of them, no one person a later "he" may mean.
 */
const ONE_PRIVATE_PERSON = new RegExp(`${ONE_PRIVATE_PERSON_ALONE.source}|${PRIVATE_GROUP.source}`, 'u');

/**
 * Private people, several, a sentence tells of anywhere in it: "the prisoners", "two captured sailors",
 * "a letter from the crews", "photos of 12 soldiers". A later "they" may mean them.
 */
const SEVERAL_PRIVATE_PEOPLE =
  /\b(?:the|two|both|three|four|several|some|many|\d+)\s+(?:[\p{L}’'-]+\s+){0,2}?(?:soldiers|prisoners|captives|POWs|defectors|refugees|civilians|villagers|survivors|sailors|seafarers|crews|crew\s+members|hostages|detainees|conscripts|deserters)\b/u;

/**
 * A sentence opened by someone indefinite who speaks or tells of something: "A Freedonian lieutenant
 * said …", "A Freedonian drone operator described the attack." (read only when no statement was found).
 */
const SOMEONE_UNREAD_SPOKE =
  /^\s*(?:A|An)\s+(?:[\p{L}’'-]+\s+){1,7}(?:said|says|told|tells|added|wrote|described|describes|recalled|recalls|recounted|recounts|remembered|remembers|explained|explains|spoke|speaks)\b/u;

/** Private people, one or several: "the soldiers", "a captured soldier", "the protesters". */
const PRIVATE_PEOPLE = new RegExp(`\\b(?:(?:${PRIVATE_PERSON_NOUNS})s?|man|woman|men|women|mother|father|son|daughter|wife|husband|brother|sister)\\b`);

/** A date or place that opens a sentence before its subject: "On Tuesday, …", "In Marsh City, …". */
const OPENING_ADVERBIAL = /^(?:(?:On|In|At|Since|After|Before|Earlier|Later|Meanwhile|Separately|Overnight|Last|This)\b[^,]{0,40},\s*)/;

/** Lower-case words a subject may hold before its verb: "Freedonia and the Northern Council", "Sylvanian forces". */
const SUBJECT_WORDS = new Set(['the', 'a', 'an', 'and', 'of', 'its', 'their']);

/**
 * The governments a sentence's subject names, by an actor's name or a demonym: "Sylvania" in
 * "Sylvania fired three missiles", both in "Freedonia and the Northern Council launched strikes".
 * The subject ends at the first lower-case word that is not a determiner, "and", "of" or a role noun.
 */
function subjectSides(sentence: string, lexicon: ActorLexicon): string[] {
  return sidesOfSubject(subjectOf(sentence), lexicon);
}

/** The governments a subject (`subjectOf`) names, by an actor's name or a demonym. */
function sidesOfSubject(subject: string, lexicon: ActorLexicon): string[] {
  const named = lexicon
    .findMentions(subject)
    .filter((m) => lexicon.actor(m.actorId)?.kind !== 'person')
    .map((m) => lexicon.governmentOf(m.actorId));
  const demonyms = lexicon.findDemonyms(subject).map((m) => m.government);
  return [...new Set([...named, ...demonyms].filter((g): g is string => g !== null))];
}

/**
 * A sentence's subject, after an opening date or place: up to the first lower-case word that is not a
 * determiner, "and", "of" or a role noun, nor inside a name of the topic data among `named` (the
 * sentence's mentions): "The separatist authorities have fought since 1991" is about the authorities.
 */
function subjectOf(sentence: string, named: readonly ActorMention[] = []): string {
  const opening = OPENING_ADVERBIAL.exec(sentence)?.[0].length ?? 0;
  const inName = (at: number) => named.some((m) => m.index <= at && at < m.index + m.text.length);
  // Read word by word up to the verb, not the whole sentence.
  for (const word of sentence.slice(opening).matchAll(/[\p{L}'’.-]+/gu)) {
    // "the tanker's crew": a possessive is part of the subject.
    if (/^\p{Ll}/u.test(word[0]) && !SUBJECT_WORDS.has(word[0]) && !isRoleNoun(word[0]) && !/['’]s?$/u.test(word[0]) && !inName(opening + word.index)) {
      return sentence.slice(opening, opening + word.index);
    }
  }
  return sentence.slice(opening);
}

/**
 * "The Sylvanian troops have shelled …", "The Freedonians, who …": a sentence's subject (`subject`, as
 * `subjectOf` reads it, with the plural noun it stops before) whose last word is a plural and that
 * names one side alone, as the speaker a "they" after it would make it; null for any other.
 */
function pluralSubjectOfOneSide(sentence: string, subject: string, lexicon: ActorLexicon): KnownSpeaker | null {
  // "The Freedonians, an armed movement …": the subject ends at its comma.
  const head = subject.replace(/\s*,\s*(?:\p{Ll}+\s*)?$/u, '').trim();
  // "The Sylvanian gunners shelled …": a demonym ending the subject as read stands before its noun
  // ("Sylvania warns …" has none: the word after a name is its verb).
  const beforeNoun = !subject.includes(',') && lexicon.findDemonyms(head).some((m) => m.index + m.text.length === head.length);
  const noun = beforeNoun ? (/^\s*\p{Ll}+s\b/u.exec(sentence.slice(sentence.indexOf(subject) + subject.length))?.[0] ?? '') : '';
  const words = `${head} ${noun.trim()}`.trim();
  const sides = sidesOfSubject(words, lexicon);
  // "Sylvanian experts", "Freedonian families": people of a side's country who speak for no side.
  if (sides.length !== 1 || !/\p{L}s$/u.test(words) || namesOnePerson(words) || holdsIndependentRole(words) || holdsWordOf(words, BUSINESSES, CIVIL_SOCIETY, PRIVATE_PERSONS)) return null;
  const { actor, government } = lexicon.resolveSpeakerPhrase(words);
  return government === sides[0] ? { speaker: { name: null, description: words, actor }, government, kind: 'group' } : null;
}

/** Whether a subject is one person told by an office: "the Freedonian leader", "Freedonia's envoy", "Karl Weiss, the Freedonian envoy". */
function namesOnePerson(subject: string): boolean {
  return holdsWordOf(subject, PERSON_ROLES);
}

/** Whether a sentence's subject is a person of another side than `known`'s, told by their office: "The Freedonian envoy disagreed". */
function officeHolderOfAnotherSide(sentence: string, known: KnownSpeaker, lexicon: ActorLexicon): boolean {
  const subject = subjectOf(sentence);
  return namesOnePerson(subject) && sidesOfSubject(subject, lexicon).some((government) => government !== known.government);
}

/**
 * Whether a subject is a business, civil society or private people that no side's name or demonym
 * tells: "Shipping companies have paused transits", "The tanker's crew sent a distress call".
 */
function isOfNoSide(subject: string, lexicon: ActorLexicon): boolean {
  if (lexicon.findMentions(subject).length > 0) return false;
  // "Analysts, however, are sceptical", "Sylvanian experts doubt it": independent voices, whatever their demonym.
  if (holdsIndependentRole(subject)) return true;
  return holdsWordOf(subject, BUSINESSES, CIVIL_SOCIETY, PRIVATE_PERSONS) && lexicon.findDemonyms(subject).length === 0;
}

/** Whether a subject holds the role of an independent voice, one or several: "an analyst", "Experts". */
function holdsIndependentRole(subject: string): boolean {
  return holdsWordOf(subject, INDEPENDENT_ROLES_ANY_NUMBER);
}

/** The governments a sentence names by name or demonym ("Sylvania", "Sylvanian sailors"), in order; `named` are its mentions. */
function governmentsNamed(sentence: string, named: readonly ActorMention[], lexicon: ActorLexicon): GovernmentAt[] {
  const isGovernment = (id: string) => lexicon.actor(id)?.kind === 'government';
  const at = (government: string, index: number): GovernmentAt => ({ government, index, place: placeBefore(sentence, index) });
  const names = named.filter((m) => isGovernment(m.actorId)).map((m) => at(m.actorId, m.index));
  const demonyms = lexicon.findDemonyms(sentence).filter((m) => isGovernment(m.government)).map((m) => at(m.government, m.index));
  return [...names, ...demonyms].sort((a, b) => a.index - b.index);
}

/** A preposition of place ending a text: "in", "across". */
const PLACE_WORD_AT_END = /\b(?:in|into|inside|across|throughout|near)$/i;

/**
 * Whether a preposition of place and a space come right before `index`: "in Sylvania", "across
 * Freedonia". Only the end of the words before is read (the longest preposition and the character
 * before it), not the whole sentence up to the name.
 */
function placeBefore(sentence: string, index: number): boolean {
  const before = sentence.slice(0, index);
  const words = before.trimEnd();
  return words.length < before.length && (PLACE_WORD_AT_END.test(words.slice(-11)) || placeNounOfBefore(words));
}

/** A noun of a place and "of" ending a text: "the territory of", "the region of", "the capital of". */
const PLACE_NOUN_OF_AT_END = /\b(?:territory|territories|region|enclave|province|area|city|town|capital|village|district|republic)\s+of$/i;

/**
 * "fled the disputed territory of Sylvania": a name after a noun of a place and "of" is the place
 * named, as "in Sylvania" is, not a side that acts there. Only the end of the words is read, and only
 * when they end in "of".
 */
function placeNounOfBefore(words: string): boolean {
  return words.endsWith('of') && PLACE_NOUN_OF_AT_END.test(words.slice(-16));
}

/**
 * Whether a sentence that reports no speech tells of someone other than `known`: a person it is about
 * ("Anna Berg disagreed"), another side ("Freedonia disagreed"), private people ("A soldier
 * complained", "Residents disagreed"), or a person or body the topic data lists.
 */
function tellsOfSomeoneElse(sentence: string, named: readonly ActorMention[], known: KnownSpeaker, subject: string | null, lexicon: ActorLexicon): boolean {
  if (subject !== null && subject !== known.speaker.name) return true;
  if (subjectSides(sentence, lexicon).some((government) => government !== known.government)) return true;
  if (PRIVATE_PEOPLE_ANY_CASE.test(sentence)) return true;
  // "The Courier's reporter saw otherwise": an outlet's people as well.
  return namesSomeoneElse(named, known, lexicon) || named.some((m) => m.actorId !== known.speaker.actor && lexicon.actor(m.actorId)?.kind === 'media');
}

/**
 * Whether a sentence that reports no speech tells of a voice that `known`'s side cannot speak for:
 * private people ("A soldier disagreed", "Residents disputed that"), an analyst, or a person it is
 * about who is of no side or of another ("Karl Weiss, a nurse, disagreed", "Berg disagreed").
 */
function tellsOfAnotherVoice(sentence: string, subjectWords: string, subject: KnownSpeaker | null, known: KnownSpeaker): boolean {
  if (subject !== null && subject.speaker.name !== known.speaker.name && (subject.government === null || subject.government !== known.government)) return true;
  return PRIVATE_PEOPLE_ANY_CASE.test(sentence) || holdsIndependentRole(subjectWords);
}

/** Private people, whatever the case of the first letter: "Residents disagreed". */
const PRIVATE_PEOPLE_ANY_CASE = new RegExp(PRIVATE_PEOPLE.source, 'i');

/** Kinds of actor that speak in their own name: a person or a body named after a quote may be its speaker. */
const SPEAKING_KINDS = new Set(['person', 'commentator', 'body']);

/** Whether the mentions of a text (quotes masked) name a person or body other than the speaker `known`. */
function namesSomeoneElse(mentions: readonly ActorMention[], known: KnownSpeaker, lexicon: ActorLexicon): boolean {
  return mentions.some((m) => m.actorId !== known.speaker.actor && SPEAKING_KINDS.has(lexicon.actor(m.actorId)?.kind ?? ''));
}
