/**
 * The actor lexicon: finds the governments, bodies, people and outlets of the topic data in text,
 * and tells which government a speaker speaks for. It knows no actor itself; everything comes from
 * `content/actors.yaml` (the `Actor` list passed in).
 */
import type { Actor } from '../../schemas/actor.ts';
import { shipName, shipOwners } from './ship-owners.ts';

/** One place where the text names an actor. */
export interface ActorMention {
  actorId: string;
  /** The words as written ("Fredonburg", "S.R.", "The Bureau"). */
  text: string;
  /** Offset of `text` in the searched string. */
  index: number;
}

/** A government named through its demonym ("Sylvanian" in "Sylvanian officials"). */
export interface DemonymMention {
  government: string;
  text: string;
  index: number;
}

/** Who a speaker phrase names: the actor and the government it speaks for, each null when unsure. */
export interface SpeakerResolution {
  actor: string | null;
  government: string | null;
}

export interface ActorLexicon {
  /** Names and aliases in `text`: whole words, case-sensitive, longest first, never overlapping. */
  findMentions(text: string): ActorMention[];
  /** Demonyms of governments in `text` ("Freedonian"), same matching rules. */
  findDemonyms(text: string): DemonymMention[];
  /** The government or organisation an actor speaks for; null for commentators, media and unknown ids. */
  governmentOf(actorId: string): string | null;
  /** The actor with this id, if the topic data has it. */
  actor(actorId: string): Actor | undefined;
  /**
   * Who a speaker phrase names. The most specific actor named wins (person, then body, then
   * government): "the State Bureau's deputy spokesperson" → that body; "Sylvanian Defence Minister
   * Tomas Ruhl" → that person. A government is the actor only when the phrase names nothing else
   * ("Marsh City", "the Freedonian government"); "Freedonia's military intelligence chief" and "a senior Sylvanian
   * administration official" give only the government. Outlets and commentators speak for no
   * government. A name after "to", "against", "on" … is the addressee, not the speaker's side.
   * Returns nulls rather than guessing: two governments, two people, an alias two actors share.
   */
  resolveSpeakerPhrase(phrase: string): SpeakerResolution;
  /**
   * The business the topic data lists as the owner of the ship a phrase names ("Star Marsh", "the MV
   * Star Marsh"), read from the businesses' roles ("owner of the bulk carrier Star Marsh"); null when
   * the data gives the ship no owner, or two.
   */
  ownerOfShip(phrase: string): string | null;
}

/**
 * What follows a name that backs, arms, made or leads the thing the phrase names: "-backed",
 * "-supplied", "-led" ("the Freedonia-led coalition" is several nations, not Freedonia), or that the
 * thing is tied to ("the Defence Ministry-affiliated institute" is not the ministry, nor is a "Ministry-friendly
 * analyst" its voice).
 */
const BACKER = /^[-‐–]\s?(?:backed|sponsored|funded|supported|armed|trained|supplied|made|built|based|led|affiliated|linked|friendly|connected|leaning|aligned|allied|owned|run|operated|financed)\b/i;

/** A backer's participle and "by" right before a name: "a group backed by", "a militia funded and armed by". */
const BACKED_BY = /\b(?:backed|sponsored|funded|supported|armed|trained|supplied|financed|bankrolled|led|run|controlled|aligned|allied)\s+(?:(?:and|or)\s+\p{Ll}+\s+)?by\s+(?:the\s+)?$/iu;

/**
 * A captor's participle and "by" right before a name: "a soldier captured by", "sailors held captive
 * by", "a prisoner interrogated by the". Whoever holds or questions a captive is not the captive's side.
 */
const CAPTOR_BY =
  /\b(?:captured|detained|imprisoned|jailed|arrested|abducted|kidnapped|interned|interrogated|questioned|held(?:\s+(?:captive|hostage|prisoner))?|taken\s+(?:captive|hostage|prisoner))\s+(?:(?:alive|unharmed|recently|earlier)\s+)?by\s+(?:the\s+)?$/iu;

/**
 * Officials closing a phrase that names their body before them: " officials" in "intelligence
 * officials"; so do its sources, people of the body who speak for it unnamed ("intelligence sources").
 */
const BODY_OFFICIALS = /(?<=\S)\s+(?:officials|spokesperson|spokesman|spokeswoman|sources)$/i;

/**
 * A body's records opening a phrase that names the body after them ("Reports from Sylvanian
 * intelligence indicate …"): the records are the body's words, so the body speaks.
 */
const RECORDS_FROM = /^(?:(?:reports|accounts|assessments|estimates|findings)\s+from\s+)?(?:the\s+)?$/i;

/** A possessive followed by what is possessed: "’s sappers", "'s office". */
const POSSESSED = /^['’´]s?\s+\p{L}/u;

/** A preposition right before a name: it names what the head belongs to, not the head. */
const OF_BEFORE = /\b(?:of|for|at|in|from|under|to)\s+(?:the\s+)?$/i;

/** A place preposition right before a name: "in Marsh City", "at the port of". */
const PLACE_BEFORE = /\b(?:in|at|inside|near)\s+(?:the\s+)?$/i;

/** A person named after "of" or "for" (and a title): the phrase's head is someone else. */
export const OF_PERSON = /\b(?:of|for)\s+(?:the\s+)?(?:[\p{L}’'.-]+\s+){0,4}$/iu;

/**
 * Heads after a name that speak for whom the name names: "a Ruhl aide", "the Ruhl government" (not
 * Ruhl himself).
 */
const SPEAKS_FOR_HOLDER: ReadonlySet<string> = new Set(
  'aide aides adviser advisers advisor advisors envoy envoys spokesperson spokesman spokeswoman spokespeople representative representatives secretary negotiator negotiators official officials deputy government administration regime office team'.split(' '),
);

/**
 * Heads after a name that stand apart from or against whom the name names: "a Sylvania critic", "a
 * Bureau watcher", "Ruhl's fiercest critic", "a Freedonian ally". The name is then no side of the speaker's.
 */
const STANDS_APART: ReadonlySet<string> = new Set(
  'critic critics opponent opponents detractor detractors foe foes rival rivals sceptic sceptics skeptic skeptics watcher watchers biographer biographers consultant consultants ally allies loyalist loyalists insider insiders supporter supporters'.split(' '),
);

/** Words that end the head of a phrase: "critic" in "a Ruhl critic and former aide", "aide" in "Ruhl aide to …". */
const ENDS_HEAD = new Set(['of', 'for', 'at', 'in', 'on', 'to', 'with', 'from', 'and', 'or', 'who', 'whose', 'which', 'that', 'by', 'since', 'until']);

/**
 * The head noun right after a name, lower case: the last of the lower-case words that follow it, after
 * its possessive, up to a preposition or anything else ("critic" in "’s fiercest critic", "aide" in " aide
 * Max Ober"); empty when none follows.
 */
function headAfter(rest: string): string {
  // "a Ruhl-watcher": a hyphen joins the head as well.
  const words = /^(?:['’]s?)?(?:\s+|[-‐–])((?:\p{Ll}[\p{Ll}-]*(?:\s+|$))+)/u.exec(rest)?.[1]?.trim().split(/\s+/) ?? [];
  const end = words.findIndex((word) => ENDS_HEAD.has(word));
  return (end < 0 ? words : words.slice(0, end)).at(-1) ?? '';
}

/**
 * Whether the demonym at `index` follows "ethnic": "ethnic Sylvanian leaders", "the ethnic-Sylvanian
 * region" name a people, who need not be the state of that name (a minority abroad, separatists), so
 * the demonym tells no government. A name the topic data lists ("the ethnic Sylvanian authorities")
 * still resolves as that name.
 */
function namesAnEthnicity(phrase: string, index: number): boolean {
  return /\bethnic(?:ally)?[\s-]+$/i.test(phrase.slice(Math.max(0, index - 12), index));
}

/** The head noun right before "of" or "to" and a name, lower case: "critic" in "a critic of the "; empty when none. */
function headBeforeOf(before: string): string {
  return /(\p{Ll}+)\s+(?:of|to)\s+(?:the\s+)?$/u.exec(before)?.[1] ?? '';
}

/** Heads that speak for the person they are of or for: "a spokesperson for", "the office of". */
const SPEAKS_FOR = /\b(?:spokes(?:person|man|woman|people|men|women)|office|press\s+(?:secretary|service|office)|aides?|secretary|representatives?)\s+(?:of|for)\b/i;

const NOT_THE_SPEAKER_SIDE = new Set(['to', 'against', 'toward', 'towards', 'about', 'over', 'on', 'with', 'into', 'versus', 'than']);

/** Priority of actor kinds when a phrase names several: the most specific speaker wins. */
const SPECIFICITY = ['person', 'commentator', 'body', 'media', 'government', 'intergovernmental'] as const;

/** Builds the lexicon of a topic's actors (validated `content/actors.yaml` entries). */
export function createActorLexicon(actors: Actor[]): ActorLexicon {
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  const nameMatcher = rememberingLast(buildMatcher(actors.flatMap((actor) => [actor.name, ...actor.aliases].map((term) => ({ term, id: actor.id })))));
  const demonymMatcher = rememberingLast(
    buildMatcher(actors.filter(isGovernmentLike).flatMap((actor) => actor.demonyms.map((term) => ({ term, id: actor.id })))),
  );

  // What the data lists under a government's possessive ("Sylvania's Joint Staff"), by government and
  // the words after it, for a demonym that names the same state ("the Sylvanian Joint Staff").
  const possessed = possessedByGovernment(actors, byId);
  const owners = shipOwners(actors);

  function governmentOf(actorId: string, seen: Set<string> = new Set()): string | null {
    const actor = byId.get(actorId);
    if (!actor || seen.has(actorId)) return null;
    if (isGovernmentLike(actor)) return actor.id;
    if (actor.kind === 'commentator' || actor.kind === 'media') return null;
    if (actor.government) return actor.government;
    seen.add(actorId);
    return actor.body ? governmentOf(actor.body, seen) : null;
  }

  function findMentions(text: string): ActorMention[] {
    return nameMatcher(text).map(({ id, text: found, index }) => ({ actorId: id, text: found, index }));
  }

  function findDemonyms(text: string): DemonymMention[] {
    return demonymMatcher(text).map(({ id, text: found, index }) => ({ government: id, text: found, index }));
  }

  // Sources name the same speakers again and again ("he", "Ruhl", "the ministry"): this lexicon
  // resolves each phrase once.
  const resolutions = new Map<string, SpeakerResolution>();

  function resolveSpeakerPhrase(phrase: string): SpeakerResolution {
    let resolution = resolutions.get(phrase);
    if (!resolution) resolutions.set(phrase, (resolution = resolvePhrase(phrase)));
    return { ...resolution };
  }

  function resolvePhrase(phrase: string): SpeakerResolution {
    const unsure = { actor: null, government: null };
    // "a Sylvania critic", "Ruhl's fiercest critic": a name before a head that stands apart from it is not the speaker's side.
    // "a critic of Sylvania" likewise.
    const apart = (m: { text: string; index: number }) => STANDS_APART.has(headAfter(phrase.slice(m.index + m.text.length))) || STANDS_APART.has(headBeforeOf(phrase.slice(0, m.index)));
    // "the North" in "the North Freedonian man": a name cut short by a demonym that goes on past it is no name.
    const allDemonyms = findDemonyms(phrase);
    // "the North" in "one of the North Freedonians": the demonym in the plural goes on past it too. The
    // plurals are read in the singular, at the same places ("Freedonians" as "Freedonian ").
    let singularDemonyms: DemonymMention[] | undefined;
    const pluralDemonyms = () => (singularDemonyms ??= /\p{L}s\b/u.test(phrase) ? findDemonyms(phrase.replace(/(?<=\p{L})s\b/gu, ' ')) : []);
    const goesOnPast = (m: ActorMention) => (d: DemonymMention) => d.index > m.index && d.index < m.index + m.text.length && d.index + d.text.length > m.index + m.text.length;
    const cutShort = (m: ActorMention) => allDemonyms.some(goesOnPast(m)) || pluralDemonyms().some(goesOnPast(m));
    const named = findMentions(phrase).filter((m) => onSpeakerSide(phrase, m.index, m.text.length) && !partOfAnotherName(phrase, m, byId.get(m.actorId)) && !apart(m) && !cutShort(m));
    // A demonym inside a name the data knows is part of that name ("the ethnic Freedonian leadership").
    const insideName = (m: DemonymMention) => named.some((n) => n.index <= m.index && m.index + m.text.length <= n.index + n.text.length);
    const demonyms = allDemonyms.filter((m) => onSpeakerSide(phrase, m.index, m.text.length) && !insideName(m) && !apart(m) && !namesAnEthnicity(phrase, m.index));
    const demonymGovernments = demonyms.map((m) => m.government);
    const kindOf = (id: string) => byId.get(id)?.kind;
    // Governments the phrase names outright ("Sylvania's", "Sylvanian"), to check a body or person against.
    const explicitGovernments = unique([
      ...named.filter((m) => isGovernmentLike(byId.get(m.actorId))).map((m) => m.actorId),
      ...demonymGovernments,
    ]);

    for (const kind of SPECIFICITY) {
      const ids = unique(named.map((m) => m.actorId).filter((id) => kindOf(id) === kind));
      if (ids.length === 0) continue;
      if (ids.length > 1) {
        // "the Freedonian defence ministry channel Marsh TV": a name that ends the phrase is its head.
        // ("the bureau of the Defence Ministry" ends in what the bureau belongs to).
        const head = named.find((m) => kindOf(m.actorId) === kind && m.index + m.text.length === phrase.trimEnd().length && !OF_BEFORE.test(phrase.slice(0, m.index)));
        if (head) return { actor: head.actorId, government: governmentOf(head.actorId) };
        // Two bodies of one government ("the Defence Ministry's press office") still tell the government.
        const governments = unique(ids.map((id) => governmentOf(id)));
        return governments.length === 1 && governments[0] ? { actor: null, government: governments[0] } : unsure;
      }
      const id = ids[0] as string;
      if (kind === 'government' || kind === 'intergovernmental') {
        if (explicitGovernments.length !== 1) return unsure;
        const ownedBy = named.length === 1 && demonyms.length === 0 ? namedAsOwnedBy(phrase, named[0] as ActorMention, id) : null;
        if (ownedBy) return ownedBy;
        return { actor: namesOnlyTheInstitution(phrase, named, demonyms) ? id : null, government: id };
      }
      // Outlets and commentators speak for no government, whatever country the phrase names.
      if (kind === 'media' || kind === 'commentator') return { actor: id, government: null };
      const government = governmentOf(id);
      // "Sylvanian peacekeepers in Marsh City": a side named only as where the body is after it is
      // not whose body it is.
      const at = named.find((m) => m.actorId === id)?.index ?? 0;
      const placedAfter = (m: { index: number }) => m.index > at && PLACE_BEFORE.test(phrase.slice(0, m.index));
      const others = kind === 'person' ? explicitGovernments.filter((g) => g !== government) : unique([
        ...named.filter((m) => isGovernmentLike(byId.get(m.actorId)) && !placedAfter(m)).map((m) => m.actorId),
        ...demonyms.filter((m) => !placedAfter(m)).map((m) => m.government),
      ]).filter((g) => g !== government);
      // "Ruhl's divers", "Berg's spokesperson": someone of the person's, on their side, not them.
      if (kind === 'person' && named.some((m) => m.actorId === id && POSSESSED.test(phrase.slice(m.index + m.text.length)))) return { actor: null, government };
      // "a Ruhl aide", "Berg envoy Max Ober", "the Ruhl government": a name before a head that speaks for
      // its holder names someone on the person's side, not the person.
      if (kind === 'person' && named.some((m) => m.actorId === id && SPEAKS_FOR_HOLDER.has(headAfter(phrase.slice(m.index + m.text.length))))) return { actor: null, government };
      // "a spokesperson for Ruhl", "the office of Berg": someone speaking for the person, on their side;
      // "critics of Ruhl", "allies of Berg": someone about them, on no side the phrase names.
      const about = kind === 'person' ? named.find((m) => m.actorId === id && m.index > 0 && OF_PERSON.test(phrase.slice(0, m.index))) : undefined;
      if (about) return { actor: null, government: SPEAKS_FOR.test(phrase.slice(0, about.index)) ? government : null };
      // A person is named by their own name: "Anna Berg, envoy in Sylvania" still speaks for her side.
      if (others.length === 0 || kind === 'person') return { actor: id, government };
      // "Sylvania's Defence Ministry" when the data's "Defence Ministry" is Freedonia's: the alias was
      // too generic; trust the government the text names.
      return explicitGovernments.length === 1 ? { actor: null, government: explicitGovernments[0] as string } : unsure;
    }
    if (explicitGovernments.length !== 1) return unsure;
    const government = explicitGovernments[0] as string;
    const underPossessive = demonyms.length === 1 ? namedByPossessive(phrase, demonyms[0] as DemonymMention) : null;
    if (underPossessive) return underPossessive;
    return { actor: namesOnlyTheInstitution(phrase, named, demonyms) ? government : null, government };
  }

  /**
   * "the Sylvanian intelligence agency" when the data lists "Sylvania's intelligence agency": a
   * demonym that opens a phrase names its state as the possessive does, so the body, person or outlet
   * the data lists under the possessive is the speaker. "Sylvanian intelligence" is its intelligence
   * agency or service, as news copy writes it; so are "Sylvanian intelligence sources" and "reports
   * from Sylvanian intelligence". Null when no such entry exists (the government alone is known).
   */
  function namedByPossessive(phrase: string, demonym: DemonymMention): SpeakerResolution | null {
    // "Sylvanian intelligence officials": a body's officials speak for the body, as "the ministry's officials" do.
    const rest = phrase.slice(demonym.index + demonym.text.length).trim().replace(BODY_OFFICIALS, '');
    if (rest === '' || !RECORDS_FROM.test(phrase.slice(0, demonym.index))) return null;
    const heads = /(?:^|\s)intelligence$/i.test(rest) ? [rest, `${rest} agency`, `${rest} service`] : [rest];
    const id = heads.map((head) => possessed.get(possessedKey(demonym.government, head))).find((found) => found !== undefined);
    return id ? { actor: id, government: governmentOf(id) } : null;
  }

  /**
   * "Sylvania's Ministry of Defence", "the Defence Ministry of Sylvania" when the data lists "Sylvania's
   * Defense Ministry": a phrase that is a government's name and a body's words, before or after it,
   * names the body the data lists under that government's possessive, however the body's words are
   * ordered or spelled (`possessedKey`). Null when the phrase holds other words ("a spokesperson for
   * Sylvania's Defence Ministry") or the data lists no such body.
   */
  function namedAsOwnedBy(phrase: string, name: ActorMention, government: string): SpeakerResolution | null {
    if (name.actorId !== government) return null;
    const before = phrase.slice(0, name.index);
    const after = phrase.slice(name.index + name.text.length);
    const possessive = /^(?:the\s+)?$/i.test(before) ? /^['’]s\s+(\S.*)$/u.exec(after)?.[1] : undefined;
    const ofName = after.trim() === '' ? /^(?:the\s+)?(\S.*?)\s+of\s+(?:the\s+)?$/iu.exec(before)?.[1] : undefined;
    const words = possessive ?? ofName;
    const id = words === undefined ? undefined : possessed.get(possessedKey(government, words));
    return id ? { actor: id, government: governmentOf(id) } : null;
  }

  return {
    findMentions,
    findDemonyms,
    governmentOf: (actorId) => governmentOf(actorId),
    actor: (actorId) => byId.get(actorId),
    resolveSpeakerPhrase,
    ownerOfShip: (phrase) => owners.get(shipName(phrase)) ?? null,
  };
}

/**
 * The key of what a government's possessive names: the government and the words after the possessive,
 * in one form whatever their case, spelling or order: "Ministry of Defence", "Defense Ministry" and
 * "defence ministry" are one body's words.
 */
function possessedKey(government: string, words: string): string {
  return `${government}\u0000${bodyWords(words)}`;
}

/** "Ministry of (the) X" is the "X Ministry" (one or two words of X); British spellings read as American. */
const MINISTRY_OF = /^(ministry|department|office)\s+of\s+(?:the\s+)?(\p{L}+(?:\s+\p{L}+)?)$/u;

/** A body's words in one form (see `possessedKey`). */
function bodyWords(words: string): string {
  const lower = words.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\bdefence\b/g, 'defense');
  const ministryOf = MINISTRY_OF.exec(lower);
  return ministryOf ? `${ministryOf[2]} ${ministryOf[1]}` : lower;
}

/**
 * The actors the data lists under a government's possessive, by `possessedKey`: "Sylvania’s intelligence
 * agency" (an alias of a Sylvanian body) under Sylvania and "intelligence agency". Only actors of that
 * government, or outlets; words two actors share under one government are left out.
 */
function possessedByGovernment(actors: Actor[], byId: Map<string, Actor>): Map<string, string> {
  const governmentNames = new Map<string, string>();
  for (const actor of actors.filter(isGovernmentLike)) {
    for (const name of [actor.name, ...actor.aliases]) if (/^\p{Lu}/u.test(name)) governmentNames.set(name, actor.id);
  }
  const found = new Map<string, string | null>();
  for (const actor of actors) {
    if (isGovernmentLike(actor)) continue;
    for (const alias of [actor.name, ...actor.aliases]) {
      const possessive = /^(.+?)['’]s\s+(\S.*)$/u.exec(alias);
      const government = possessive ? governmentNames.get(possessive[1] as string) : undefined;
      if (!possessive || !government) continue;
      const ownSide = actor.kind === 'media' || actor.kind === 'commentator' || actor.government === government || (actor.body !== undefined && byId.get(actor.body)?.government === government);
      if (!ownSide) continue;
      const key = possessedKey(government, possessive[2] as string);
      const before = found.get(key);
      found.set(key, before === undefined || before === actor.id ? actor.id : null);
    }
  }
  return new Map([...found].filter((entry): entry is [string, string] => entry[1] !== null));
}

/** How many of the texts a matcher read last it remembers. */
const REMEMBERED_TEXTS = 4;

/**
 * A matcher that remembers what it found in the last few texts it read: the quote detector asks
 * about one sentence several times in a row (the governments it names, then the actors in it).
 * Callers get the remembered matches, which they copy and never change.
 */
function rememberingLast(matcher: (text: string) => Match[]): (text: string) => Match[] {
  // The texts are fresh slices of a paragraph: a Map would hash the whole text at every call, which
  // cost as much as matching it. Compared with `===`, texts of another length are told apart at once,
  // others at their first differing character.
  const texts: string[] = [];
  const found: Match[][] = [];
  let next = 0;
  return (text) => {
    for (let k = 0; k < texts.length; k++) {
      if (texts[k] === text) return found[k] as Match[];
    }
    const matches = matcher(text);
    texts[next] = text;
    found[next] = matches;
    next = (next + 1) % REMEMBERED_TEXTS;
    return matches;
  };
}

/** Words that, with a government's name, still name the government itself: "the Freedonian government". */
const INSTITUTION_WORDS = new Set(['the', 'government', 'administration', 'authorities', 'leadership', 'state']);

/**
 * Whether a phrase names a government itself ("Freedonia", "the Freedonian government") rather than
 * someone of it ("Freedonia's intelligence chief", "Freedonian officials"): the government is then the
 * speaker; otherwise only the government a speaker speaks for.
 */
function namesOnlyTheInstitution(phrase: string, ...found: Array<Array<{ text: string; index: number }>>): boolean {
  let rest = phrase;
  for (const m of found.flat().sort((a, b) => b.index - a.index)) {
    rest = rest.slice(0, m.index) + ' ' + rest.slice(m.index + m.text.length);
  }
  const words = rest.split(/[^\p{L}'’]+/u).filter((w) => w !== '' && !/^['’]s?$/u.test(w));
  return words.every((w) => INSTITUTION_WORDS.has(w.toLowerCase()));
}

function isGovernmentLike(actor: Actor | undefined): boolean {
  return actor?.kind === 'government' || actor?.kind === 'intergovernmental';
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/**
 * "Ruhl Min-ho of the ruling party": a person's one-word alias followed by another capitalised name
 * word is someone else's name (a shared surname, written first in some languages).
 */
function partOfAnotherName(phrase: string, mention: { text: string; index: number }, actor: Actor | undefined): boolean {
  if (actor?.kind !== 'person' || /\s/.test(mention.text)) return false;
  return /^\s+\p{Lu}\p{Ll}+(?:-\p{L}+)?(?![\p{L}’'])/u.test(phrase.slice(mention.index + mention.text.length)) && !/['’]s?$/u.test(mention.text);
}

/** False when the word before `index` (skipping "the") makes the name an addressee: "envoy to Sylvania". */
function onSpeakerSide(phrase: string, index: number, length: number): boolean {
  // "the Sylvania-backed group": the backer is not the group.
  if (BACKER.test(phrase.slice(index + length))) return false;
  // "the rebels, a group backed by Sylvania": the agent after a backer's participle is not the group either.
  if (BACKED_BY.test(phrase.slice(Math.max(0, index - 40), index))) return false;
  // "a soldier captured by the Bureau": the captor named after "by" does not speak for the captive.
  if (CAPTOR_BY.test(phrase.slice(Math.max(0, index - 40), index))) return false;
  const words = phrase.slice(0, index).trim().split(/\s+/);
  let previous = words.pop()?.toLowerCase();
  if (previous === 'the') previous = words.pop()?.toLowerCase();
  // "a soldier of the Freedonian Defence Ministry's brigade", "a fighter with the Bureau's unit": a
  // serving soldier telling what they saw speaks for no government, whatever unit they serve in.
  if (namesUnitServedIn(phrase.slice(0, index))) return false;
  // "Sylvania's embassy in Fredonburg", "the Sylvanian envoy in Freedonia": where a diplomat is posted is not their side.
  if ((previous === 'in' || previous === 'at') && POSTED.test(words.at(-1) ?? '')) return false;
  // "an adviser to Sylvania's president", "an aide to the Sylvanian defence minister": one who serves
  // an office of state is of its side, as an envoy to a state is not.
  if (previous === 'to' && ADVISES.test(words.at(-1) ?? '') && STATE_OFFICE_AFTER.test(phrase.slice(index + length))) return true;
  return previous === undefined || !NOT_THE_SPEAKER_SIDE.has(previous);
}

/**
 * Soldiers below command, named before the unit they serve in: "a fighter of", "a paratrooper with".
 * A commander or spokesperson speaks for the unit; these speak for themselves.
 */
const SERVING_RANKS: ReadonlySet<string> = new Set(
  'soldier soldiers fighter fighters serviceman servicemen servicewoman servicewomen paratrooper paratroopers sniper snipers conscript conscripts recruit recruits trooper troopers gunner gunners infantryman infantrymen rifleman riflemen sergeant sergeants corporal corporals private privates medic medics'.split(' '),
);

/**
 * Whether the words before a name end in a serving soldier and the preposition of their unit, with
 * up to three capitalised words between ("a soldier of the Freedonian", "fighters with Sylvania's").
 */
function namesUnitServedIn(before: string): boolean {
  const words = before.trim().split(/\s+/);
  for (let i = 0; i < 3 && /^\p{Lu}/u.test(words.at(-1) ?? ''); i++) words.pop();
  if (/^(?:the|a|an)$/i.test(words.at(-1) ?? '')) words.pop();
  const preposition = words.pop()?.toLowerCase();
  return (preposition === 'of' || preposition === 'with' || preposition === 'from') && SERVING_RANKS.has(words.at(-1)?.toLowerCase() ?? '');
}

/** Heads of one who serves someone: "adviser to", "aide to". */
const ADVISES = /^(?:advis[eo]rs?|aides?|assistants?)$/i;

/**
 * What follows the name of a state in an adviser's phrase when it is the state's own office: "’s
 * president", " foreign minister", "’s Ministry of Information". Not an opposition, a party or a people.
 */
const STATE_OFFICE_AFTER =
  /^(?:['’]s?)?\s+(?:(?!opposition\b)[\p{L}-]+\s+){0,2}?(?:president|prime\s+minister|premier|chancellor|(?:\p{L}+\s+)?minister|(?:\p{L}+\s+)?secretary|ministry|government|presidency|cabinet|leader|king|emir)\b/iu;

/** Heads of a diplomatic post: a place after them says where they serve. */
const POSTED = /^(?:embass(?:y|ies)|consulates?|envoys?|ambassadors?|missions?|diplomats?|delegations?|attach[eé]s?)$/i;

interface Term {
  term: string;
  id: string;
}

interface Match {
  id: string;
  text: string;
  index: number;
}

/** A letter or digit: a name must not start or end inside a word. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether `text` holds a letter or digit at `index` (false outside the text). */
function isWordCharAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  // Most text is ASCII: answer that without the Unicode regular expression.
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return WORD_CHAR.test(text.charAt(index));
}

/** A stretch of a text, `[start, end)`. */
export interface Stretch {
  start: number;
  end: number;
}

/**
 * What `findMentions` finds in `text.slice(start, end)` with the stretches `hidden` written over by a
 * character no name holds (quotations masked), read off `mentions`, those it found in the whole
 * `text`, so the text is scanned once. `hidden` are in order, apart, and within `[start, end)`.
 * Null when the two may differ: a mention runs across an edge of the stretch or of a hidden one, or
 * hides a letter or digit the slice would not see (right outside the stretch, or at a hidden
 * stretch's edge), which could end or start a name there.
 */
export function mentionsWithin(text: string, mentions: readonly ActorMention[], start: number, end: number, hidden: readonly Stretch[]): ActorMention[] | null {
  if (isWordCharAt(text, start - 1) || isWordCharAt(text, end)) return null;
  for (const stretch of hidden) if (isWordCharAt(text, stretch.start) || isWordCharAt(text, stretch.end - 1)) return null;
  const found: ActorMention[] = [];
  for (const mention of mentions) {
    const mentionEnd = mention.index + mention.text.length;
    if (mentionEnd <= start || mention.index >= end) continue;
    if (mention.index < start || mentionEnd > end) return null;
    const over = hidden.find((stretch) => mention.index < stretch.end && mentionEnd > stretch.start);
    if (over && (mention.index < over.start || mentionEnd > over.end)) return null;
    if (!over) found.push({ actorId: mention.actorId, text: mention.text, index: mention.index - start });
  }
  return found;
}

/**
 * The terms' trie, as arrays: it is read at every word start of every paragraph, where a `Map` per
 * node hashed every code unit. Node 0 is the root; its children are a table by code unit (0 when
 * none, as the root is no node's child). Every other node has the UTF-16 code unit that leads to it
 * (`code`), its first child and its next sibling (-1 when none), siblings in ascending code order,
 * and the term that ends there, if any. A node with many children also has a table of its ASCII
 * children (`asciiChild`, from offset `asciiTable[node]`, which is -1 for other nodes): the siblings
 * under "the " or "S" were walked a long way at nearly every "the" and capitalised word.
 */
interface Trie {
  rootChild: Int32Array;
  code: number[];
  firstChild: number[];
  nextSibling: number[];
  term: Array<Term | undefined>;
  asciiTable: Int32Array;
  asciiChild: Int32Array;
}

/** How many children a node has when it gets a table of its ASCII children. */
const TABLED_CHILDREN = 4;

/**
 * A whole-word, case-sensitive matcher over many terms. At each position where a word starts, the
 * longest term written there and ending at a word boundary wins, so matches never overlap.
 * (One regular expression of hundreds of alternatives did the same, far more slowly.)
 * A term two actors share is dropped: it cannot tell them apart.
 */
function buildMatcher(terms: Term[]): (text: string) => Match[] {
  const owners = new Map<string, Set<string>>();
  for (const { term, id } of terms) {
    for (const variant of variants(term.trim())) {
      if (variant === '') continue;
      const ids = owners.get(variant) ?? new Set<string>();
      ids.add(id);
      owners.set(variant, ids);
    }
  }
  const trie: Trie = {
    rootChild: new Int32Array(0x10000),
    code: [0],
    firstChild: [-1],
    nextSibling: [-1],
    term: [undefined],
    asciiTable: new Int32Array(0),
    asciiChild: new Int32Array(0),
  };
  for (const [variant, ids] of owners) {
    if (ids.size === 1) addToTrie(trie, { term: variant, id: [...ids][0] as string });
  }
  tabulateAsciiChildren(trie);
  return (text) => {
    const matches: Match[] = [];
    for (let index = 0; index < text.length; index++) {
      if (trie.rootChild[text.charCodeAt(index)] === 0 || isWordCharAt(text, index - 1)) continue;
      const found = longestTermAt(trie, text, index);
      if (found) {
        matches.push({ id: found.id, text: found.term, index });
        index += found.term.length - 1;
      }
    }
    return matches;
  };
}

/** Files `term` in the trie under its UTF-16 code units, as the text is indexed. */
function addToTrie(trie: Trie, term: Term): void {
  let node = 0;
  for (let k = 0; k < term.term.length; k++) {
    const unit = term.term.charCodeAt(k);
    if (node === 0) {
      node = trie.rootChild[unit] || (trie.rootChild[unit] = addNode(trie, unit, -1));
      continue;
    }
    // The sibling to come after the new child, and the one before it.
    let before = -1;
    let at = trie.firstChild[node] as number;
    while (at >= 0 && (trie.code[at] as number) < unit) {
      before = at;
      at = trie.nextSibling[at] as number;
    }
    if (at < 0 || trie.code[at] !== unit) {
      const child = addNode(trie, unit, at);
      if (before < 0) trie.firstChild[node] = child;
      else trie.nextSibling[before] = child;
      at = child;
    }
    node = at;
  }
  trie.term[node] = term;
}

/** A new node of the trie, reached by `unit`, before sibling `next`; its number. */
function addNode(trie: Trie, unit: number, next: number): number {
  trie.code.push(unit);
  trie.firstChild.push(-1);
  trie.nextSibling.push(next);
  trie.term.push(undefined);
  return trie.code.length - 1;
}

/** Gives each node with `TABLED_CHILDREN` children or more its table of ASCII children. */
function tabulateAsciiChildren(trie: Trie): void {
  const children = (node: number): number[] => {
    const found: number[] = [];
    for (let at = trie.firstChild[node] as number; at >= 0; at = trie.nextSibling[at] as number) found.push(at);
    return found;
  };
  const tabled = trie.code.map((_, node) => node).filter((node) => node > 0 && children(node).length >= TABLED_CHILDREN);
  trie.asciiTable = new Int32Array(trie.code.length).fill(-1);
  trie.asciiChild = new Int32Array(tabled.length * 0x80).fill(-1);
  tabled.forEach((node, k) => {
    trie.asciiTable[node] = k * 0x80;
    for (const child of children(node)) {
      const unit = trie.code[child] as number;
      if (unit < 0x80) trie.asciiChild[k * 0x80 + unit] = child;
    }
  });
}

/** The child of `node` (not the root) under code unit `unit`, or -1 when none. */
function childOf(trie: Trie, node: number, unit: number): number {
  const table = trie.asciiTable[node] as number;
  if (table >= 0 && unit < 0x80) return trie.asciiChild[table + unit] as number;
  for (let at = trie.firstChild[node] as number; at >= 0; at = trie.nextSibling[at] as number) {
    const code = trie.code[at] as number;
    if (code === unit) return at;
    // Siblings are in ascending order: none further on can match.
    if (code > unit) return -1;
  }
  return -1;
}

/**
 * The longest term written at `index` and followed by no letter or digit. Two terms written at one
 * place differ in length, so "longest" names one term.
 */
function longestTermAt(trie: Trie, text: string, index: number): Term | undefined {
  let longest: Term | undefined;
  let node = trie.rootChild[text.charCodeAt(index)] as number;
  for (let k = index; ; ) {
    const term = trie.term[node];
    if (term && !isWordCharAt(text, k + 1)) longest = term;
    if (++k >= text.length) break;
    node = childOf(trie, node, text.charCodeAt(k));
    if (node < 0) break;
  }
  return longest;
}

/**
 * The spellings of a term found in news copy: an acronym with and without dots ("SR", "S.R."), also
 * as a word of a longer name ("SR Coast Guard", "S.R. Coast Guard"), and an alias written in lower
 * case ("the Bureau") capitalised at the start of a sentence.
 */
function variants(term: string): string[] {
  const out = [term];
  if (/^\p{Lu}{2,6}$/u.test(term)) out.push(`${[...term].join('.')}.`);
  if (/^(?:\p{Lu}\.){2,6}$/u.test(term)) out.push(term.replaceAll('.', ''));
  // Most terms hold no acronym among several words: only those with a space and two capitals in a row, or a dot, are split.
  if (term.includes(' ') && /\p{Lu}[\p{Lu}.]/u.test(term)) {
    const words = term.split(' ');
    const swapped = words.map((word) => (/^\p{Lu}{2,4}$/u.test(word) ? `${[...word].join('.')}.` : /^(?:\p{Lu}\.){2,4}$/u.test(word) ? word.replaceAll('.', '') : word));
    if (swapped.some((word, k) => word !== words[k])) out.push(swapped.join(' '));
  }
  if (/^\p{Ll}/u.test(term)) out.push(...out.map((spelling) => spelling.charAt(0).toUpperCase() + spelling.slice(1)));
  return out;
}
