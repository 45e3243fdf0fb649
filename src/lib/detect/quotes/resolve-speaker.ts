/**
 * Turns a speaker phrase as written into a speaker: name, description, actor and government.
 * Pronouns and "the official" go to the speaker memory; names and role phrases to the lexicon.
 * When unsure, the actor and government stay null.
 */
import { type ActorLexicon, OF_PERSON } from '../../topic/actor-lexicon.ts';
import type { GovernmentAt, KnownSpeaker, SpeakerKind, SpeakerMemory } from './speaker-memory.ts';
import { describesFoundingOffice, namesSideOnlyInPartyName } from './party-names.ts';
import { regionOfficial, regionSpeaking, regionsAsPlacesIn, regionsNamedIn } from './region-authorities.ts';
import { namedForIts } from './its-office.ts';
import { subjectBeforeObjectClause } from './object-clause-pronoun.ts';
import { personBeforeRelativePronoun } from './relative-pronoun.ts';
import { namedMembersOf } from './named-members.ts';
import { officialsOfLastSpeaker } from './officials-of-speaker.ts';
import { bodyThatJustSpoke } from './body-by-kind.ts';
import { foldModifierApostrophes } from './apostrophes.ts';
import { outletOfReportBefore } from './report-of-outlet.ts';
import { isSurnamePhrase, namesAnotherPerson } from './speaker-names.ts';
import { mediaSpeechVerbs } from './speech-verbs.ts';
import { isCalendarWord } from './tokens.ts';
import { speaksAsListedBody } from './listed-firms.ts';
import { datelineSideBody } from './dateline-side.ts';
import { withoutEmptyModifier } from './empty-modifier.ts';
import { nameRepeated } from './name-repeated.ts';
import { bodyOfSameOfficeNamed } from './country-office.ts';
import { bodyOfPersonNamed } from './headed-body.ts';
import { diplomatBefore, officesOfPerson } from './diplomat-before.ts';
import { sidePostHolderBefore } from './side-post-before.ts';
import type { ResolvedBy } from './types.ts';
import {
  DOCUMENT_NOUNS,
  GROUP_MEMBER_VERBS,
  GROUP_ROLES,
  isRoleNoun,
  ORG_ROLES,
  PERSON_ROLES,
  PHRASE_PREPOSITIONS,
  PLACE_OR_AGENT,
  PLACE_PREPOSITIONS,
  SPOTS,
  TITLE_WORDS,
  INDEPENDENT_ROLES,
  INSURGENT_GROUPS,
  PRIVATE_PERSONS,
  KIN,
  AGE_NOUN,
  APPEARANCE_PARTICIPLES,
  BUSINESSES,
  holdsWordOf,
  CAPTIVE_PARTICIPLES,
  CAPTIVITY_ADVERBS,
  CIVIL_SOCIETY,
  CLERGY_TITLES,
  ESTRANGED_MODIFIERS,
  CIVIL_SOCIETY_PHRASE,
  PRONOUNS,
  SPEAKER_QUALIFIERS,
} from './word-lists.ts';

/** Words before a role that make its holder one of an armed movement: "a Sylvanian rebel commander". */
const INSURGENT_MODIFIERS: ReadonlySet<string> = new Set(['separatist', 'rebel', 'insurgent', 'militant', 'guerrilla', 'militia']);

/** Nouns for a captive, which refer back to a speaker described as captured, detained, held …. */
const CAPTIVE_NOUNS: ReadonlySet<string> = new Set(['prisoner', 'captive', 'pow']);

/** Posts "the diplomat" refers back to: a speaker described as an envoy or an ambassador is a diplomat. */
const DIPLOMATIC_POSTS: readonly string[] = ['diplomat', 'envoy', 'ambassador', 'emissary', 'consul'];

/** Role nouns that name outlets: their reports speak for no government. */
const MEDIA_HEADS = new Set(['outlet', 'newspaper', 'publication', 'broadcaster', 'daily', 'channel', 'network', 'media', 'agency', 'television', 'tv', 'radio', 'station']);

/**
 * Words of a speaker's description that "the outlet", "the newspaper" or another press word refers back
 * to: the press words but "agency", which names a spy agency or a refugee agency as well as a news
 * agency, and "news", which sets a news agency apart ("the state news agency").
 */
const PRESS_WORDS: readonly string[] = [...[...MEDIA_HEADS].filter((word) => word !== 'agency'), 'news'];

/**
 * Words of a state agency's own name, which "the agency" also refers back to: "the Main Directorate of
 * Intelligence", "the Security Service", "the State Department" are agencies as much as a news agency
 * is, and the one that spoke last is meant. A ministry is not called so in English.
 */
const STATE_AGENCY_WORDS: readonly string[] = ['intelligence', 'directorate', 'service', 'bureau', 'department', 'administration'];

export interface ResolvedSpeaker extends KnownSpeaker {
  resolvedBy: ResolvedBy;
}

/** What the detector knows when it resolves a phrase. */
export interface ResolveContext {
  memory: SpeakerMemory;
  lexicon: ActorLexicon;
}

/** A group named with one of its members: "… nations led by X", "… headed by X", "a coalition including X". */
const GROUP_WITH_MEMBER = new RegExp(String.raw`^\S.*?\s(?:(?:${GROUP_MEMBER_VERBS.join('|')})\s+by|including)\s+\S`, 'i');

/**
 * The speakers a phrase names. Usually one; two or more for "Freedonia and Sylvania both deny",
 * when every part is a known actor.
 */
export function resolveSpeakers(
  phrase: string,
  appositive: string | null,
  verb: string,
  context: ResolveContext,
): ResolvedSpeaker[] {
  phrase = foldModifierApostrophes(phrase);
  const resolved = tiedRoleBefore(phrase, context) ?? bareRoleBefore(phrase, appositive, verb, context) ?? resolvePhrase(phrase, appositive, verb, context);
  // "According to the Courier, …", "Freedonia's assessment says …": a source's report, which "the
  // report" in the next sentence goes on with. A person's words are no report.
  // "Sylvanian state media said …. The report said …": the press's words are a report too.
  const reports = resolved.length === 1 && resolved[0]?.kind !== 'person' && (REPORTING_VERB.test(verb.trim()) || REPORT_PHRASE.test(phrase.trim()) || PRESS_PHRASE.test(phrase.trim()));
  for (const known of resolved) context.memory.noteSentenceSpeaker(known, reports);
  return resolved;
}

/**
 * "The Sylvania-backed group said" with no side of its own read: the group before, as "the group"
 * refers back; the side that backs it is never the one it speaks for. Null when "the group" finds
 * no one either.
 */
function tiedRoleBefore(phrase: string, context: ResolveContext): ResolvedSpeaker[] | null {
  // TIED_ROLE needs a hyphen: most phrases are not read further.
  if (!phrase.includes('-')) return null;
  const text = phrase.replace(/\s+/g, ' ').trim();
  const tied = TIED_ROLE.exec(text);
  if (!tied || !isRoleNoun(tied[2] as string)) return null;
  const backer = context.lexicon.resolveSpeakerPhrase(tied[1] as string).government;
  // As for "the group": the last speaker so described, unless another side was named since.
  const known = context.memory.byRoleNoun([tied[2] as string]);
  if (!known?.government || known.government === backer || context.memory.anotherSideSince(known)) return null;
  // "Freedonian jets hit the port, the Sylvania-backed group said": a side its own sentence names may be the group's.
  if (context.memory.governmentsNamedBefore(phrase).some((g) => g !== known.government && g !== backer)) return null;
  const found: ResolvedSpeaker = { ...known, speaker: { ...known.speaker, description: text }, resolvedBy: 'pronoun' };
  context.memory.remember(found);
  return [found];
}

/**
 * "the group's spokesman", "the unnamed official": the speakers the bare post refers back to, described
 * as the phrase is; null for a phrase with no empty modifier (`empty-modifier.ts`).
 */
function bareRoleBefore(phrase: string, appositive: string | null, verb: string, context: ResolveContext): ResolvedSpeaker[] | null {
  const bare = withoutEmptyModifier(phrase);
  if (!bare) return null;
  return resolvePhrase(bare, appositive, verb, context).map((found) => ({ ...found, speaker: { ...found.speaker, description: phrase.replace(/\s+/g, ' ').trim() } }));
}

/** A role tied to a side that is not the speaker's own: "the Sylvania-backed group" (side, role). */
const TIED_ROLE = /^[Tt]he\s+([\p{L}.’'-]+)-(?:backed|supported|sponsored|funded|armed|aligned|allied|affiliated|linked)\s+(\p{L}+)$/u;

/** Verbs that give a source's report: "according to the Courier", "the Courier reported". */
const REPORTING_VERB = /^(?:according\s+to|report(?:s|ed)?)$/i;

/** A phrase that names the press by its kind: "state media", "Sylvanian state TV", "the state news agency". */
const PRESS_PHRASE = /\b(?:media|news\s+agency|TV|television|radio|broadcaster)$/i;

/** A phrase that names a report or document: "Freedonia's assessment", "the Bureau's statement". */
const REPORT_PHRASE = new RegExp(`\\b(?:${DOCUMENT_NOUNS}|report)$`, 'i');

/** The speakers `phrase` names, without noting them as the sentence's (`resolveSpeakers` does). */
function resolvePhrase(
  phrase: string,
  appositive: string | null,
  verb: string,
  context: ResolveContext,
): ResolvedSpeaker[] {
  // The marks around a quoted call sign ("the call sign "Otter"") are not part of the name.
  const text = phrase.replace(/["“”«»]/g, '').replace(/\s+/g, ' ').trim();
  // "the report" after "a report posted on X by the ministry": the ministry's report.
  const author = /^the\s+report$/i.test(text) ? context.memory.lastReportAuthor : null;
  const authorKind = author ? context.lexicon.actor(author)?.kind : undefined;
  if (author && (authorKind === 'body' || authorKind === 'government' || authorKind === 'intergovernmental')) {
    return [{ speaker: { name: null, description: text, actor: author }, government: context.lexicon.governmentOf(author), kind: 'organisation', resolvedBy: 'pronoun' }];
  }
  // "According to the Courier, …. The report says …": the report the sentence before gave.
  const reporter = /^the\s+report$/i.test(text) && !author ? context.memory.lastReporter : null;
  if (reporter) return [{ ...reporter, speaker: { ...reporter.speaker, description: reporter.speaker.actor ? text : reporter.speaker.description }, resolvedBy: 'pronoun' }];
  // "While the agency did not say when, it stated that …. The report did not specify …": the outlet told of before.
  const outlet = author || reporter ? null : outletOfReportBefore(text, context.memory, context.lexicon);
  if (outlet) {
    const found: ResolvedSpeaker = { ...outlet, resolvedBy: 'pronoun' };
    context.memory.remember(found);
    return [found];
  }
  // "Sylvania urged restraint, its foreign ministry said": the office of the side "its" means.
  const namedSide = namedForIts(text, context);
  const sideOffice = namedSide ? resolvePhrase(namedSide, appositive, verb, context) : [];
  if (sideOffice.length === 1 && sideOffice[0]?.government) {
    return sideOffice.map((found) => ({ ...found, speaker: { ...found.speaker, description: text }, resolvedBy: 'pronoun' }));
  }
  // "his statement", "her letter": the document of the person the pronoun means (not an institution's
  // spokesperson's, whom "he" after "the ministry said" may be).
  const pronounDocument = PERSON_PRONOUN_DOCUMENT.exec(text);
  if (pronounDocument) {
    const pronoun = (pronounDocument[1] as string).toLowerCase() === 'his' ? 'he' : 'she';
    const persons = resolvePhrase(pronoun, appositive, verb, context);
    if (persons.every((s) => s.kind === 'person' && s.resolvedBy !== 'none')) return persons;
  }
  // "a joint statement by Freedonia and Sylvania": several parties' words, for no one government.
  if (JOINT_DOCUMENT.test(text)) {
    const joint: ResolvedSpeaker = { speaker: { name: null, description: text, actor: null }, government: null, kind: 'organisation', resolvedBy: 'explicit' };
    context.memory.remember(joint);
    return [joint];
  }
  // "a statement from the military spokesman", "a letter by Berg": the document is its author's words.
  const authored = AUTHORED_DOCUMENT.exec(text);
  if (authored) return resolvePhrase(authored[1] as string, appositive, verb, context);
  // "the General Staff statement", "a statement released via Facebook": the document speaks for whoever
  // issued it, named in the phrase or, for "the statement" alone, before it.
  const document = DOCUMENT_PHRASE.exec(text);
  if (document) {
    // "the official statement": a word that describes the document names no issuer; "the ministry's
    // latest update": the issuer is the ministry.
    const issuer = document[1]?.trim().replace(DESCRIBES_DOCUMENT_ALONE, '').replace(DESCRIBES_DOCUMENT_AFTER_ISSUER, '');
    // "The intelligence document adds …": a word that names a kind of document, not its issuer, refers
    // back like "the statement" does.
    const namesIssuer = issuer ? context.lexicon.findMentions(issuer).length > 0 || context.lexicon.findDemonyms(issuer).length > 0 || /^\p{Lu}/u.test(issuer) : false;
    // "the ministry update": an issuer described like a speaker ("the ministry"), who refers back in turn;
    // so does a person's document ("the spokesman's statement"), theirs and not the last institution's.
    const describesIssuer = issuer ? /^\p{L}+$/u.test(issuer) && (ORG_ROLES.has(issuer.toLowerCase()) || PERSON_ROLES.has(issuer.toLowerCase())) && !DOCUMENT_NOUN.test(issuer) : false;
    // "the Sylvanian assessment", "a Freedonian statement": a side's document (see documentOfSide); a later
    // "the document" refers back to it.
    const side = issuer ? documentOfSide(issuer, text, context) : null;
    if (side) {
      context.memory.remember(side);
      context.memory.noteDocumentSpoke(side);
      return [side];
    }
    if (issuer && (namesIssuer || describesIssuer || !/^the\s/i.test(text))) return resolvePhrase(/^(?:the|a|an)\s/i.test(text) ? `the ${issuer}` : issuer, appositive, verb, context);
    // Only "the statement" refers back; "a statement", "a joint statement" may be anyone's, and so is
    // "the statement" after "twelve nations issued a joint statement".
    const refersBack = /^the\s/i.test(text) && !/\bjoint\b/i.test(text) && !context.memory.lastDocumentJoint;
    const issued = refersBack ? (LETTER.test(text) ? writerBefore(context.memory, context.lexicon) : issuerBefore(context.memory, context.lexicon)) : null;
    if (issued) {
      const found: ResolvedSpeaker = { ...issued, speaker: { ...issued.speaker, description: text }, resolvedBy: 'pronoun' };
      // "The resolution condemns … ¶ It also urges …": the document spoke last, so a later "it" is it
      // (its issuer), not a side that spoke before it was named.
      context.memory.remember(found);
      return [found];
    }
    // "The release said nothing": a bare release no issuer spoke before may be any release (of gas, of
    // prisoners), no document of anyone's.
    if (refersBack && BARE_RELEASE.test(text)) return [];
  }
  // "the country’s Health Ministry" after "300 Sylvanian sailors were killed": Sylvania's.
  const ofCountry = ofCountryNamedBefore(text, phrase, appositive, verb, context);
  if (ofCountry) {
    context.memory.remember(ofCountry);
    return [ofCountry];
  }
  // "20 sailors died in Sylvania, local officials said": the officials of the place the sentence names.
  const local = localOfPlaceNamed(text, phrase, context) ?? ofBreakawayRegion(text, context);
  if (local) {
    context.memory.remember(local);
    return [local];
  }
  // "Fuel ran out in Ostmark. The authorities there said …": the officials of the place named.
  const there = officialsThere(text, phrase, context);
  if (there) {
    context.memory.remember(there);
    return [there];
  }
  // "Berg said …, according to the presidential press service": the press of the office the speaker holds.
  const press = pressServiceBefore(text, context);
  if (press) {
    context.memory.remember(press);
    return [press];
  }
  // "the lawmakers" after two lawmakers were named: them, for the body or government they share.
  const members = namedMembersOf(text, context.memory, context.lexicon);
  if (members) {
    const group: ResolvedSpeaker = { speaker: { name: null, description: text, actor: members.body }, government: members.government, kind: 'group', resolvedBy: 'pronoun' };
    context.memory.remember(group);
    return [group];
  }
  // "the diplomat", "the senior diplomat" after "Deputy Foreign Minister Karl Ruhl said": a foreign
  // ministry's people are diplomats as envoys are.
  const diplomat = diplomatBefore(text, context.memory, (id) => officesOfPerson(id, context.lexicon));
  if (diplomat) {
    const found = recall(diplomat, text);
    context.memory.remember(found);
    return [found];
  }
  // "the Sylvanian deputy foreign minister" after "Sylvanian Deputy Foreign Minister Karl Ruhl said": him.
  const sidePost = sidePostHolderBefore(text, context.memory, context.lexicon);
  if (sidePost) {
    const found = recall(sidePost, text);
    context.memory.remember(found);
    return [found];
  }
  // "the official", "the ministry" refer back — unless the topic data knows the phrase ("the Palace").
  const anaphor = /^[Tt]he\s+(\p{L}+)$/u.exec(text);
  const refersBack = anaphor !== null && isRoleNoun(anaphor[1] as string) && context.lexicon.findMentions(text).length === 0;
  // "a statement by Sylvania's health minister, Anna Berg, in which she said": the author its own sentence names.
  // "praised the crews, who he said “held the line”": the person its own sentence named before the clause.
  // "struck ships it says are linked to Freedonia": the side its own sentence opens with.
  const eventAuthor = refersBack ? null : (authorOfSpeechEventBefore(text, context) ?? personBeforeRelativePronoun(text, context) ?? subjectBeforeObjectClause(text, context));
  if (eventAuthor) {
    context.memory.remember(eventAuthor);
    context.memory.noteGender(eventAuthor, text);
    return [eventAuthor];
  }
  // "“…,” said Ruhl, after Berg accused Sylvania of “hiding” the boats. ¶ “…,” he added.": either may be meant.
  if ((text === 'he' || text === 'she') && context.memory.severalSidesQuoted) return [recall(null, text)];
  if (PRONOUNS.has(text) || refersBack) {
    const noun = refersBack ? ((anaphor as RegExpExecArray)[1] as string).toLowerCase() : '';
    // "The outlet" after "the state-run newspaper Marsh Star reported": one outlet, whatever the word.
    // "she added", "he went on": the speaker goes on, whoever was named since.
    const goesOn = /^(?:add|continu|went\s+on|goes\s+on)/i.test(verb.trim());
    // "the prisoner" after "a captured Sylvanian officer said": a captive described by how they were taken.
    // "the diplomat" after "the Council's special envoy said": the envoy.
    // "The newspaper reported" after "Sylvania's spy agency said": a press word means the press, not a
    // state agency the topic data calls an agency.
    const pressWord = MEDIA_HEADS.has(noun) && noun !== 'agency';
    const nouns = noun === 'agency' ? [...MEDIA_HEADS, ...STATE_AGENCY_WORDS] : pressWord ? PRESS_WORDS : CAPTIVE_NOUNS.has(noun) ? [noun, ...CAPTIVE_PARTICIPLES] : noun === 'diplomat' ? [...DIPLOMATIC_POSTS] : [noun];
    const headsOf = (id: string) => (pressWord ? pressHeadsOf(id, context.lexicon) : headNounsOf(id, context.lexicon));
    const remembered = refersBack ? context.memory.byRoleNoun(nouns, headsOf) : context.memory.byPronoun(text, goesOn);
    // "“…,” the Freedonian minister said. Sylvanian Defence Minister Ruhl arrived. “…,” the minister
    // said": another side named since may hold the same role; a reader cannot tell which is meant.
    const anotherSide = refersBack && !goesOn && remembered !== null && context.memory.anotherSideSince(remembered);
    const known = anotherSide ? null : remembered;
    if (known && !refersBack) context.memory.noteGender(known, text);
    // "The Bureau" with no bureau among the speakers so far: the bureau the article named before, if any.
    const named = refersBack && !known && !anotherSide ? namedBefore(text, context.memory, context.lexicon) : null;
    if (named) {
      const speaker: ResolvedSpeaker = { speaker: { name: null, description: text, actor: named.actor }, government: named.government, kind: 'organisation', resolvedBy: 'explicit' };
      context.memory.remember(speaker);
      return [speaker];
    }
    // "The Sylvanian Ministry of Ports said … The department does not give the number": the body that just spoke.
    const body = refersBack && !known && !anotherSide ? bodyThatJustSpoke(noun, context.memory, context.lexicon) : null;
    if (body) {
      const speaker = recall(body, text);
      context.memory.remember(speaker);
      return [speaker];
    }
    const holder = !known && refersBack && !anotherSide ? officeHolderBefore(text, context) : null;
    // "The ambassador confirmed … “…,” he said": the holder is the last speaker, whom "he" then means.
    if (holder) {
      context.memory.remember(holder);
      return [holder];
    }
    const recalled = recall(known, text);
    // "the soldier said" with no soldier before is someone new: a later "he" is that one, not whoever
    // spoke before (it speaks for no known government either way).
    if (known || refersBack) context.memory.remember(recalled);
    return [recalled];
  }

  // "the prime minister" after "Karl Ruhl said": the last speaker the topic data names to that office.
  const holder = officeHolderBefore(text, context);
  if (holder) {
    context.memory.remember(holder);
    return [holder];
  }
  // "the presidential aide" after "Tomas Ruhl, an aide to the President": the person so described.
  const described = personDescribedBefore(text, context);
  if (described) {
    context.memory.remember(described);
    return [described];
  }
  // "one of them said": someone of a group named before, speaking for themselves; "he" is then this one.
  if (ONE_OF_THEM.test(text)) {
    const one: ResolvedSpeaker = { speaker: { name: null, description: text, actor: null }, government: null, kind: 'person', resolvedBy: 'none' };
    context.memory.remember(one);
    return [one];
  }
  // "Freedonia and Sylvania denied the trade, although the two countries confirmed …": each of the pair.
  if (BOTH_SIDES.test(text)) {
    const pair = lastTwoGovernments(context.memory, context.lexicon);
    if (pair) {
      const each = pair.map((id): ResolvedSpeaker => ({ speaker: { name: null, description: text, actor: id }, government: id, kind: 'organisation', resolvedBy: 'pronoun' }));
      context.memory.rememberJoint(each);
      return each;
    }
  }
  // "Both Freedonia and Sylvania", "Neither Freedonia nor Sylvania", "Freedonia, Sylvania and the
  // Council": each part speaks.
  const parts = listParts(text.replace(/^(?:both|neither)\s+/i, ''));
  if (parts.length > 1 && !appositive) {
    const each = parts.map((part) => explicitSpeaker(part, null, verb, context, false));
    const actors = new Set(each.map((r) => r.speaker.actor));
    if (each.every((r) => r.speaker.actor) && actors.size === each.length) {
      context.memory.rememberJoint(each);
      return each;
    }
  }
  // "Twelve nations led by Freedonia", "a coalition including Sylvania": the group speaks, for no one
  // government; the member it names does not speak for it.
  if (GROUP_WITH_MEMBER.test(text)) {
    const group: ResolvedSpeaker = { speaker: { name: null, description: text, actor: null }, government: null, kind: 'organisation', resolvedBy: 'explicit' };
    context.memory.remember(group);
    return [group];
  }
  // "Karl Weiss arrived in May. ¶ “…,” the 47-year-old farmer said": the person just told of.
  const aged = agedPersonToldOf(text, context.memory);
  if (aged) {
    context.memory.remember(aged);
    return [aged];
  }
  // "the leader of the self-proclaimed Republic of Ostmark": an official of the region's own authorities.
  const official = regionOfficial(text, context.lexicon);
  if (official) {
    const found: ResolvedSpeaker = { speaker: { name: null, description: text, actor: official.person ? null : official.government }, government: official.government, kind: official.person ? 'person' : 'organisation', resolvedBy: 'explicit' };
    context.memory.remember(found);
    return [found];
  }
  // "Ostmark announced": a region that speaks is its own authorities, when the topic data lists them.
  const region = regionSpeaking(text, context.lexicon);
  if (region) {
    const authorities: ResolvedSpeaker = { speaker: { name: null, description: text, actor: region }, government: region, kind: 'organisation', resolvedBy: 'explicit' };
    context.memory.remember(authorities);
    return [authorities];
  }
  const speaker = explicitSpeaker(text, appositive, verb, context, true);
  // "Freedonian and Western officials": a joint statement of several sides speaks for no one government.
  if (parts.length > 1 && speaker.government !== null && !everyPartSpeaksFor(text, speaker.government, context.lexicon)) speaker.government = null;
  context.memory.remember(speaker);
  return [speaker];
}

/**
 * The items of a list joined by "and" or "nor", commas included once a conjunction closes the list
 * ("Freedonia, Sylvania(,) and the Council"). Without a conjunction the commas may set off an
 * appositive ("Berg, the minister,"), so the phrase stays whole.
 */
function listParts(text: string): string[] {
  const joined = text.split(/,?\s+(?:and|nor)\s+/);
  if (joined.length < 2) return joined;
  return joined.flatMap((part) => part.split(/\s*,\s*/)).filter((part) => part !== '');
}

/** What comes right before "he" or "she" on a speech event: "a news conference in which", "a speech, during which". */
const WHICH_BEFORE_PRONOUN = [' which ', ' where '];

/** The end of the words before an event's author, named after "by" or in apposition to the role after it: "by the minister, ". */
const AUTHOR_AFTER_BY = /\bby\s+(?:[^,.;:]{1,60},\s+)?$/u;

/**
 * "an earlier statement by Sylvania's health minister, Anna Berg, at a news conference in which she
 * said …": "he" or "she" in a clause on a speech event ("in which", "during which", ", where") is
 * the person its own sentence named as the event's author ("by …"), before anyone the memory of
 * earlier sentences holds. Only a person the topic data knows, and only when the words before the
 * pronoun name one person: "a letter by Berg to Ruhl, in which he said" may be either. Null otherwise.
 */
function authorOfSpeechEventBefore(text: string, context: ResolveContext): ResolvedSpeaker | null {
  if (text !== 'he' && text !== 'she') return null;
  const sentence = context.memory.readingText;
  const at = WHICH_BEFORE_PRONOUN.map((which) => sentence.indexOf(`${which}${text} `)).find((i) => i >= 0);
  if (at === undefined) return null;
  const before = sentence.slice(0, at);
  const persons = context.lexicon.findMentions(before).filter((m) => context.lexicon.actor(m.actorId)?.kind === 'person');
  const person = persons[0];
  if (!person || persons.some((m) => m.actorId !== person.actorId)) return null;
  if (!AUTHOR_AFTER_BY.test(before.slice(Math.max(0, person.index - 70), person.index))) return null;
  // Not someone of the person's ("by Berg's spokeswoman, in which she said"), nor anyone named by
  // another "by" between the author and the pronoun ("by Berg, read out by an aide, in which he said").
  const rest = before.slice(person.index + person.text.length);
  if (/^['’]/u.test(rest) || /\bby\b/.test(rest)) return null;
  const actor = context.lexicon.actor(person.actorId);
  if (!actor) return null;
  return { speaker: { name: actor.name, description: text, actor: actor.id }, government: context.lexicon.governmentOf(actor.id), kind: 'person', resolvedBy: 'pronoun' };
}

/** "the 47-year-old farmer": a person described by age and what they do, naming no side. */
const AGED_PERSON = /^[Tt]he\s+\d{1,3}-year-old\s+(?:\p{Ll}[\p{L}-]*\s+)?\p{Ll}+$/u;

/**
 * The person a description by age refers to: the one of no known side a sentence told of since the
 * last speaker ("Karl Weiss arrived on a tractor. “…,” the 47-year-old farmer said"). Null for any
 * other phrase, or when no such person was told of.
 */
function agedPersonToldOf(text: string, memory: SpeakerMemory): ResolvedSpeaker | null {
  const person = AGED_PERSON.test(text) ? memory.personOfNoSideSince : null;
  return person ? { ...person, speaker: { ...person.speaker, description: text }, resolvedBy: 'pronoun' } : null;
}

/**
 * Whether every part of a coordinated phrase ("A, B and C officials") is on `government`'s side. A part
 * that names no side ("Freedonia's defence and foreign ministries") goes with the others; one that
 * names another ("Western") or one the topic data does not know does not.
 */
export function everyPartSpeaksFor(text: string, government: string, lexicon: ActorLexicon): boolean {
  const parts = text.split(/\s*,\s*|\s+and\s+/).filter((part) => part !== '');
  return parts.every((part, i) => {
    // "the Minister of Labour and Social Affairs Karl Weiss": the words after "and" go on with the
    // office's name, which the part before left open after "of".
    if (i > 0 && OFFICE_LEFT_OPEN.test(parts[i - 1] as string) && TITLE_WORDS.has(part.split(' ')[0] as string)) return true;
    // "Minister of Regional Development and Infrastructure Anna Berg": an office left open after
    // "of", which the next part goes on with in capitals, takes the side of the whole title; not when
    // the next part opens with a side of its own ("the Minister of Health and Sylvanian officials").
    const next = parts[i + 1] ?? '';
    if (OFFICE_LEFT_OPEN.test(part) && /^\p{Lu}/u.test(next) && lexicon.resolveSpeakerPhrase(next.split(' ')[0] as string).government === null) return true;
    const side = lexicon.resolveSpeakerPhrase(part).government;
    return side === government || (side === null && !/^\p{Lu}/u.test(part.replace(/^(?:the|a|an)\s+/i, '')) && !speaksForNoGovernment(part));
  });
}

/**
 * Whether a part of a coordinated phrase names people or bodies that speak for no government, whose
 * words a government's part does not take over: "many NGOs and the Sylvanian government", "aid
 * groups and Freedonian officials" are joint voices. "Freedonia's defence and foreign ministries"
 * is not: "foreign ministries" is the government's.
 */
function speaksForNoGovernment(part: string): boolean {
  const head = part.slice(part.lastIndexOf(' ') + 1).toLowerCase();
  return NON_GOVERNMENT_BODIES.has(head) || BUSINESSES.has(head) || PRIVATE_PERSONS.has(head) || INDEPENDENT_ROLES.has(head.replace(/s$/, ''));
}

/** Bodies that speak for no government, as the head of a part of a coordinated phrase. */
const NON_GOVERNMENT_BODIES: ReadonlySet<string> = new Set(['ngo', 'ngos', 'group', 'groups', 'organisations', 'organizations', 'charities', 'companies', 'firms', 'unions', 'outlets', 'media']);

/** An office named up to "of" and capitalised words, which "and" may go on with: "Minister of Labour". */
const OFFICE_LEFT_OPEN = /\bof(?:\s+\p{Lu}[\p{L}-]*)+$/u;

/**
 * Whether a phrase ends in "report(s)" or "agency"/"agencies", in any case: the last words the press
 * patterns need, read on the phrase's end alone (a pattern anchored at the end still reads all of it).
 */
function endsInReportOrAgency(text: string): boolean {
  const end = text.slice(-8).toLowerCase();
  return end.endsWith('report') || end.endsWith('reports') || end.endsWith('agency') || end.endsWith('agencies');
}

/** Words that may stand between a demonym and a bare "agency" and still leave its kind untold. */
const AGENCY_STATUS = /^(?:official|semi-official|state|state-(?:run|owned|controlled)|government-(?:run|owned|controlled))$/i;

/**
 * "the official Sylvanian agency announced", "the Freedonian agency said": an agency told only by its
 * country's demonym (and its status) is the country's news agency, whose words are the outlet's; the
 * demonym describes the agency, it does not make the state speak. An agency of a kind ("the Sylvanian
 * intelligence agency", "the Freedonian space agency") is a state body and is left to the lexicon.
 */
function agencyOfADemonym(text: string, lexicon: ActorLexicon): boolean {
  if (!text.endsWith('agency')) return false;
  const demonyms = lexicon.findDemonyms(text);
  if (demonyms.length === 0) return false;
  // The words left once the demonyms ("North Freedonian" is one) and the article are taken out.
  let rest = text;
  for (const m of [...demonyms].reverse()) rest = `${rest.slice(0, m.index)} ${rest.slice(m.index + m.text.length)}`;
  const words = rest.replace(/^\s*(?:the|an?)\s+/i, '').trim().split(/\s+/).slice(0, -1);
  return words.every((word) => AGENCY_STATUS.test(word));
}

/** A speaker the text names: split off a personal name, find the actor, register the name. */
function explicitSpeaker(
  text: string,
  appositive: string | null,
  verb: string,
  { memory, lexicon }: ResolveContext,
  register: boolean,
): ResolvedSpeaker {
  let { name, title } = memory.names.split(text, lexicon);
  // "A spokesman for the Sylvanian Defence Minister Tomas Ruhl": the name is whom an unnamed speaker
  // speaks for or is of. ("Press Secretary of the President Anna Berg", with no "a", names the secretary.)
  if (name && /^(?:a|an)\s/i.test(title) && OF_PERSON.test(`${title} `)) {
    name = null;
    title = text;
  }
  // "Kowal, a Sylvanian diplomat, said": a lone capitalised word that names no actor, with a
  // description after it, is a surname.
  if (!name && appositive && /^\p{Lu}[\p{L}’'-]+$/u.test(text) && !isCalendarWord(text)) {
    const named = lexicon.resolveSpeakerPhrase(text);
    if (!named.actor && !named.government) name = text;
  }
  // "said a Sylvanian military analyst, Jan Kowal": a name alone after a description is who speaks,
  // and the description before it says who they are (as in "Jan Kowal, a Sylvanian military analyst").
  const nameAfter = !name && appositive && /^(?:a|an|the)\s+\p{Ll}/iu.test(text) ? memory.names.split(appositive, lexicon) : null;
  if (nameAfter?.name && nameAfter.title === '') name = nameAfter.name;
  // "Lee, 26, said": an age between commas describes the named person; it is no description to show.
  const shown = name && name === nameAfter?.name ? text : appositive !== null && /^\d{1,3}$/.test(appositive.trim()) ? '' : appositive;
  let description = shown ?? (name ? title : text);
  const surname = name ? null : titledSurname(text, lexicon);
  if (surname) {
    const known = memory.names.lookup(surname);
    if (known && !namedAfterOwner(surname, known.name, lexicon)) {
      name = known.name;
      description = shown ?? known.description;
    }
  }
  // "Lee Min also said" after "Lee Min Ho": the leading words of one full name the source gave are that person.
  // (The short form is itself collected as a name when its sentence is read: only longer ones count.)
  const fuller = name?.includes(' ') ? memory.names.namesFor(name).filter((full) => full.startsWith(`${name} `)) : [];
  if (fuller.length === 1) name = fuller[0] as string;
  if (name && description === '') description = memory.names.lookup(name)?.description ?? '';

  // "the pro-Sylvanian television", "the Sylvania-backed militia": a side the speaker supports, or
  // that supports it, is not one it speaks for; nor is one its employer is tied to ("an analyst at the
  // Defence Ministry-affiliated institute").
  // Both patterns need a hyphen, which most phrases do not hold.
  const described = name ? [name, description].filter(Boolean).join(', ') : [text, appositive].filter(Boolean).join(', ');
  const query = !described.includes('-') || listsCauseWord(described, lexicon)
    ? described
    : described.replace(/\b(?:pro|anti)-[\p{L}’'-]+\s*/giu, '').replace(/[\p{L}.’'-]+-(?:backed|supported|sponsored|funded|armed|aligned|allied|based|affiliated|linked|populated|inhabited|majority|dominated|speaking)\b\s*/giu, '');
  // "the pro-independence Sylvanian forces", "anti-war Freedonian officers": a cause, not a side, is
  // what they are for or against; the demonym after it says where they are from, not that they speak
  // for its government (often they fight it). Unless the topic data names them (above).
  const causeNotSide = query !== described && causeWordNamingNoSide(described, lexicon);
  // "Max Ober, an adviser to Defence Minister Tomas Ruhl": a name the topic data knows is that person,
  // whoever else the description names.
  // "Ruhl, Berg's counterpart, said": a known person's own name decides, not who the appositive names.
  const byName = name ? lexicon.resolveSpeakerPhrase(name) : appositive ? lexicon.resolveSpeakerPhrase(text) : null;
  const knownPerson = byName?.actor ? ['person', 'commentator'].includes(lexicon.actor(byName.actor)?.kind ?? '') : false;
  // "Omar Berg, a spokesperson of the Bureau": not Anna Berg, whose surname the data lists; only the
  // description can tell whom he speaks for.
  const anotherPerson = name !== null && byName?.actor != null && knownPerson && namesAnotherPerson(name, byName.actor, lexicon);
  // "Mr. Ruhl, a professor at Marsh University": a surname alone, described as an independent voice, is
  // not the official the topic data lists by it; a reader cannot tell who it is.
  // "Professor Ruhl of Marsh University" likewise: a surname alone, of a school or civil society.
  const listedSurname = name === null && knownPerson && appositive !== null && lexicon.actor(byName?.actor ?? '')?.kind === 'person' ? titledSurname(text, lexicon) : null;
  // "Ruhl, a teacher, said", "her neighbour Ruhl said": a private person of that surname, whom a later
  // "Ruhl said" in the source means too.
  const privateSurname = name !== null ? null : listedSurname !== null && describesPrivatePerson(appositive as string) ? listedSurname : privatePersonBySurname(text, lexicon);
  if (privateSurname) memory.privateSurnames.add(privateSurname);
  const surnameOfAnother =
    (listedSurname !== null && speaksAsIndependent(appositive as string)) ||
    privateSurname !== null ||
    (name === null && !appositive && surnameOfSchool(text, lexicon));
  const resolution = surnameOfAnother
    ? { actor: null, government: null }
    : anotherPerson
      ? lexicon.resolveSpeakerPhrase(description)
      : knownPerson && byName
        ? byName
        : lexicon.resolveSpeakerPhrase(query);
  // "Ruhl's Freedonian counterpart", "the minister's counterpart": a counterpart is of another side than
  // whom the possessive names; only the words after it can tell which.
  // The word first: few phrases hold it.
  const counterpart = name || !/counterpart/i.test(text) ? null : COUNTERPART_OF.exec(text.trim());
  if (counterpart) Object.assign(resolution, { actor: null, government: lexicon.resolveSpeakerPhrase(counterpart[1] as string).government });
  // "Anna Berg said … Lena Berg, a Sylvanian lawmaker, disagreed. “…,” Berg said": the surname the
  // topic data knows is also another person's the source named; a reader cannot tell which.
  const surnameOf = surname && !name && resolution.actor && lexicon.actor(resolution.actor)?.kind === 'person' ? resolution.actor : null;
  if (surnameOf && (memory.privateSurnames.has(surname as string) || memory.names.namesFor(surname as string).some((full) => namesAnotherPerson(full, surnameOf, lexicon)))) {
    resolution.actor = null;
    resolution.government = null;
  }
  // "Fredonburg, Dec 26 … The Ministry of Defence said": the dateline country's own ministry, when the
  // topic data lists it, not another side's of the same bare name.
  const datelineBody = resolution.actor && !name ? datelineSideBody(text, resolution.actor, memory.datelineGovernment, lexicon) : null;
  if (datelineBody) Object.assign(resolution, { actor: datelineBody, government: lexicon.governmentOf(datelineBody) });
  // "Star Marsh reported an explosion": a ship that speaks is its owner's voice, when the topic data
  // lists the business that owns it; the ship's name is no person's (it reads like one: two capitalised words).
  const owner = resolution.actor || resolution.government ? null : lexicon.ownerOfShip(text);
  if (owner) {
    Object.assign(resolution, { actor: owner, government: lexicon.governmentOf(owner) });
    name = null;
    description = shown ?? text;
  }
  if (!name && !resolution.actor && !resolution.government) Object.assign(resolution, namedBefore(text, memory, lexicon) ?? officialOfNamedBody(text, memory, lexicon) ?? ofBodyNamedBefore(text, memory, lexicon) ?? officialsOfLastSpeaker(text, memory, lexicon) ?? {});
  else if (!name && !resolution.actor && resolution.government) resolution.actor = sideBodyNamedBefore(text, resolution.government, memory, lexicon);
  // "ReliefAid's representative in Sylvania", "the Red Cross delegation in Freedonia": where the speaker
  // works is not whom they speak for.
  if ((!resolution.actor || lexicon.actor(resolution.actor)?.kind === 'government') && namesOnlyAPlace(name ? description : text, lexicon)) {
    resolution.actor = null;
    resolution.government = null;
  }
  let government = causeNotSide && !resolution.actor ? null : resolution.government;
  // "a representative of the Mother Sylvania bloc": a country named inside a party's name is no
  // government the speaker speaks for.
  if (government && (!resolution.actor || lexicon.actor(resolution.actor)?.kind === 'government') && namesSideOnlyInPartyName(name ? description : text, government, lexicon)) {
    resolution.actor = null;
    government = null;
  }
  // "Freedonia Herald reported …": an outlet's report speaks for no government, whatever its name contains.
  // "Freedonian defence officials reported …" is no outlet: a role noun heads the phrase.
  // The head comes before a place or agent: "captive in Sylvania" is about a captive.
  const head = headBeforePlaceOrAgent(text);
  if (mediaSpeechVerbs.has(verb) && !resolution.actor && !(isRoleNoun(head) && !MEDIA_HEADS.has(head.toLowerCase()))) government = null;
  // "Sylvanian media put the number at …": an outlet speaks for no government whatever its verb. So do
  // "Sylvanian state media" unless the topic data lists them: whether a state's press carries its
  // government's word is topic knowledge, and crediting a report to a government it does not speak for
  // is the worse error.
  // "the Sylvanian state news agency" is an outlet as well.
  const pressReports = endsInReportOrAgency(text) && /\b(?:media|press|news)\s+reports?$|\bnews\s+agenc(?:y|ies)$/i.test(text);
  // "the Sylvanian news outlet Marsh Post", "Sylvanian broadcaster STV": an outlet named after its kind.
  // "the Sylvanian news site Marsh Post", "the wire service Marsh Wire", "the blog Marsh Notes" likewise.
  const namedOutlet = /\b(?:newspapers?|outlets?|broadcasters?|daily|weekly|tabloid|magazine|channel|station|television|tv|radio|website|portal|news\s+agency|(?:news\s+)?sites?|publications?|(?:news|wire)\s+services?|blogs?|newsletters?)\s+(?:the\s+)?\p{Lu}/iu.test(text);
  // "Karl Weiss, a Sylvanian Telegram channel author": a named person described by an outlet's noun.
  // "the Sylvanian party daily": a daily or a weekly is a newspaper.
  const outletHead = (word: string) => /^(?:media|newspapers?|outlets?|broadcasters?|television|tv|radio|stations?|channels?|websites?|sites?|portals?|publications?|blogs?|magazines?|tabloids?|newsletters?|daily|dailies|weekly|weeklies)$/i.test(word);
  // "Marsh Post, a Sylvanian newspaper, said": an outlet the description names by its kind, whether
  // or not the words before it read as a person's name.
  const describedAsOutlet = description !== '' && outletHead(headBeforePlaceOrAgent(description));
  // "the director at Sylvanian state television": someone of an outlet, named by the outlet's kind.
  const ofOutlet = outletHead((name ? description : text).trim().split(/\s+/).at(-1) ?? '');
  if (!resolution.actor && (outletHead(head) || describedAsOutlet || ofOutlet || pressReports || namedOutlet || agencyOfADemonym(text, lexicon))) government = null;
  // "Sylvania's STV", "Freedonia's News.fr": initials or a web address the topic data does not know,
  // owned by a country's name, are as likely its press or a company as its state.
  if (!resolution.actor && !name && OWNED_INITIALS.test(text)) government = null;
  // "Two Sylvanian soldiers said": private people speak for themselves, whatever their demonym; and
  // "Sylvanian rebels" fight their country's government rather than speak for it, unless the topic data
  // names that side by such words itself (a movement listed as a government, alias "… rebels").
  const headWord = head.toLowerCase().replace(/['’]s?$/u, '');
  if (!resolution.actor && speaksForItself(headWord, text, description, name !== null)) government = null;
  // "Freedonia and its allies": a joint voice of sides the text does not all name speaks for no one government.
  if (/\band\s+(?:(?:its|their)\s+)?(?:others|allies|partners)$/i.test(text)) government = null;
  if (!resolution.actor && INSURGENT_GROUPS.has(headWord) && !callsItself(government, headWord, lexicon)) government = null;
  // "the region's Sylvanian authorities": officials of a region no sentence named before (else
  // `localOfPlaceNamed`), whose demonym may be its people's as well as a state's.
  if (!resolution.actor && !name && /^the\s+\p{Ll}+['’]s\s/iu.test(text) && LOCAL_OFFICIALS.test(text)) government = null;
  // "Sylvanian separatist officials", "a Freedonian rebel commander": the officials of a movement that
  // fights its country's government, not of the government (unless the topic data names that side so).
  const insurgentModifier = government === null || resolution.actor ? undefined : (name ? description : text).toLowerCase().split(/[^\p{L}-]+/u).find((word) => INSURGENT_MODIFIERS.has(word));
  if (insurgentModifier && !callsItself(government, insurgentModifier, lexicon)) government = null;
  // "the 26-year-old Sylvanian said", "a Sylvanian told the paper": a demonym as a noun is a person of
  // that country, who speaks for no government.
  // "Karl Weiss, a Sylvanian, said": a named person whose description is only their nationality, likewise;
  // "Karl Weiss, a Sylvanian who fled to Freedonia": the relative clause tells more of the same person.
  const national = namesNational(text, lexicon) || namesAPeople(text, lexicon) || (name !== null && !resolution.actor && namesNational(description.replace(RELATIVE_CLAUSE, ''), lexicon));
  if (national) {
    government = null;
    resolution.actor = null;
  }
  // "a former Bureau official", "the former head of the Defence Ministry": a past office in a body the
  // topic data knows is no voice of that body or its government (a person the data lists keeps theirs).
  const listed = resolution.actor ? ['person', 'commentator'].includes(lexicon.actor(resolution.actor)?.kind ?? '') : false;
  if (resolution.actor && !listed && (describesPastOffice(description || text) || describesFoundingOffice(description || text))) {
    resolution.actor = null;
    government = null;
  }
  // "Karl Weiss, a researcher at the Freedonian Institute", "a former Freedonian diplomat": experts and
  // former officials speak for themselves unless the topic data lists them with a government.
  if (!resolution.actor && speaksAsIndependent(description || text)) government = null;
  const actor = resolution.actor ? lexicon.actor(resolution.actor) : undefined;
  if (!name && !owner && (actor?.kind === 'person' || actor?.kind === 'commentator')) {
    name = actor.name;
    // "von der Heide said": the text gave a name only, no description.
    if (isSurnamePhrase(text, lexicon)) description = shown ?? '';
  }
  if (name && register) memory.names.register(name, description);

  return {
    speaker: { name, description, actor: resolution.actor },
    government,
    // "a 26-year-old Sylvanian": one national is one person, whom a later "he" may mean.
    kind: national && (!/[^s]s$/.test(text.trim()) || /^one\s+of\s/i.test(text.trim())) && !name ? 'person' : kindOf(name, description || text, actor?.kind, actor?.role, actor?.name),
    resolvedBy: 'explicit',
  };
}

/**
 * Whether a phrase is a surname (after any titles) of a school or of civil society: "Professor Ruhl of
 * Marsh University", "Mr. Ruhl at the Marsh Institute". Such a surname is nobody the topic data lists.
 */
function surnameOfSchool(text: string, lexicon: ActorLexicon): boolean {
  const of = /^(.+?)\s+(?:of|at|from)\s+(\S.*)$/u.exec(text);
  if (!of || titledSurname(of[1] as string, lexicon) === null) return false;
  const employer = of[2] as string;
  return ACADEMIC_NAME.test(employer) || CIVIL_SOCIETY_PHRASE.test(employer) || holdsWordOf(employer, CIVIL_SOCIETY);
}

/** Initials or a web address after a possessive name: "Sylvania's STV", "Freedonia's News.fr". */
const OWNED_INITIALS = /^(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s?\s+(?:\p{Lu}{2,6}|[\p{L}-]+\.[a-z]{2,4})$/u;

/** "Ruhl's Freedonian counterpart": the words after the possessive that heads a counterpart. */
const COUNTERPART_OF = /['’]s?\s+((?:[\p{L}-]+\s+)*?counterparts?)$/iu;

/** "in Freedonia", "at the Bureau": a place preposition right before a name, with its article. */
const PLACE_BEFORE_NAME = new RegExp(String.raw`\b(?:${[...PLACE_PREPOSITIONS].join('|')})\s+(?:the\s+)?$`, 'i');

/** Articles, which open a phrase before a role but name no organisation (titles are `TITLE_WORDS`). */
const NOT_AN_EMPLOYER = /^(?:the|a|an|one)$/i;

/** Words for a kind of organisation that employs a speaker: "agency" in "an agency representative in Sylvania". */
const EMPLOYER_KINDS = /^(?:agency|agencies|charity|charities|organi[sz]ations?|NGOs?|company|companies|firm|firms|fund|programme|program|aid)$/i;

/**
 * Whether every side a phrase names is only where its speaker is: a name after "in" or "at" whose
 * preposition follows a word that is no speaker's role ("the delegation in Freedonia", "human rights
 * in Freedonia"), or a role of an organisation the topic data does not know ("a Harbour League official in
 * Fredonburg", "ReliefAid's representative in Sylvania"). "Officials in Fredonburg" are of the place's
 * side. False when the phrase names no side, or one elsewhere ("Sylvanian officials in Fredonburg").
 */
function namesOnlyAPlace(phrase: string, lexicon: ActorLexicon): boolean {
  const named = [...lexicon.findMentions(phrase), ...lexicon.findDemonyms(phrase)];
  if (named.length === 0) return false;
  return named.every((m) => {
    const before = phrase.slice(0, m.index);
    const preposition = PLACE_BEFORE_NAME.exec(before);
    if (!preposition) return false;
    const words = before.slice(0, preposition.index).trim().split(/\s+/).filter((w) => w !== '');
    const holder = (words.at(-1) ?? '').replace(/['’]s?$/u, '');
    if (holder === '') return false;
    if (!isRoleNoun(holder)) return /^\p{Ll}/u.test(holder) && !/(?:ed|ing)$/.test(holder);
    // "an agency representative in Sylvania": the kind of organisation the speaker works for, unnamed.
    if (words.slice(0, -1).some((word) => EMPLOYER_KINDS.test(word.replace(/['’]s?$/u, '')))) return true;
    // An organisation's name among the words before the role, which the topic data does not know.
    const rest = words.slice(0, -1).join(' ');
    const known = [...lexicon.findMentions(rest), ...lexicon.findDemonyms(rest)];
    return words.slice(0, -1).some((word) => {
      const bare = word.replace(/['’]s?$/u, '').replace(/[,;]$/, '');
      return /^\p{Lu}/u.test(bare) && !NOT_AN_EMPLOYER.test(bare) && !TITLE_WORDS.has(bare) && !known.some((k) => k.text.split(/\s+/).includes(bare));
    });
  });
}

/** A relative clause that ends a description: "who fled to Freedonia" in "a Sylvanian who fled to Freedonia". */
const RELATIVE_CLAUSE = /\s+(?:who|whose)\s.*$/su;

/**
 * The last word of a phrase before a place or agent: "captive" in "captive in Sylvania"; before its
 * relative clause too: "defector" in "a defector who served in the Sylvanian army".
 */
function headBeforePlaceOrAgent(text: string): string {
  // "prisoners of war": the prisoners are the head.
  const words = text.replace(RELATIVE_CLAUSE, '').replace(/\s+of\s+war\b/i, '').split(/\s+/);
  // "commanders on the ground": where they are, as "in the region" is.
  const onTheSpot = (i: number) => words[i] === 'on' && words[i + 1] === 'the' && SPOTS.has(words[i + 2] ?? '');
  const place = words.findIndex((word, i) => i > 0 && (PLACE_OR_AGENT.has(word.toLowerCase()) || onTheSpot(i)));
  return (place < 0 ? words : words.slice(0, place)).at(-1) ?? '';
}

/**
 * The lower-case word right before the capitalised name that ends a phrase: "company" in "the Sylvanian
 * shipping company Eagle Lines", "" when the phrase ends in no name or holds nothing before it.
 */
function kindBeforeName(text: string): string {
  const words = text.trim().split(/\s+/);
  let end = words.length;
  while (end > 0 && /^\p{Lu}/u.test(words[end - 1] ?? '')) end -= 1;
  return end < words.length && end > 0 ? (words[end - 1] ?? '').toLowerCase() : '';
}

/**
 * Whether the speaker speaks for itself, whatever country its words name: a private person ("two
 * Sylvanian soldiers", "Sylvanian defector Jan Kowal", "a member of Sylvania's special forces"), a
 * business ("Fredonburg Shipping"), civil society ("a Sylvanian NGO", "Freedonian human rights
 * groups"); a named person also by their description.
 */
function speaksForItself(headWord: string, text: string, description: string, named: boolean): boolean {
  const describedAs = !named || description === '' ? '' : RANK_AND_FILE.test(description) ? 'soldier' : headBeforePlaceOrAgent(description).toLowerCase();
  // "Weiss, director of the Sylvanian Institute", "the head at Marsh City University": the
  // organisation the description ends with is one that speaks for itself.
  const employer = ((named ? description : text).trim().split(/\s+/).at(-1) ?? '').toLowerCase();
  const phrases = named ? [text, description] : [text];
  // "the Sylvanian church's leader", "the Fredonburg factory's manager": whom a possessive says the
  // speaker is of; "the owner of the tanker", "the operator of the ship": a business by its role.
  const owners = phrases.flatMap((phrase) => [ownerByPossessive(phrase), personBeforeOf(phrase)]);
  return (
    owners.some((owner) => BUSINESSES.has(owner) || CIVIL_SOCIETY.has(owner)) ||
    PRIVATE_PERSONS.has(headWord) ||
    PRIVATE_PERSONS.has(describedAs) ||
    // "the 26-year-old", "Lee, a 26-year-old from Fredonburg": someone named by their age is a private person.
    AGE_NOUN.test(headWord) ||
    AGE_NOUN.test(describedAs) ||
    // "a member of Sylvania's special forces said", named or not: one of the rank and file.
    phrases.some((phrase) => PRIVATE_PERSONS.has(personBeforeOf(phrase)) || PRIVATE_PERSONS.has(groupOfMember(phrase)) || OF_A_VESSEL.test(phrase) || describesCaptive(phrase) || RANK_AND_FILE.test(phrase.trim())) ||
    BUSINESSES.has(headWord) ||
    BUSINESSES.has(kindBeforeName(text)) ||
    BUSINESSES.has(describedAs) ||
    BUSINESSES.has(employer) ||
    CIVIL_SOCIETY.has(employer) ||
    CIVIL_SOCIETY.has(headWord) ||
    // "a Sylvanian church official", "Freedonian Church leader Jan Lind": an office of civil society,
    // told by the noun right before it, is no office of the state the demonym names.
    CIVIL_SOCIETY.has(wordBefore(text, headWord)) ||
    (describedAs !== '' && CIVIL_SOCIETY.has(wordBefore(description, describedAs))) ||
    CIVIL_SOCIETY_PHRASE.test(`${text} ${description}`) ||
    // "a columnist for the Sylvanian Journal of Defence": a publication, named by its kind.
    phrases.some((phrase) => PUBLICATION_NAME.test(phrase)) ||
    // "Jan Kowal of Marsh City's Higher School of Economics", "the Association of Sylvanian Studies": a school.
    phrases.some((phrase) => ACADEMIC_NAME.test(phrase)) ||
    // "a Sylvanian opposition politician": the opposition speaks against its government, not for it.
    phrases.some((phrase) => /\bopposition\b/i.test(phrase)) ||
    // "Sylvanian Archbishop Jan Lind": a cleric, by the title before their name, speaks for a church.
    phrases.some(hasClericTitle) ||
    // "according to Sylvanian sources": sources told only by a country's adjective may be anyone of
    // that country, not its government ("Sylvanian military sources" say whose they are).
    DEMONYM_SOURCES.test(text.trim())
  );
}

/**
 * Whether a cleric's title stands before a name in `phrase`: "Sylvanian Archbishop Jan Lind", "the
 * Freedonian Patriarch Karl". Not a surname that ends the phrase ("Foreign Minister Anna Bishop").
 */
function hasClericTitle(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  return words.some((word, i) => CLERGY_TITLES.has(word.toLowerCase()) && /^\p{Lu}/u.test(words[i + 1] ?? ''));
}

/** The lower-case word right before the last `head` in `phrase` ("church" in "a Sylvanian church official"); "" when none. */
function wordBefore(phrase: string, head: string): string {
  const words = phrase.trim().toLowerCase().split(/\s+/);
  const at = words.lastIndexOf(head);
  return at > 0 ? (words[at - 1] ?? '').replace(/['’]s?$/u, '') : '';
}

/** Sources named by a country's adjective alone: "Sylvanian sources", "the Freedonian sources". */
const DEMONYM_SOURCES = /^(?:[Tt]he\s+)?\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|i|an)\s+sources$/u;

/** Prepositions that end the words describing a speaker: "the official in charge of captured sailors". */
const ENDS_DESCRIPTION = new Set([...PHRASE_PREPOSITIONS, ...PLACE_OR_AGENT, 'to', 'with', 'on', 'about']);

/**
 * Whether a phrase describes its speaker as a captive or an exile: "a captured Sylvanian officer", "one
 * of the detained sailors", "an exiled general". Only the words before the phrase's first preposition
 * describe the speaker.
 */
function describesCaptive(phrase: string): boolean {
  if (CAPTIVITY_PHRASE.test(phrase)) return true;
  const words = phrase.trim().replace(/^(?:one|two|three|some|several|many|each|either|neither)\s+of\s+/i, '').split(/\s+/);
  const end = words.findIndex((word, i) => i > 0 && ENDS_DESCRIPTION.has(word.toLowerCase()));
  return words.slice(0, end < 0 ? words.length : end).some((word) => CAPTIVE_PARTICIPLES.has(word.toLowerCase()) || ESTRANGED_MODIFIERS.has(word.toLowerCase()));
}

/** Captivity told after the captive: "in Freedonian captivity", "in the custody of Freedonia", "taken prisoner", "held by Freedonia". */
const CAPTIVITY_PHRASE = /\b(?:in\s+(?:\S+\s+){0,2}(?:captivity|custody)|taken\s+(?:prisoner|captive)|held\s+(?:captive|prisoner|by))\b/i;

/**
 * Words that end or hold a publication's name: "the Sylvanian Journal of Defence", "the Marsh Herald",
 * "Freedonia Today", "the Freedonia Times", "Sylvania News".
 */
const PUBLICATION_NAME = /\b(?:Journal|Gazette|Herald|Tribune|Magazine)\b|\p{Lu}[\p{L}’'.-]*\s+(?:Today|Times|News|Post|Daily|Weekly|Telegraph|Chronicle|Express)$/u;

/** Words that name a school or a field of study: "Higher School of Economics", "War College", "Sylvanian Studies". */
const ACADEMIC_NAME = /\b(?:School|College)\s+of\s+\p{Lu}|\bWar\s+College\b|\p{Lu}[\p{L}-]*\s+Studies\b/u;

/** The noun a possessive ends, lower case: "church" in "the Sylvanian church's leader"; empty when none. */
function ownerByPossessive(phrase: string): string {
  return /(\p{L}+)['’]s?\s+\p{L}/u.exec(phrase)?.[1]?.toLowerCase() ?? '';
}

/** The word before the first "of" of a phrase, lower case: "residents" in "residents of Marsh City"; empty when none. */
function personBeforeOf(phrase: string): string {
  return /^(?:\S+\s+){0,3}?(\p{L}+)\s+of\s/u.exec(phrase.trim())?.[1]?.toLowerCase() ?? '';
}

/**
 * The group a member belongs to, lower case: "crew" in "a Sylvanian crew member", "family" in
 * "family members"; empty when the phrase names no member. ("A member of the crew" ends in its group.)
 */
function groupOfMember(phrase: string): string {
  return /\b(\p{L}+)\s+members?\b/iu.exec(phrase)?.[1]?.toLowerCase() ?? '';
}

/**
 * Someone of a ship, by the ship's possessive or by being aboard it: "the vessel's Sylvanian captain",
 * "the tanker's crew", "a Sylvanian officer aboard the tanker" (a warship named by its kind is no ship
 * of these: "aboard the Sylvanian destroyer").
 */
const OF_A_VESSEL = /\b(?:vessel|ship|tanker|freighter|boat)['’]s\s|\b(?:aboard|onboard|on\s+board)\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+)?(?:vessel|ship|tanker|freighter|boat)\b/iu;

/** A member of a fighting force: "a member of Sylvania's special forces", "a member of the 11th brigade". */
const RANK_AND_FILE = /^(?:an?|one)\s+(?:\w+\s+)?member\s+of\s+[^,]*\b(?:forces|army|military|unit|battalion|brigade|regiment|troops|corps)$/i;

/**
 * Whether a description makes its speaker an independent voice: its head noun (before "at", "of", …)
 * is a scholar's or analyst's, or it describes a former office ("a former Freedonian diplomat").
 */
function speaksAsIndependent(description: string): boolean {
  if (/^(?:(?:a|an|the)\s+)?former(?:\s|$)/i.test(description.trim()) || describesPastOffice(description) || describesFoundingOffice(description)) return true;
  // "the Sylvanian milblogger Marek": a name no list knows follows the role.
  const beforeName = /(\p{Ll}+)\s+(?:\p{Lu}[\p{L}'’.-]*\s*)+$/u.exec(description.trim())?.[1];
  // "a Sylvanian military expert who advises the defence ministry": a relative clause ends the head's words
  // too, and so does what ties the head to someone ("an analyst close to the ministry").
  const head = headNoun(description, (word) => /^(?:at|of|for|with|from|in|on|to|who|whose|which|that|close|linked|tied|affiliated|connected)$/i.test(word));
  return [head, beforeName ?? ''].some((word) => INDEPENDENT_ROLES.has(word.replace(/[,;]$/, '').replace(/s$/, '')));
}

/**
 * Whether a description makes its speaker a private person: its head noun, before a preposition or a
 * relative clause, is a private person's or someone's kin ("a retired teacher from the same street",
 * "her neighbour"); not an office ("a veteran diplomat", "a senior officer").
 */
function describesPrivatePerson(description: string): boolean {
  const head = headNoun(description, (word) => /^(?:at|of|for|with|from|in|on|to|who|whose|which|that)$/i.test(word)).replace(/[,;]$/, '').toLowerCase();
  return (PRIVATE_PERSONS.has(head) || KIN.has(head)) && !/s$/.test(head);
}

/**
 * "her neighbour Ruhl", "the teacher Ruhl": a surname the topic data lists, after the noun of a private
 * person or of someone's kin, is another person of that surname, whom the reader cannot tell; the
 * surname, or null.
 */
function privatePersonBySurname(text: string, lexicon: ActorLexicon): string | null {
  const match = /^(?:(?:his|her|their|my|our|a|an|the)\s+)?(\p{Ll}+)\s+(\p{Lu}[\p{L}'’-]*)$/iu.exec(text.trim());
  if (!match || !/^\p{Ll}/u.test(match[1] as string)) return null;
  const noun = (match[1] as string).toLowerCase();
  return (PRIVATE_PERSONS.has(noun) || KIN.has(noun)) && isSurnamePhrase(match[2] as string, lexicon) ? (match[2] as string) : null;
}

/** Military ranks, which head a description like the roles of PERSON_ROLES: "a retired colonel". */
const RANKS = new Set(['colonel', 'admiral', 'marshal', 'lieutenant', 'brigadier', 'commodore', 'major']);

/** Ranks as abbreviated before a name: "Gen.", "Lt.", "Col.", "Adm.". */
const ABBREVIATED_RANKS: ReadonlyMap<string, string> = new Map([
  ['gen', 'general'], ['lt', 'lieutenant'], ['col', 'colonel'], ['maj', 'major'], ['adm', 'admiral'], ['capt', 'captain'], ['brig', 'brigadier'], ['cmdr', 'commander'],
]);

/** Words that put an office in the past: "former", "retired", "ex-", "one-time", "erstwhile". */
const PAST_OFFICE = /^(?:former|retired|ex-|one-?time|erstwhile)/i;

/**
 * Whether a description gives a person's past office: "former", "retired" or "ex-" before the head
 * of the person's role ("Sylvania's former ambassador to Freedonia", "a retired Sylvanian general", "an
 * ex-Sylvanian diplomat"). Not "the ministry of the former republic": the past is not the speaker's.
 */
function describesPastOffice(description: string): boolean {
  const words = description.trim().split(/\s+/);
  const end = words.findIndex((word, i) => i > 0 && (PHRASE_PREPOSITIONS.has(word.toLowerCase()) || /^(?:to|who|with|on)$/i.test(word)));
  const role = words.slice(0, end < 0 ? words.length : end);
  const past = role.findIndex((word) => PAST_OFFICE.test(word));
  const written = (role.at(-1) ?? '').toLowerCase().replace(/[,;]$/, '');
  // "a retired Army Gen.": a rank abbreviated.
  const head = ABBREVIATED_RANKS.get(written.replace(/\.$/, '')) ?? written;
  // "former Bureau officials": several people, each of a past office.
  const one = head.replace(/s$/, '');
  return past >= 0 && past < role.length - 1 && [head, one].some((word) => PERSON_ROLES.has(word) || RANKS.has(word));
}

/** The head of a description: its last word before the first word `endsHead` stops at ("researcher" in "a researcher at …"), lower case. */
function headNoun(description: string, endsHead: (word: string) => boolean): string {
  const words = description.trim().split(/\s+/);
  const cut = words.findIndex((word, i) => i > 0 && endsHead(word));
  return (words[(cut > 0 ? cut : words.length) - 1] ?? '').toLowerCase();
}

/**
 * Whether the longer name the source gave (`fuller`) only begins with a lone word that is the whole
 * name of a voice of no government the topic data lists (a company or an outlet): "Ostrava said" after
 * "the Ostrava Star", a ship the company Ostrava owns and names after itself, is the company, not the
 * ship. A person's surname ("Berg" for "Anna Berg") ends the fuller name, and a government's one-word
 * name is left to the look-up as before.
 */
function namedAfterOwner(word: string, fuller: string, lexicon: ActorLexicon): boolean {
  if (!fuller.startsWith(`${word} `)) return false;
  const actor = lexicon.actor(lexicon.resolveSpeakerPhrase(word).actor ?? '');
  return actor !== undefined && (actor.kind === 'commentator' || actor.kind === 'media') && actor.name === word;
}

/**
 * The family name a phrase refers to a person by: "Berg", "von der Heide", or after titles, "Mr Berg",
 * "Gen. Ruhl". Null when the phrase is anything else.
 */
function titledSurname(text: string, lexicon: ActorLexicon): string | null {
  let surnames = TITLED_SURNAMES.get(lexicon);
  if (!surnames) TITLED_SURNAMES.set(lexicon, (surnames = new Map()));
  let surname = surnames.get(text);
  if (surname === undefined) surnames.set(text, (surname = surnameAfterTitles(text, lexicon)));
  return surname;
}

/**
 * `titledSurname` by phrase, for each lexicon (the answer depends on the phrase and the topic data
 * only): sources name the same speakers again and again, and reading a phrase's words is dearer than
 * looking it up. The map goes with its lexicon.
 */
const TITLED_SURNAMES = new WeakMap<ActorLexicon, Map<string, string | null>>();

/** `titledSurname`, worked out. */
function surnameAfterTitles(text: string, lexicon: ActorLexicon): string | null {
  if (isSurnamePhrase(text, lexicon)) return text;
  const words = text.trim().split(/\s+/);
  const titles = words.findIndex((word) => !TITLE_WORDS.has(word));
  if (titles <= 0) return null;
  const rest = words.slice(titles).join(' ');
  return isSurnamePhrase(rest, lexicon) ? rest : null;
}

/**
 * "The Defense Ministry said" after the article named Sylvania's defence ministry: a definite
 * description that names no country refers to the most recent actor named before whose name or
 * alias ends with the same words ("Sylvanian Defense Ministry"). Null when none does.
 */
function namedBefore(text: string, memory: SpeakerMemory, lexicon: ActorLexicon): NamedActor | null {
  // "the SB said" after "Freedonia's State Bureau": initials of the words that end a name refer to it.
  const acronym = /^(?:[Tt]he\s+)?(\p{Lu}{2,6})$/u.exec(text.trim());
  if (acronym) return lastNamed(memory, lexicon, (kind) => kind !== 'media' && kind !== 'person', (_name, written) => initialsOf(written).endsWith(acronym[1] as string));
  // "the House of Delegates" after "the Sylvanian House of Delegates", "Parliament" after "the Freedonian Parliament".
  const words = nameRepeated(text, (noun) => ORG_ROLES.has(noun) && !EVERY_SIDE_HAS.has(noun) && !DOCUMENT_NOUN.test(noun));
  if (words === null) return describedBefore(text, memory, lexicon);
  return lastNamed(memory, lexicon, (kind) => kind !== 'media', (n) => n === words || n.endsWith(` ${words}`) || n.startsWith(`${words} `));
}

/** "the U.S. command", "the Sylvanian ministry": a side's name or demonym and one institution noun. */
const SIDE_AND_NOUN = /^[Tt]he\s+(\S+)\s+(\p{Ll}+)$/u;

/**
 * "the U.S. command said" after the article named US Central Command: a side and an institution noun
 * refer to the most recent body of that side named before whose name ends with the noun. Null when
 * the phrase is not so or no such body was named (the side alone is then known).
 */
function sideBodyNamedBefore(text: string, government: string, memory: SpeakerMemory, lexicon: ActorLexicon): string | null {
  const phrase = SIDE_AND_NOUN.exec(text.trim());
  const noun = phrase?.[2] ?? '';
  if (!phrase || !ORG_ROLES.has(noun) || DOCUMENT_NOUN.test(noun)) return null;
  const word = phrase[1] as string;
  const names = lexicon.findMentions(word).some((m) => m.actorId === government && m.text === word) || lexicon.findDemonyms(word).some((d) => d.government === government && d.text === word);
  if (!names) return null;
  const named = lastNamed(memory, lexicon, (kind) => kind === 'body', (n) => n.endsWith(` ${noun}`));
  return named && named.government === government ? named.actor : null;
}

/** A person described again by role and its modifiers: "the presidential aide", "the defence minister". */
const DESCRIBED_PERSON = /^[Tt]he\s+((?:\p{Ll}[\p{L}-]*\s+){1,2})(\p{Ll}+)$/u;

/** Role nouns a second reference may use for the same post. */
const SAME_POST: readonly (readonly string[])[] = [['aide', 'adviser', 'advisor', 'assistant']];

/** "the president", "the prime minister", "the foreign minister": an office, one or three words, ending in a person's role. */
const OFFICE = /^the\s+((?:[\p{L}-]+\s+){0,2}([\p{L}-]+))$/iu;

/** The president named by the state they head: "the head of state", "the President of the Republic". */
const PRESIDENT_BY_STATE = /^the\s+(?:head\s+of\s+(?:the\s+)?state|president\s+of\s+the\s+(?:republic|country|nation))$/i;

/**
 * Offices named by what their holder heads, and the words of the office: "the head of state" is the
 * president; "the head of government" the prime minister, a person (not the government, whose name
 * the phrase ends in).
 */
const OFFICES_BY_WHAT_THEY_HEAD: readonly { phrase: RegExp; office: readonly string[] }[] = [
  { phrase: PRESIDENT_BY_STATE, office: ['president'] },
  { phrase: /^the\s+head\s+of\s+(?:the\s+)?government$/i, office: ['prime', 'minister'] },
];

/**
 * The person an office refers back to: "Berg said … The president added …", where the article never
 * called Berg president but the topic data gives her that office: someone who spoke before, else
 * the one person named before who holds it.
 */
function officeHolderBefore(text: string, context: ResolveContext): ResolvedSpeaker | null {
  // "the head of state", "the President of the Republic": the president, in the state the article is
  // about; "the head of government": the prime minister.
  const headed = OFFICES_BY_WHAT_THEY_HEAD.find(({ phrase }) => phrase.test(text));
  if (headed) {
    const holder = context.memory.byOffice(headed.office, (id) => context.lexicon.actor(id)?.role);
    if (holder) return context.memory.anotherSideSince(holder) ? null : recall(holder, text);
    // "Weiss called President Berg. … The head of state said …": the one president named, though not yet a speaker.
    return namedHolderOf(headed.office, text, context);
  }
  const official = officialBefore(text, context);
  if (official) return official;
  const office = OFFICE_OF.exec(text) ?? OFFICE.exec(text);
  if (!office) return longOfficeHolderBefore(text, context);
  if (!PERSON_ROLES.has((office[2] as string).toLowerCase()) || context.lexicon.findMentions(text).length > 0) return null;
  const words = (office[1] as string).split(/\s+/);
  const known = context.memory.byOffice(words, (id) => context.lexicon.actor(id)?.role);
  if (known) return recall(known, text);
  // "… spoke with Secretary of State Karl Weiss. The Secretary of State called on …": the one person
  // named so far who holds the office, though not yet a speaker.
  return namedHolderOf(words, text, context);
}

/**
 * The one person named so far whose office in the topic data holds every one of `words`, though not
 * yet a speaker, described as `text`; null for no one or several, and when a side other than theirs
 * was the subject since the last speaker other than as a person named ("Freedonia sent troops", "The
 * Freedonian minister arrived").
 */
function namedHolderOf(words: readonly string[], text: string, context: ResolveContext): ResolvedSpeaker | null {
  const holder = context.memory.namedByOffice(words, (id) => (context.lexicon.actor(id)?.kind === 'person' ? context.lexicon.actor(id)?.role : undefined));
  const actor = holder ? context.lexicon.actor(holder) : undefined;
  if (!actor) return null;
  const named: ResolvedSpeaker = { speaker: { name: actor.name, description: text, actor: actor.id }, government: context.lexicon.governmentOf(actor.id), kind: 'person', resolvedBy: 'pronoun' };
  // Another side's persons named since do not hold the office (the holder is the only one named who
  // does); another side told of by its name may have a holder the article has not named.
  return context.memory.anotherUnnamedSideSince(named) ? null : named;
}

/**
 * A post and a longer phrase of what it is of: "the Minister of Foreign Affairs", "the press
 * secretary of the Prime Minister". The post is group 2; group 1 is the whole office.
 */
const LONG_OFFICE_OF = /^the\s+((?:[\p{L}-]+\s+)?([\p{L}-]+)\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){1,3}[\p{L}-]+)$/iu;

/** Words an office is worded with that tell nothing of which office it is: "Minister for Europe and Foreign Affairs". */
const OFFICE_GLUE: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for']);

/**
 * The person a post with a long of-phrase refers back to: "Colonna said … The Minister of Foreign
 * Affairs added", when her office as the article described it or as the topic data gives it
 * ("Minister for Europe and Foreign Affairs") holds every word of the phrase but the glue (a press
 * secretary is a spokesperson: the memory reads posts in one wording). The last speaker who holds it, else the one person named who does;
 * null for none, as for a post of another side told of since.
 */
function longOfficeHolderBefore(text: string, context: ResolveContext): ResolvedSpeaker | null {
  const office = LONG_OFFICE_OF.exec(text);
  if (!office || !PERSON_ROLES.has((office[2] as string).toLowerCase())) return null;
  const words = (office[1] as string).toLowerCase().split(/\s+/).filter((word) => !OFFICE_GLUE.has(word));
  const roleOf = (id: string) => context.lexicon.actor(id)?.role;
  const known = context.memory.byOffice(words, roleOf);
  if (known) return context.memory.anotherSideSince(known) ? null : recall(known, text);
  const personRole = (id: string) => (context.lexicon.actor(id)?.kind === 'person' ? roleOf(id) : undefined);
  const holder = context.memory.namedByOffice(words, personRole);
  const actor = holder ? context.lexicon.actor(holder) : undefined;
  if (!actor) return null;
  const named: ResolvedSpeaker = { speaker: { name: actor.name, description: text, actor: actor.id }, government: context.lexicon.governmentOf(actor.id), kind: 'person', resolvedBy: 'pronoun' };
  return context.memory.anotherSideSince(named) ? null : named;
}

/** An office named by its post and what it is of: "the Secretary of State", "the Minister of Defence". */
const OFFICE_OF = /^the\s+(([\p{L}-]+)\s+of\s+[\p{L}-]+)$/iu;

/** "the official", "the senior official": an official who spoke before, whatever their post. */
const THE_OFFICIAL = /^the\s+(?:senior\s+|government\s+)?official$/i;

/** Posts whose holder a later "the official" means: those who speak for a government by office. */
const OFFICIAL_POSTS: ReadonlySet<string> = new Set([
  'official', 'spokesperson', 'minister', 'secretary', 'ambassador', 'envoy', 'diplomat', 'adviser', 'advisor', 'aide',
  'deputy', 'negotiator', 'representative', 'secretary-general', 'governor', 'mayor', 'administrator',
]);

/**
 * Whom "the official" means: the last person who spoke for a side by an office (a spokesman, a
 * minister, an envoy) as the article described them, unless a side other than theirs was told of
 * since. Null otherwise: a soldier or a witness is no official, nor is someone the article never
 * described by an office (the topic data's post is no reader's antecedent).
 */
function officialBefore(text: string, context: ResolveContext): ResolvedSpeaker | null {
  if (!THE_OFFICIAL.test(text)) return null;
  const known = context.memory.byAnyOffice(OFFICIAL_POSTS);
  return known && !context.memory.anotherSideSince(known) ? recall(known, text) : null;
}

/**
 * "the presidential aide", "the defence minister": a person who spoke before and whose description
 * has the role noun (or one for the same post) and words of the same stem as its modifiers. Null
 * when no speaker so far fits, and when the phrase names a side itself (the lexicon reads it then).
 */
function personDescribedBefore(text: string, context: ResolveContext): ResolvedSpeaker | null {
  const match = DESCRIBED_PERSON.exec(text);
  const head = match?.[2];
  if (!match || !head || !PERSON_ROLES.has(head)) return null;
  if (context.lexicon.findMentions(text).length > 0 || context.lexicon.findDemonyms(text).length > 0) return null;
  const heads = SAME_POST.find((post) => post.includes(head)) ?? [head];
  const modifiers = (match[1] as string).trim().split(/\s+/);
  const known = context.memory.byDescription(heads, modifiers);
  return known?.kind === 'person' ? recall(known, text) : null;
}

/** "the press service", "the presidential press office": a press service whose owner the phrase does not name. */
const PRESS_SERVICE = /^the\s+(presidential\s+)?press\s+(?:service|office)$/i;

/**
 * The body whose press service an unowned press-service phrase is. "the presidential press service":
 * the office (the topic data's body) of the last president who spoke, unless a side other than theirs
 * was told of since; "the press service" alone: the press service that spoke before, when one did.
 * Null otherwise: a press service of no named owner is no one's guess.
 */
function pressServiceBefore(text: string, context: ResolveContext): ResolvedSpeaker | null {
  const press = PRESS_SERVICE.exec(text);
  if (!press || context.lexicon.findMentions(text).length > 0) return null;
  if (!press[1]) {
    const before = context.memory.byDescription(['service', 'office'], ['press']);
    return before?.speaker.actor ? recall(before, text) : null;
  }
  const holder = context.memory.byOffice(['president'], (id) => context.lexicon.actor(id)?.role);
  const body = holder?.speaker.actor ? context.lexicon.actor(holder.speaker.actor)?.body : undefined;
  if (!holder || !body || context.memory.anotherSideSince(holder)) return null;
  return { speaker: { name: null, description: text, actor: body }, government: context.lexicon.governmentOf(body), kind: 'organisation', resolvedBy: 'pronoun' };
}

/** "the country’s defence ministry": someone of a country the phrase does not name. */
const OF_THE_COUNTRY = /^the\s+country['’]s\s+(\S.*)$/iu;

/**
 * "the country’s Health Ministry", read as the same words after the name of the country the article
 * just named ("Sylvania’s Health Ministry"). Null for any other phrase, and when the country is not
 * plain (`SpeakerMemory.countryBefore`).
 */
function ofCountryNamedBefore(text: string, phrase: string, appositive: string | null, verb: string, context: ResolveContext): ResolvedSpeaker | null {
  const rest = OF_THE_COUNTRY.exec(text)?.[1];
  const country = rest ? context.memory.countryBefore(phrase.trim()) : null;
  // Two countries named before: the one whose body of that name the article named ("country-office.ts").
  const body = rest && !country ? bodyOfSameOfficeNamed(rest, phrase.trim(), context.memory, context.lexicon) : null;
  if (body) return { speaker: { name: null, description: appositive ?? text, actor: body }, government: context.lexicon.governmentOf(body), kind: 'organisation', resolvedBy: 'pronoun' };
  const name = country ? context.lexicon.actor(country)?.name : undefined;
  if (!name) return null;
  const resolved = explicitSpeaker(`${name}’s ${rest}`, appositive, verb, context, false);
  return { ...resolved, speaker: { ...resolved.speaker, description: appositive ?? text }, resolvedBy: 'pronoun' };
}

/**
 * Officials described as those of the place: "local officials", "the local authorities", "the
 * region's ombudsman", "the province's governor". Not "local leaders", who may lead no office.
 */
const LOCAL_OFFICIALS = /^(?:(?:the\s+)?local\s+|the\s+(?:region|province|city|town|territory|enclave)['’]s\s+(?:[\p{L}-]+\s+){0,2}?)(officials|authorities|administration|government|ombudsman|ombudswoman|governor|mayor|administrator)$/iu;

/**
 * "Twenty sailors died in Sylvania, local officials said": local officials, and the region's
 * ombudsman, speak for the government of the one place their sentence names before them ("in
 * Sylvania"); no actor, since the topic data lists no such officials. Null for any other phrase, and
 * when the sentence names no place or several.
 */
function localOfPlaceNamed(text: string, phrase: string, context: ResolveContext): ResolvedSpeaker | null {
  const noun = LOCAL_OFFICIALS.exec(text)?.[1]?.toLowerCase();
  if (!noun) return null;
  const kind: SpeakerKind = PERSON_ROLES.has(noun) ? 'person' : noun === 'officials' ? 'group' : 'organisation';
  const own = regionOwnAuthorities(phrase.trim(), context);
  if (own !== undefined) {
    // The region's government itself speaks as that actor; its ombudsman or governor is someone of it.
    const actor = kind === 'person' ? null : own;
    return { speaker: { name: null, description: text, actor }, government: own, kind, resolvedBy: 'explicit' };
  }
  const government = context.memory.placeNamedBefore(phrase.trim());
  if (!government) return null;
  return { speaker: { name: null, description: text, actor: null }, government, kind, resolvedBy: 'explicit' };
}

/**
 * "in the breakaway Ostmark region of Sylvania, the region's government said": the government of
 * the region's own authorities, when the topic data lists them ("Ostmark authorities") and the
 * sentence names such a region before `phrase`; never Sylvania, which holds the region. Null (no
 * government) when it names two such regions, or a country as a place before the region ("in
 * Freedonia and in Ostmark": a reader cannot tell whose officials). Undefined when it names none.
 */
function regionOwnAuthorities(phrase: string, context: ResolveContext): string | null | undefined {
  const regions = regionsNamedIn(context.memory.textBefore(phrase), context.lexicon);
  const first = regions[0];
  if (!first) return undefined;
  if (regions.some((r) => r.government !== first.government)) return null;
  return context.memory.placeNamedBeforeOffset(first.index) ? null : first.government;
}

/**
 * Officials of a region described, not named, as one that broke away: "the breakaway region's
 * government", "the separatist enclave's health department", "the self-proclaimed republic's leader".
 */
const BREAKAWAY_OFFICIALS =
  /^the\s+(?:breakaway|separatist|secessionist|self-proclaimed|self-declared|unrecognised|unrecognized|rebel-held)\s+(?:region|enclave|territory|republic|province)['’]s\s+(?:[\p{L}-]+\s+){0,2}?(officials|authorities|administration|government|leadership|leader|president|ombudsman|ombudswoman|spokesman|spokeswoman|spokesperson|ministry|department|service)$/iu;

/** The heads of `BREAKAWAY_OFFICIALS` that are the region's government itself, which speaks as that actor. */
const REGION_ITSELF: ReadonlySet<string> = new Set(['officials', 'authorities', 'administration', 'government', 'leadership']);

/**
 * "Fuel ran out across Ostmark. The breakaway region's government said …": a region that broke away
 * is the one region with its own authorities (`regionsAsPlacesIn`) that the sentence names as a place,
 * else the sentence before it does. Its government, institutions and officials speak for it; the actor
 * is the government for the government itself, none for a person or one of its bodies ("health
 * department"), which the topic data may list under another name. Null when no such region or several
 * are named there: a reader cannot tell which.
 */
function ofBreakawayRegion(text: string, context: ResolveContext): ResolvedSpeaker | null {
  const noun = BREAKAWAY_OFFICIALS.exec(text)?.[1]?.toLowerCase();
  if (!noun) return null;
  const here = regionsAsPlacesIn(context.memory.readingText, context.lexicon);
  const regions = here.length > 0 ? here : regionsAsPlacesIn(context.memory.previousSentence.text, context.lexicon);
  const government = regions.length === 1 ? (regions[0] as string) : null;
  if (!government) return null;
  const kind: SpeakerKind = PERSON_ROLES.has(noun) ? 'person' : noun === 'officials' ? 'group' : 'organisation';
  const actor = REGION_ITSELF.has(noun) ? government : null;
  return { speaker: { name: null, description: text, actor }, government, kind, resolvedBy: 'explicit' };
}

/** Officials or authorities alone, which "there" after them ties to a place: "the authorities there". */
const OFFICIALS_ALONE = /^(?:the\s+)?(?:officials|authorities)$/i;

/**
 * "Crowds filled the Ostmark capital. The authorities there said …": officials "there" are of the one
 * place their own sentence names before them, else the sentence before names: a region whose own
 * authorities the topic data lists, or a government named as a place ("in Sylvania"). Null when the
 * phrase is not followed by "there", or the sentence names no place or several.
 */
function officialsThere(text: string, phrase: string, context: ResolveContext): ResolvedSpeaker | null {
  if (!OFFICIALS_ALONE.test(text)) return null;
  const sentence = context.memory.readingText;
  const at = sentence.indexOf(phrase.trim());
  if (at < 0 || !/^\s+there\b/.test(sentence.slice(at + phrase.trim().length))) return null;
  const own = placeIn(sentence.slice(0, at), context.memory.readingGovernments(), context.lexicon);
  const previous = context.memory.previousSentence;
  const place = own === undefined ? placeIn(previous.text, previous.governments(), context.lexicon) : own;
  if (!place) return null;
  const actor = place.region ? place.government : null;
  return { speaker: { name: null, description: text, actor }, government: place.government, kind: 'organisation', resolvedBy: 'explicit' };
}

/**
 * The one place `words` name: a region whose own authorities the topic data lists (not the country
 * that holds it, named after it: "the Ostmark region of Sylvania"), else the one government named as
 * a place. Null when they name several (a country as a place before the region counts), undefined when none.
 */
function placeIn(words: string, governments: readonly GovernmentAt[], lexicon: ActorLexicon): { government: string; region: boolean } | null | undefined {
  const places = governments.filter((g) => g.place && g.index < words.length);
  const [first, ...regions] = regionsNamedIn(words, lexicon);
  if (first) {
    if (regions.some((r) => r.government !== first.government) || places.some((g) => g.index < first.index)) return null;
    return { government: first.government, region: true };
  }
  const ids = new Set(places.map((g) => g.government));
  if (ids.size === 0) return undefined;
  return ids.size === 1 ? { government: [...ids][0] as string, region: false } : null;
}

/** Nouns for what every side has: alone, they do not pick out one actor named before. */
const EVERY_SIDE_HAS: ReadonlySet<string> = new Set([
  'authorities', 'authority', 'government', 'administration', 'military', 'army', 'navy', 'forces', 'side', 'camp', 'police',
  'media', 'leadership', 'intelligence', 'officials', 'people', 'sources',
]);

/** A role told with the ship it is of, whichever ship: "the operator of the ship", "the vessel’s owner". */
const ROLE_OF_SHIP = /^[Tt]he\s+(?:(?:ship|vessel|tanker|boat|freighter)['’]s\s+(\p{Ll}+)|(\p{Ll}+)\s+of\s+the\s+(?:ship|vessel|tanker|boat|freighter))$/u;

/**
 * "The rebel group said" after the article named the Sylvanian Liberation Group: a definite description
 * whose head is an institution's or a group's noun refers to the most recent actor named before whose
 * name or alias ends with that noun; failing that, to the one such side its own sentence named before
 * it, by name or demonym ("17 Front fighters were killed, the rebel group said"). Null when none does.
 */
function describedBefore(text: string, memory: SpeakerMemory, lexicon: ActorLexicon): NamedActor | null {
  // "the operator of the ship", "the vessel's owner": the business named before that the topic data
  // gives that role of a ship ("owner and operator of the tanker …"); a carrier that only paused its
  // transits is no owner of the ship struck.
  const shipRole = ROLE_OF_SHIP.exec(text.trim());
  const role = shipRole?.[1] ?? shipRole?.[2];
  if (role) return BUSINESSES.has(role) ? businessNamedBefore(memory, lexicon, role) : null;
  const described = /^[Tt]he\s+((?:[\p{L}-]+\s+){0,3})(\p{Ll}+)$/u.exec(text.trim());
  const head = described?.[2];
  if (!head || !(ORG_ROLES.has(head) || GROUP_ROLES.has(head))) return null;
  // "the authorities", "the military" alone may be any side's; "the ministry", "the group" are one named before.
  if (described?.[1] === '' && EVERY_SIDE_HAS.has(head)) return null;
  // "the separatist government" after the article named "the Freedonian government": a word that sets
  // one authority apart from another must be in the actor's names too, or the description is another side's.
  const markers = STATE_HEADS.has(head) ? wordsOf(described?.[1] ?? '').filter((word) => SIDE_MARKING_WORDS.has(word)) : [];
  const marked = (id: string) => markers.every((marker) => namesOf(id, lexicon).some((name) => hasWordStartingWith(name, marker)));
  const endsWithHead = (name: string) => name.toLowerCase().endsWith(` ${head}`);
  const before = lastNamed(memory, lexicon, (kind) => kind !== 'media' && kind !== 'person' && kind !== 'commentator', endsWithHead, marked);
  if (before) return before;
  // "the foreign ministry" after only "Foreign Minister Berg" was named: the ministry she heads.
  const headed = markers.length === 0 ? bodyOfPersonNamed(`${described?.[1] ?? ''}${head}`, memory, lexicon) : null;
  if (headed) return headed;
  if (BUSINESSES.has(head)) return businessNamedBefore(memory, lexicon);
  const sides = memory.governmentsNamedBefore(text.trim());
  const side = sides.length === 1 ? lexicon.actor(sides[0] as string) : undefined;
  return side && [side.name, ...side.aliases].some(endsWithHead) && marked(side.id) ? { actor: side.id, government: lexicon.governmentOf(side.id) } : null;
}

/**
 * Words that set an authority apart from the state's own ("the separatist government", "the rebel
 * authorities", "the exiled government"): a description with one means only an actor the topic data
 * names with it ("Sylvanian rebels"), never the state named last.
 */
const SIDE_MARKING_WORDS: ReadonlySet<string> = new Set([
  'separatist', 'rebel', 'breakaway', 'exiled', 'self-proclaimed', 'self-declared', 'unrecognised', 'unrecognized',
  'de-facto', 'rival', 'puppet', 'insurgent', 'opposition',
]);

/** Nouns a state shares with the authorities set apart from it ("government", "authorities"); a "rebel group" is no state's. */
const STATE_HEADS: ReadonlySet<string> = new Set(['government', 'authorities', 'authority', 'administration', 'leadership', 'regime', 'cabinet']);

/** The words of a phrase, lower case, "de facto" as one word however written. */
function wordsOf(phrase: string): string[] {
  return phrase.toLowerCase().replace(/\bde\s+facto\b/g, 'de-facto').split(/\s+/).filter((word) => word !== '');
}

/** An actor's name and aliases as the topic data gives them. */
function namesOf(id: string, lexicon: ActorLexicon): string[] {
  const actor = lexicon.actor(id);
  return actor ? [actor.name, ...actor.aliases] : [];
}

/** True when a word of `name` starts with `prefix`, whatever the case ("Separatist forces" has "separatist"). */
function hasWordStartingWith(name: string, prefix: string): boolean {
  return wordsOf(name).some((word) => word.startsWith(prefix));
}

/** A role's own words, before whom or what it is of: "shipping company" in "shipping company (Marsh Line)". */
const ROLE_HEAD = /^[^,(;]*?(?=\s+(?:of|at|for|to|in)\s|[,(;]|$)/u;

/**
 * "The company said", "the operator said" after the article named a shipping line: the
 * most recent actor named before that the topic data describes as a business and lists with no
 * government (a company speaks for none, so a wrong pick cannot credit one), and whose role holds
 * `role` when one is given ("the vessel's owner": an owner of a ship). Null when none was named.
 */
function businessNamedBefore(memory: SpeakerMemory, lexicon: ActorLexicon, role: string | null = null): NamedActor | null {
  for (const id of memory.namedActors()) {
    const actor = lexicon.actor(id);
    if (!actor || actor.kind !== 'commentator' || lexicon.governmentOf(id) !== null) continue;
    if (role !== null && !holdsWordOf(actor.role ?? '', new Set([role]))) continue;
    const head = ROLE_HEAD.exec(actor.role ?? '')?.[0] ?? '';
    if (holdsWordOf(head, BUSINESSES)) return { actor: id, government: null };
  }
  return null;
}

/**
 * "a ministry official said" after the article named Freedonia's defence ministry: an official of a
 * kind of institution the phrase names without its country is of the most recent such body named
 * before. Null when the phrase is not of that form or no body named so far fits.
 */
function officialOfNamedBody(text: string, memory: SpeakerMemory, lexicon: ActorLexicon): NamedActor | null {
  const official = /^(?:[Aa]n?|[Oo]ne)\s+(?:senior\s+|high-ranking\s+|unnamed\s+)?((?:\p{Ll}[\p{L}-]*\s+){1,2})(?:official|spokesperson|spokesman|spokeswoman)$/u.exec(text.trim());
  if (!official) return null;
  const words = ` ${(official[1] as string).trim().toLowerCase()} `;
  return lastNamed(memory, lexicon, (kind) => kind === 'body', (n) => ` ${n} `.includes(words));
}

/**
 * Someone of a body by the body's head noun: "Ministry officials", "the ministry’s spokesman", "the
 * Bureau spokesperson", "a senior navy official".
 */
const OF_BODY = /^(?:(?:[Tt]he|[Aa]n?|[Oo]ne)\s+)?(?:(?:senior|top|high-ranking|unnamed)\s+)?([\p{L}-]+)(?:['’]s)?\s+(?:officials?|spokes(?:person|man|woman|people))$/u;

/**
 * "Ministry officials said" after the article named Freedonia’s Defence Ministry: someone of a body
 * named by its head noun alone is of the most recent body named before whose name ends with that noun.
 * Null when the phrase is not of that form or no body named so far fits.
 */
function ofBodyNamedBefore(text: string, memory: SpeakerMemory, lexicon: ActorLexicon): NamedActor | null {
  const noun = OF_BODY.exec(text.trim())?.[1]?.toLowerCase();
  // "Military officials", "government officials": every side has one, whichever the article named last.
  if (!noun || !ORG_ROLES.has(noun) || EVERY_SIDE_HAS.has(noun)) return null;
  return lastNamed(memory, lexicon, (kind) => kind === 'body', (n) => n.endsWith(` ${noun}`));
}

/** An actor the source named, and the government it speaks for. */
interface NamedActor {
  actor: string;
  government: string | null;
}

/** The most recent actor named so far of a kind `kindFits` accepts, one of whose lower-case names `nameFits` accepts. */
function lastNamed(
  memory: SpeakerMemory,
  lexicon: ActorLexicon,
  kindFits: (kind: string) => boolean,
  nameFits: (name: string, written: string) => boolean,
  actorFits: (id: string) => boolean = () => true,
): NamedActor | null {
  for (const id of memory.namedActors()) {
    const actor = lexicon.actor(id);
    if (!actor || !kindFits(actor.kind) || !actorFits(id)) continue;
    if ([actor.name, ...actor.aliases].some((name) => nameFits(name.toLowerCase(), name))) return { actor: id, government: lexicon.governmentOf(id) };
  }
  return null;
}

/** A "pro-" or "anti-" word ("pro-independence", "anti-Sylvanian"). */
const CAUSE_WORD = /\b(?:pro|anti)-[\p{L}’'-]+/giu;

/**
 * Whether the topic data names the speaker by words that hold a "pro-" or "anti-" word ("the
 * pro-independence forces" as an alias of a movement): then those words decide, not the rest.
 */
function listsCauseWord(phrase: string, lexicon: ActorLexicon): boolean {
  if (!/\b(?:pro|anti)-/i.test(phrase)) return false;
  return lexicon.findMentions(phrase).some((mention) => /\b(?:pro|anti)-/i.test(mention.text));
}

/**
 * Whether a "pro-" or "anti-" word of the phrase names no side the topic data knows: "pro-independence",
 * "anti-war", not "pro-Sylvanian" or "anti-Fredonburg".
 */
function causeWordNamingNoSide(phrase: string, lexicon: ActorLexicon): boolean {
  return [...phrase.matchAll(CAUSE_WORD)].some(([word]) => {
    const rest = word.replace(/^(?:pro|anti)-/i, '');
    return lexicon.findMentions(rest).length === 0 && lexicon.findDemonyms(rest).length === 0;
  });
}

/** The initials of a name's capitalised words, joining words left out: "Freedonia's State Bureau of Ports" → "FSBP". */
function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
}

/** Whether a phrase ends in a demonym used as a noun: "the North Freedonian", "a 26-year-old Sylvanian". */
function namesNational(text: string, lexicon: ActorLexicon): boolean {
  const last = lexicon.findDemonyms(text).at(-1);
  if (!last || last.index + last.text.length !== text.replace(/[\s,.]+$/, '').length) return false;
  const mentions = lexicon.findMentions(text);
  // "The FR said": a word that is a name as well as a demonym names the country.
  if (mentions.some((m) => m.index <= last.index && m.index + m.text.length >= last.index + last.text.length)) return false;
  // Only the demonym names a side: "the North" inside "the North Freedonian" is part of it.
  return mentions.every((m) => m.index + m.text.length > last.index);
}

/** Words that qualify a people named by a plural demonym: "ethnic Sylvanians", "ordinary Freedonians". */
const PEOPLE_QUALIFIERS = new Set(['ethnic', 'many', 'some', 'ordinary', 'local', 'fellow', 'most']);

/**
 * Whether a phrase names a people by a plural demonym after a place or a qualifier: "Marsh City
 * Sylvanians", "ethnic Sylvanians". ("The Sylvanians said" may be the government's officials.)
 */
function namesAPeople(text: string, lexicon: ActorLexicon): boolean {
  const words = text.trim().split(/\s+/);
  const last = words.at(-1) ?? '';
  const singular = last.replace(/s$/, '');
  if (singular === last || !lexicon.findDemonyms(singular).some((d) => d.index === 0 && d.text === singular)) return false;
  // "Marsh City's Rebels": a plural the topic data knows as a name is that actor, not a people.
  if (lexicon.findMentions(last).length > 0) return false;
  const qualifiers = words.slice(0, -1).filter((word) => !/^the$/i.test(word));
  return qualifiers.length > 0 && qualifiers.every((word) => /^\p{Lu}/u.test(word) || PEOPLE_QUALIFIERS.has(word.toLowerCase()));
}

/**
 * The government whose demonym is the whole of a document's issuer ("Sylvanian" of "the Sylvanian
 * assessment", "North Freedonian"), when the topic data names no actor by those words; null otherwise.
 */
function countryOfDemonymAlone(issuer: string, lexicon: ActorLexicon): string | null {
  const demonyms = lexicon.findDemonyms(issuer);
  const only = demonyms.length === 1 ? demonyms[0] : undefined;
  if (!only || only.index !== 0 || only.text.length !== issuer.length) return null;
  return lexicon.findMentions(issuer).length === 0 ? only.government : null;
}

/** A document named with its author: "a statement from the spokesman", "the letter by Berg". */
const AUTHORED_DOCUMENT = new RegExp(`^(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${DOCUMENT_NOUNS})\\s+(?:from|by)\\s+(\\S.*)$`, 'iu');

/** One word beside "joint" in a document's name: no preposition or article, which would open another phrase. */
const JOINT_WORD = '(?!(?:by|from|of|on|the|a|an|and)\\s)[\\p{L}-]+';

/**
 * A joint document, introduced ("a joint statement", "a joint Freedonian-Sylvanian statement", "a
 * Freedonian-Sylvanian joint statement") or with its parties after it ("the joint communiqué of
 * Freedonia and Sylvania"); "the joint statement" alone refers back. The words around "joint" name
 * its parties or kind, never one issuer whose government it would be.
 */
const JOINT_DOCUMENT = new RegExp(
  `^(?:(?:a|an)\\s+(?:${JOINT_WORD}\\s+)?joint\\s+(?:${JOINT_WORD}\\s+){0,2}(?:${DOCUMENT_NOUNS})(?![\\p{L}])|the\\s+joint\\s+(?:${DOCUMENT_NOUNS})\\s+(?:by|from|of)\\s)`,
  'iu',
);

/**
 * The issuer of a side's document, where the words before the document's noun are only a demonym
 * ("the Sylvanian statement", "The Freedonian assessment also mentions …"): the side's institution
 * that spoke last, which a reader takes to have issued it, else the side itself; for a document
 * introduced ("a Sylvanian statement"), the side. Null for any other issuer ("the Sylvanian
 * ministry's statement" names its issuer).
 */
function documentOfSide(issuer: string, text: string, context: ResolveContext): ResolvedSpeaker | null {
  const government = countryOfDemonymAlone(issuer, context.lexicon);
  if (government === null) return null;
  // "a Sylvanian statement" introduces a document of its own, whose body the sentence does not name.
  const body = /^the\s/i.test(text) ? context.memory.lastInstitutionOf(government) : null;
  if (body) return { ...body, speaker: { ...body.speaker, description: text }, resolvedBy: 'pronoun' };
  return { speaker: { name: null, description: text, actor: government }, government, kind: 'organisation', resolvedBy: 'explicit' };
}

/**
 * A document as a speaker: "the statement", "the ministry's statement", "a statement released via
 * Facebook", "the ministry's latest update on the war".
 */
const DOCUMENT_PHRASE = new RegExp(
  `^(?:the|a|an|its|their)\\s+(?:(.+?)(?:['’]s?)?\\s+)?(?:joint\\s+)?(?:${DOCUMENT_NOUNS})(?:\\s+(?:released|issued|posted|published|sent|on|about)\\b.*)?$`,
  'i',
);

/** "the release", "the latest release": a release named by no issuer and no kind ("press", "news"). */
const BARE_RELEASE = /^the\s+(?:(?:latest|official|new)\s+)?release$/i;

/** Words that describe a document, not who issued it: "the official statement", "the bureau's latest update". */
const DOCUMENT_ADJECTIVES = 'official|written|separate|brief|short|new|later|earlier|previous|latest|formal|lengthy|detailed|weekly|daily|regular|monthly|annual';
/** A person's document by a possessive pronoun: "his statement", "her latest letter". */
const PERSON_PRONOUN_DOCUMENT = new RegExp(`^(his|her)\\s+(?:(?:${DOCUMENT_ADJECTIVES})\\s+)?(?:${DOCUMENT_NOUNS})$`, 'i');
const DESCRIBES_DOCUMENT_ALONE = new RegExp(`^(?:${DOCUMENT_ADJECTIVES})$`, 'i');
const DESCRIBES_DOCUMENT_AFTER_ISSUER = new RegExp(`['’]s?(?:\\s+(?:${DOCUMENT_ADJECTIVES}))+$`, 'i');

/**
 * Who issued an unnamed document: whoever the sentence that introduced it names ("Ruhl has signed a
 * decree", "The ministry issued a statement"), else the last institution that spoke; else no one. A side
 * merely named ("Sylvania has not commented") issued nothing: crediting it would invent its position.
 */
function issuerBefore(memory: SpeakerMemory, lexicon: ActorLexicon): KnownSpeaker | null {
  // "received a letter from the Sylvanian president": its author is told, but is no one the data knows.
  if (memory.documentByUnnamedAuthor) return null;
  // "The vessel's owner confirmed the attack in a statement": whoever spoke in that sentence issued it.
  const spoke = memory.speakerWithDocument;
  if (spoke) return spoke;
  for (const id of memory.namedWithDocument()) {
    const kind = lexicon.actor(id)?.kind;
    if (kind !== 'person' && kind !== 'body' && kind !== 'government' && kind !== 'intergovernmental') continue;
    const person = kind === 'person';
    return { speaker: { name: person ? (lexicon.actor(id)?.name ?? null) : null, description: '', actor: id }, government: lexicon.governmentOf(id), kind: person ? 'person' : 'organisation' };
  }
  return memory.lastInstitution();
}

/** A letter or message referred back to: "the letter", "the handwritten letter", "the message". */
const LETTER = /\b(?:letter|message)$/i;

/**
 * Who wrote the letter "the letter" means: its author named with it ("a letter from Ruhl") or its
 * sender ("Ruhl sent a letter to Berg"). Null otherwise: one who published, delivered or received a
 * letter ("the agency published a letter found on a soldier") did not write it, nor did one who told
 * of it ("Berg said two captives wrote a letter").
 */
function writerBefore(memory: SpeakerMemory, lexicon: ActorLexicon): KnownSpeaker | null {
  const author = memory.authorOfDocument;
  if (author === null) return null;
  const actor = lexicon.actor(author);
  const person = actor?.kind === 'person';
  return { speaker: { name: person ? (actor?.name ?? null) : null, description: '', actor: author }, government: lexicon.governmentOf(author), kind: person ? 'person' : 'organisation' };
}

/** "one of them", "one of those": one person of a group the pronoun refers to. */
const ONE_OF_THEM = /^(?:one|either|neither)\s+of\s+(?:them|those|us)$/i;

/** "the two countries", "both sides": the pair of governments the source named last. */
const BOTH_SIDES = /^(?:the\s+two|both(?:\s+the)?)\s+(?:countries|nations|sides|governments)$/i;

/**
 * The pair "the two countries" refers to: the last two speakers when both are governments (they may
 * have spoken in this very sentence: "Freedonia and Sylvania denied the trade, although the two
 * countries confirmed …"). Null otherwise: two governments merely named before ("Berg and Ruhl signed
 * the pact; under it, the two countries pledged …") speak with one joint voice, which is no one side's.
 */
function lastTwoGovernments(memory: SpeakerMemory, lexicon: ActorLexicon): [string, string] | null {
  const isGovernment = (id: string | null): id is string => id !== null && lexicon.actor(id)?.kind === 'government';
  const spoke = memory.lastSpeakers(2).map((known) => known.speaker.actor);
  if (spoke.length !== 2 || !spoke.every(isGovernment) || spoke[0] === spoke[1]) return null;
  // "Freedonia and Sylvania spoke. ¶ Both sides reported shelling, over which Marshland and Ostland
  // fought": a sentence that names other sides than the pair heard may mean them, the sides of the
  // fight it tells of; a guessed pair would be the wrong sides.
  const others = memory.readingGovernments().some((g) => !g.place && g.government !== spoke[0] && g.government !== spoke[1]);
  return others ? null : [spoke[0] as string, spoke[1] as string];
}

/** A document's noun: "the statement" is no institution that a later "it" or "the statement" could mean. */
const DOCUMENT_NOUN = new RegExp(`^(?:${DOCUMENT_NOUNS})$`, 'i');

/**
 * The last words, lower case, of a body's or outlet's name and aliases in the topic data: "agency" of
 * "Freedonia's spy agency". None for a government, whose names ("the Ruhl group") are read by `namedBefore`.
 */
function headNounsOf(actorId: string, lexicon: ActorLexicon): string[] {
  const actor = lexicon.actor(actorId);
  if (actor?.kind !== 'body' && actor?.kind !== 'media') return [];
  return [actor.name, ...actor.aliases].map((name) => name.split(/\s+/).at(-1)?.toLowerCase() ?? '');
}

/**
 * The words of `PRESS_WORDS` an actor's names end in, for a press word to refer back to it: "media" for
 * an actor the topic data lists as media, "news" for a body named a news agency ("Ostmark Central News
 * Agency"), and the last word of any name otherwise ("Marsh channel"), which a spy agency's never is.
 */
function pressHeadsOf(actorId: string, lexicon: ActorLexicon): string[] {
  const kind = lexicon.actor(actorId)?.kind;
  if (kind === 'media') return ['media'];
  if (kind !== 'body') return [];
  return namesOf(actorId, lexicon).map((name) => (/\bnews\s+agency$/i.test(name) ? 'news' : (name.split(/\s+/).at(-1)?.toLowerCase() ?? '')));
}

/**
 * A speaker copied from memory, or an unresolved one when memory has none that fits ("the government":
 * an institution; "the rebels": several people, whom a "they" later in the sentence means).
 */
function recall(known: KnownSpeaker | null, text: string): ResolvedSpeaker {
  if (known) return { ...known, speaker: { ...known.speaker }, resolvedBy: 'pronoun' };
  const head = /^[Tt]he\s+(\p{L}+)$/u.exec(text)?.[1]?.toLowerCase() ?? '';
  const kind = ORG_ROLES.has(head) && !DOCUMENT_NOUN.test(head) ? 'organisation' : GROUP_ROLES.has(head) ? 'group' : 'person';
  return { speaker: { name: null, description: text, actor: null }, government: null, kind, resolvedBy: 'none' };
}

/** A plural noun of a trade: "consultants", "analysts", "experts" (not "boss", "news"). */
const PLURAL_TITLE = /^\p{Ll}{3,}[^su]s$/u;

/** Private persons' nouns that name more than one person, or a ship: "people", "the crew", "the vessel". */
const NOT_ONE_PERSON: ReadonlySet<string> = new Set(['people', 'crew', 'family', 'vessel', 'ship', 'tanker', 'carrier', 'freighter']);

/**
 * Person, group or institution, from the head noun of the description ("the spokesperson for the
 * ministry" → spokesperson → a person), else from the actor's kind.
 */
function kindOf(name: string | null, description: string, actorKind: string | undefined, actorRole?: string, actorName?: string): SpeakerKind {
  // "British maritime security firm Marsh Risk": a commentator named after a title is what the title
  // says, so a later "it" is the firm; "security analyst Max Ober" stays a person. A title in the plural
  // ("security consultants Marsh Risk") names a firm by its staff: no one person, so a later "they".
  if (actorKind === 'commentator') {
    const title = headNoun(description.replace(TRAILING_NAME, ''), () => false);
    // Only a title before the name: "one of the sailors, Max Ober" is one person.
    const titled = (name !== null || TRAILING_NAME.test(description)) && !/^one\s+of\b/i.test(description);
    if (ORG_ROLES.has(title) || (titled && PLURAL_TITLE.test(title))) return 'organisation';
    // "Rover Lines said", listed as a "shipping company", "the Marsh Institute said": the body, not a person.
    if (speaksAsListedBody(actorRole, title, actorName)) return 'organisation';
  }
  // "the militant group Ansar Marsh", "shipping firm Rover Lines": a name after the title of a body
  // the topic data does not list is that body's, so a later "it" means it ("ships it says are …").
  if (name && actorKind === undefined && namedBody(description)) return 'organisation';
  if (name) return 'person';
  // "one of the soldiers": one of a group of people is a person.
  if (/^one of\s/i.test(description) && GROUP_ROLES.has(headNoun(description.replace(/^one of\s+/i, ''), () => false).replace(/['’]s?$/u, ''))) return 'person';
  // "one of the two Freedonians": one of a people named by a demonym.
  if (/^[Oo]ne of\s+(?:the\s+)?(?:\S+\s+)?\p{Lu}\p{L}+(?:ans|ese|is)$/u.test(description.trim())) return 'person';
  // "a Sylvanian officer captured by Freedonia": the officer, not the captor; "a soldier shown on
  // Sylvanian television": the soldier, not the channel.
  const head = headNoun(withoutCaptivityTail(description), (word) => PHRASE_PREPOSITIONS.has(word) || SPEAKER_QUALIFIERS.has(word) || APPEARANCE_PARTICIPLES.has(word)).replace(/['’]s?$/u, '');
  if (PERSON_ROLES.has(head)) return 'person';
  if (GROUP_ROLES.has(head)) return 'group';
  // "a Sylvanian scout sniper", "a private": one private person, not an institution.
  if (PRIVATE_PERSONS.has(head) && !/(?:[^s]s|men)$/.test(head) && !NOT_ONE_PERSON.has(head)) return 'person';
  if (AGE_NOUN.test(head) && !head.endsWith('s')) return 'person';
  if (ORG_ROLES.has(head)) return 'organisation';
  if (actorKind === 'person' || actorKind === 'commentator') return 'person';
  if (/\sand\s/.test(description)) return 'group';
  return 'organisation';
}

/**
 * Whether a description is the title of a body the name goes with: "the militant group" (Ansar
 * Marsh), not "spokesman" (Lind) nor "head of the agency" (Ruhl). The name may still end the description.
 */
function namedBody(description: string): boolean {
  const title = description.replace(TRAILING_NAME, '');
  return title.trim() !== '' && ORG_ROLES.has(headNoun(title, (word) => PHRASE_PREPOSITIONS.has(word)));
}

/** The capitalised words that end a description: the name after its title ("security firm Marsh Risk"). */
const TRAILING_NAME = /(?:\s+\p{Lu}[\p{L}.'’-]*)+$/u;

/** Numbers and articles, after which a participle of captivity describes the noun ahead ("a captured officer"). */
const DETERMINER = /^(?:the|a|an|another|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)$/i;

/** A description without its captivity tail: "a Sylvanian officer" of "a Sylvanian officer captured by Freedonia". */
function withoutCaptivityTail(description: string): string {
  const words = description.trim().split(/\s+/);
  let tail = words.findIndex((word, i) => i > 0 && (CAPTIVE_PARTICIPLES.has(word.toLowerCase()) || /^(?:held|taken|now)$/.test(word)) && !DETERMINER.test(words[i - 1] as string));
  if (tail < 0) return description;
  // "a soldier recently captured": the adverb goes with the tail.
  if (tail > 1 && CAPTIVITY_ADVERBS.has(words[tail - 1] as string)) tail -= 1;
  // "an officer who was captured": the relative pronoun and its auxiliaries go with the tail.
  const who = words.slice(0, tail).lastIndexOf('who');
  if (who > 0 && words.slice(who + 1, tail).every((word) => /^(?:was|were|had|has|have|been|later|then|reportedly)$/.test(word))) tail = who;
  return words.slice(0, tail).join(' ').replace(/,$/, '');
}

/** Whether the topic data names `government` with the word `noun` ("Front rebels" for a movement listed as a government). */
function callsItself(government: string | null, noun: string, lexicon: ActorLexicon): boolean {
  const actor = government ? lexicon.actor(government) : undefined;
  const singular = noun.replace(/s$/, '');
  return (actor?.aliases ?? []).some((alias) => new RegExp(`\\b${singular}s?$`, 'i').test(alias));
}
